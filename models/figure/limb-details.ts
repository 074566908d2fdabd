/**
 * Surface detail of the limbs, anchored on the skin of the plain forms: hamstrings and
 * the popliteal fossa, the calf bellies, the calcaneal tendon, malleoli and fibular head;
 * on the hand the knuckles and the tendons of the back; the elbow crease.
 */
import { Blob, Tube } from '../field/details.js';
import type { Operation } from '../field/field.js';
import { add, normalize, scale, type V3 } from '../field/shapes.js';
import { handFrame, handPoint } from './arm.js';
import { JOINTS, LEVELS } from './proportions.js';
import { at, type SideSign } from './side.js';

/** The dent behind each malleolus: depth, and its reach into the skin, up and down, and across. */
const ANKLE_HOLLOW = { depth: 0.006, reach: 0.014, height: 0.026, width: 0.013 };

/** The skin hit by a ray from `from` along `dir`. */
export type Skin = (from: V3, dir: V3) => V3;

export function legDetails(s: SideSign, skin: Skin): Operation[] {
  const ops: Operation[] = [];
  const knee = at(s, JOINTS.knee);
  const ankle = at(s, JOINTS.ankle);
  const back = (x: number, y: number) => skin([s * x, y, -0.4], [0, 0, 1]);
  const INTO: V3 = [0, 0, 1];
  // Popliteal fossa: a shallow hollow behind the knee, framed by the hamstring tendons.
  ops.push({ kind: 'detail', detail: new Blob(back(Math.abs(knee[0]), LEVELS.poplitealCrease + 0.012), [0.02, 0.04, 0.014], 0.003) });
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: back(0.068, LEVELS.poplitealCrease + 0.001), amount: 0, width: 0.004, depthReach: 0.006 },
        { at: back(0.09, LEVELS.poplitealCrease), amount: 0.0022, width: 0.0045, depthReach: 0.006 },
        { at: back(0.112, LEVELS.poplitealCrease + 0.001), amount: 0, width: 0.004, depthReach: 0.006 },
      ],
      INTO,
    ),
  });
  // Medial hamstring tendons (semitendinosus) and the lateral one (biceps femoris).
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: back(0.075, 0.6), amount: 0, width: 0.014 },
        { at: back(0.07, 0.52), amount: -0.0016, width: 0.014 },
        { at: back(0.066, 0.46), amount: -0.0013, width: 0.012 },
        { at: back(0.064, 0.42), amount: 0, width: 0.01 },
      ],
      INTO,
    ),
  });
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: back(0.108, 0.6), amount: 0, width: 0.014 },
        { at: back(0.118, 0.52), amount: -0.0016, width: 0.014 },
        { at: back(0.124, 0.46), amount: -0.0013, width: 0.012 },
        { at: back(0.128, 0.425), amount: 0, width: 0.01 },
      ],
      INTO,
    ),
  });
  // The groove between the hamstring bellies on the back of the thigh.
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: back(0.088, 0.74), amount: 0, width: 0.016 },
        { at: back(0.091, 0.66), amount: 0.0018, width: 0.016 },
        { at: back(0.092, 0.56), amount: 0, width: 0.014 },
      ],
      INTO,
    ),
  });
  // The two heads of gastrocnemius: the medial one larger and reaching lower.
  ops.push({ kind: 'detail', detail: new Blob(back(0.071, 0.35), [0.026, 0.075, 0.03], -0.0045) });
  ops.push({ kind: 'detail', detail: new Blob(back(0.106, 0.368), [0.022, 0.062, 0.026], -0.0035) });
  // Between the two gastrocnemius bellies, then the calcaneal tendon below them.
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: back(0.088, 0.41), amount: 0, width: 0.012 },
        { at: back(0.089, 0.35), amount: 0.0015, width: 0.012 },
        { at: back(0.09, 0.27), amount: 0, width: 0.012 },
      ],
      INTO,
    ),
  });
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: back(Math.abs(ankle[0]), 0.25), amount: 0, width: 0.012 },
        { at: back(Math.abs(ankle[0]), 0.17), amount: -0.002, width: 0.012 },
        { at: back(Math.abs(ankle[0]), 0.1), amount: -0.0025, width: 0.011 },
        { at: back(Math.abs(ankle[0]), 0.055), amount: 0, width: 0.01 },
      ],
      INTO,
    ),
  });
  // Malleoli: the lateral one lower and further back than the medial one.
  const lateral = skin([ankle[0] + s * 0.4, LEVELS.lateralMalleolus, ankle[2] - 0.004], [-s, 0, 0]);
  ops.push({ kind: 'detail', detail: new Blob(lateral, [0.016, 0.02, 0.016], -0.0055) });
  const medial = skin([0, LEVELS.medialMalleolus, ankle[2] + 0.006], [s, 0, 0]);
  ops.push({ kind: 'detail', detail: new Blob(medial, [0.017, 0.02, 0.017], -0.0055) });
  // The hollows between each malleolus and the calcaneal tendon (where KI3 and BL60 lie):
  // the skin there sinks to about the straight line from the bone to the tendon.
  const tendon = back(Math.abs(ankle[0]), (LEVELS.lateralMalleolus + LEVELS.medialMalleolus) / 2);
  for (const malleolus of [lateral, medial]) {
    const mid = scale(add(malleolus, tendon), 0.5);
    const out = normalize([mid[0] - ankle[0], 0, mid[2] - ankle[2]]);
    const centre = skin(add(mid, scale(out, 0.3)), scale(out, -1));
    ops.push({ kind: 'detail', detail: new Blob(centre, [ANKLE_HOLLOW.reach, ANKLE_HOLLOW.height, ANKLE_HOLLOW.width], ANKLE_HOLLOW.depth, { x: out, y: [0, 1, 0] }) });
  }
  // Head of the fibula on the outside of the knee.
  const fib = skin([knee[0] + s * 0.4, LEVELS.fibulaHead, -0.016], [-s, 0, 0]);
  ops.push({ kind: 'detail', detail: new Blob(fib, [0.014, 0.016, 0.014], -0.003) });
  return ops;
}

export function armDetails(s: SideSign, skin: Skin): Operation[] {
  const ops: Operation[] = [];
  const f = handFrame(s);
  const fromBack = (d: number, t: number) => skin(handPoint(f, d, t, 0.12), scale(f.dorsal, -1));
  // Knuckles over the metacarpal heads.
  const knuckles: [number, number][] = [
    [0.094, 0.026],
    [0.098, 0.008],
    [0.095, -0.0105],
    [0.087, -0.028],
  ];
  for (const [d, t] of knuckles) {
    ops.push({ kind: 'detail', detail: new Blob(fromBack(d, t), [0.01, 0.01, 0.01], -0.0025, { x: f.dorsal, y: f.down }) });
  }
  // Extensor tendons fanning from the wrist to the knuckles.
  for (const [d, t] of knuckles.slice(0, 3)) {
    ops.push({
      kind: 'detail',
      detail: new Tube(
        [
          { at: fromBack(0.02, t * 0.45), amount: 0, width: 0.005 },
          { at: fromBack(0.055, t * 0.75), amount: -0.0012, width: 0.005 },
          { at: fromBack(d - 0.01, t), amount: 0, width: 0.005 },
        ],
        scale(f.dorsal, -1),
      ),
    });
  }
  // Elbow crease across the front of the elbow.
  const elbow = at(s, JOINTS.elbow);
  const front = skin(add(elbow, [0, 0, 0.4]), [0, 0, -1]);
  ops.push({ kind: 'detail', detail: new Blob(front, [0.018, 0.006, 0.01], 0.002) });
  return ops;
}
