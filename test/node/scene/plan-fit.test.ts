/**
 * Framing a plan in the free part of the view (fitPlan), on the SHIPPED body seen through
 * the widget's own rig: a phone with a protocol's card open leaves 375 x 262 px above it,
 * and every point of the chronic low back pain protocol must show there, which takes the
 * camera farther than the full view's distance (it never zoomed out before).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { shippedScene } from '../support/shipped-scene.js';
import { PROTOCOLS } from '../../../src/catalogue/protocols.js';
import type { PlacedMarker } from '../../../src/catalogue/types.js';
import { offsetOnScreen } from '../../../src/scene/frame-fit.js';
import { fitPlan, fitPoints } from '../../../src/scene/plan-fit.js';
import { OrbitRig, VIEWS } from '../../../src/scene/orbit-rig.js';

const [WIDTH, HEIGHT] = [375, 812];
/** Above the card and the mode bar, below the toolbar (what LayoutController measures). */
const FREE = { left: 0, top: 58, right: 375, bottom: 320 };
/** The inset frame the picture is centred in (the toolbar not counted). */
const FRAME = { left: 0, top: 0, right: 375, bottom: 320 };
const MARGIN = 17;

let markers: PlacedMarker[];
let frame: { height: number; centerY: number };

before(async () => {
  ({ markers, frame } = await shippedScene());
});

function phoneRig(): OrbitRig {
  const rig = new OrbitRig();
  rig.setFrame(frame, WIDTH / HEIGHT);
  rig.setRoom((FRAME.right - FRAME.left) / WIDTH, (FRAME.bottom - FRAME.top) / HEIGHT);
  rig.setView('back', true);
  return rig;
}

function fitFor(rig: OrbitRig, codes: readonly string[]) {
  const groups = codes.map((code) => markers.flatMap((m, i) => (m.code === code && !m.alternative ? [i] : [])));
  const fit = fitPlan({
    markers,
    groups,
    free: FREE,
    margin: MARGIN,
    lens: { focal: rig.pixelsPerMetre(HEIGHT, 1), centre: { x: (FRAME.left + FRAME.right) / 2, y: (FRAME.top + FRAME.bottom) / 2 } },
    heading: { azimuth: rig.azimuth, elevation: rig.elevation },
    turns: Object.values(VIEWS),
    limits: { minDistance: rig.minDistance, maxDistance: rig.maxDistance, clampTarget: (p) => rig.targetFor(p) },
    closest: rig.fullViewDistance * 0.55,
  });
  return { fit, groups };
}

describe('a plan framed in the free part', () => {
  test("chronic non-specific on a 375 x 812 phone, card open: every point inside, from beyond the full view's distance", () => {
    const rig = phoneRig();
    const chronic = PROTOCOLS.find((p) => p.id === 'chronic-nonspecific')!;
    const { fit, groups } = fitFor(rig, chronic.points);
    assert.ok(fit, 'a framing');
    assert.deepEqual(fit.left, [], 'nothing left out');
    assert.equal(fit.azimuth, null, 'all on the back: no turn');
    assert.ok(fit.distance > rig.fullViewDistance * 1.15, `zoomed out past the old limit (${fit.distance.toFixed(2)} m, full view ${rig.fullViewDistance.toFixed(2)} m)`);
    assert.ok(fit.distance <= rig.maxDistance + 1e-9, 'within the rig');
    const heading = { azimuth: rig.azimuth, elevation: rig.elevation };
    const focal = rig.pixelsPerMetre(HEIGHT, 1);
    const centre = { x: (FRAME.left + FRAME.right) / 2, y: (FRAME.top + FRAME.bottom) / 2 };
    // As the rig will place the camera: the projection of each marker facing it.
    rig.frameOn(fit.target, fit.azimuth, fit.distance, true, 0, true);
    for (const index of groups.flat()) {
      const m = markers[index];
      if (m.normal.z > -0.1) continue;
      const o = offsetOnScreen(m.position, rig.targetFor(fit.target), rig.distance, heading, focal);
      const x = centre.x + o.x;
      const y = centre.y + o.y;
      assert.ok(x >= FREE.left + MARGIN - 0.5 && x <= FREE.right - MARGIN + 0.5 && y >= FREE.top + MARGIN - 0.5 && y <= FREE.bottom - MARGIN + 0.5, `${m.code} ${m.side} at ${x.toFixed(0)},${y.toFixed(0)}`);
    }
    // The nearest distance that fits: 3 % closer, something is outside.
    const points = groups.flat().filter((i) => markers[i].normal.z <= -0.1).map((i) => markers[i].position);
    const closer = fitPoints(points, heading, {
      free: FREE,
      margin: MARGIN,
      lens: { focal, centre },
      limits: { minDistance: rig.minDistance, maxDistance: fit.distance * 0.97, clampTarget: (p) => rig.targetFor(p) },
      closest: 0,
    });
    assert.equal(closer, null, 'no framing 3 % closer');
  });

  test('a point on the front (GV26) is left out and named; the four on the back are framed', () => {
    const rig = phoneRig();
    const acute = PROTOCOLS.find((p) => p.id === 'acute-lumbar-strain')!;
    const { fit } = fitFor(rig, acute.points);
    assert.ok(fit);
    assert.deepEqual(fit.left.map((i) => acute.points[i]), ['GV26']);
    assert.equal(fit.shown.length, 4);
  });

  test('the rig backs off only as far as the whole figure fits what is free', () => {
    const rig = phoneRig();
    const before = rig.maxDistance;
    rig.setRoom(1, 1);
    assert.ok(rig.maxDistance < before, 'a smaller free part lets the camera farther');
    assert.ok(Math.abs(rig.maxDistance - rig.fullViewDistance * 1.15) < 1e-9, 'all of the view free: the old limit');
  });
});
