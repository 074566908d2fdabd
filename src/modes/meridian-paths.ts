/**
 * Where the student view draws the channels near the lower back, built on this body from
 * its landmarks and the placed points, never from coordinates:
 * - Bladder inner line: 1.5 B-cun lateral to the spine (through BL23 to BL26), then over the
 *   buttock to BL36, down the back of the thigh (BL37) to BL40, the calf (BL57) and behind and
 *   below the lateral malleolus (BL60, BL62).
 * - Bladder outer line: 3 B-cun lateral (through BL52, level with S2, BL54), then down the
 *   back of the thigh to the lateral end of the popliteal crease (BL39) and BL40.
 * - Governor vessel: the posterior midline from C7 to the sacral hiatus (GV4, GV3).
 * - Gallbladder: GB30 over the hip to the greater trochanter, down the lateral thigh to GB34
 *   and along the front of the fibula to the front of the lateral malleolus.
 * - Kidney, at the ankle: from the medial calf to KI3 behind the medial malleolus and
 *   around below it.
 * Between the points named, the lines are the skin traced straight from one to the next: a
 * diagram of the course, as in a textbook figure, not a claim about the exact path.
 */
import { cunLength } from '../catalogue/cun.js';
import { resolveLandmark } from '../catalogue/resolve-landmark.js';
import type { BodyLandmarks, PlacedMarker, Side, Vec3 } from '../catalogue/types.js';
import { walkOnSurface } from '../catalogue/walk-on-surface.js';
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { add, lerp, scale } from '../geometry/vec3.js';
import type { ChannelId } from './channels.js';
import { drapeChain, lifted } from './skin-path.js';

export interface MeridianLine {
  channel: ChannelId;
  /** "inner", "outer" or "" for a channel drawn as one line. */
  branch: string;
  side: Side;
  /** Lifted skin points, in order along the course. */
  points: Vec3[];
}

const UP: Vec3 = { x: 0, y: 1, z: 0 };
const FORWARD: Vec3 = { x: 0, y: 0, z: 1 };

/** An anchor is computed lazily; one that cannot be built on this body is left out. */
type Anchor = () => Vec3 | null;

export function meridianLines(
  landmarks: BodyLandmarks,
  surface: TriangleSurface,
  markers: readonly PlacedMarker[],
): MeridianLine[] {
  const tryOr = <T>(make: () => T): T | null => {
    try {
      return make();
    } catch {
      return null;
    }
  };
  const landmark = (name: string, side: Side) => resolveLandmark(name, side, landmarks, { explicitSideAllowed: true }).position;
  const onSkin = (p: Vec3) => surface.closestPoint(p).point;
  const marker = (code: string, side: Side): Anchor => () =>
    markers.find((m) => m.code === code && !m.alternative && (m.side === side || m.side === 'midline'))?.position ?? null;
  const atLandmark = (name: string, side: Side): Anchor => () => onSkin(landmark(name, side));
  /** `cun` B-cun (back span) lateral of a midline landmark, walked level over the skin like BL23. */
  const besideSpine = (level: string, cun: number, side: Side): Anchor => () => {
    const start = surface.closestPoint(landmark(level, 'midline'));
    const outward = { x: side === 'left' ? 1 : -1, y: 0, z: 0 };
    return walkOnSurface(surface, start, outward, cun * cunLength('back', side, landmarks), { plane: 'level' }).end;
  };
  /** A landmark moved by B-cun of a span (straight, then onto the skin): the approximate places between points. */
  const offset = (base: () => Vec3, span: string, side: Side, ...steps: [Vec3, number][]): Anchor => () => {
    const unit = cunLength(span, side, landmarks);
    return onSkin(steps.reduce((p, [direction, cun]) => add(p, scale(direction, cun * unit)), base()));
  };

  /**
   * The lateral skin of the thigh at height `y`, found from inside the leg outward: a ray
   * from outside would meet the hand first where the arm hangs beside the hip.
   */
  const lateralOfLeg = (height: () => number, side: Side): Anchor => () => {
    const y = height();
    const fold = landmark('gluteal-fold', side);
    const knee = landmark('popliteal-crease', side);
    const t = Math.min(1, Math.max(0, (fold.y - y) / (fold.y - knee.y)));
    const front = landmark('patella-apex', side);
    const inside = { x: fold.x + (knee.x - fold.x) * t, y, z: (knee.z + front.z) / 2 };
    const hit = surface.raycast(inside, { x: side === 'left' ? 1 : -1, y: 0, z: 0 }, 0.3);
    return hit ? hit.point : null;
  };

  const line = (channel: ChannelId, branch: string, side: Side, anchors: Anchor[]): MeridianLine | null => {
    const points = anchors.map((anchor) => tryOr(anchor)).filter((p): p is Vec3 => p !== null);
    if (points.length < 2) return null;
    return { channel, branch, side, points: lifted(drapeChain(surface, points)) };
  };

  const lines: (MeridianLine | null)[] = [];
  const thoracic = ['T1', 'T3', 'T5', 'T7', 'T9', 'T11', 'L1'];
  for (const side of ['left', 'right'] as const) {
    const lateral = { x: side === 'left' ? 1 : -1, y: 0, z: 0 };
    lines.push(
      line('bladder', 'inner', side, [
        ...thoracic.map((level) => besideSpine(level, 1.5, side)),
        marker('BL23', side), marker('BL24', side), marker('BL25', side), marker('BL26', side),
        besideSpine('S2', 1.5, side), besideSpine('sacral-hiatus', 1.5, side),
        marker('BL36', side), marker('BL37', side), marker('BL40', side),
        marker('BL57', side), marker('BL60', side), marker('BL62', side),
      ]),
      line('bladder', 'outer', side, [
        ...thoracic.map((level) => besideSpine(level, 3, side)),
        marker('BL52', side),
        besideSpine('L4', 3, side),
        besideSpine('S2', 3, side),
        marker('BL54', side),
        // BL39: the lateral end of the popliteal crease, about 1 B-cun lateral of BL40.
        offset(() => landmark('popliteal-crease', side), 'leg-lateral', side, [lateral, 1]),
        marker('BL40', side),
      ]),
      line('gallbladder', '', side, [
        marker('GB30', side),
        // Over the hip at the height of the greater trochanter, then down the lateral thigh
        // (GB31 to GB33) to GB34 below the knee.
        lateralOfLeg(() => landmark('greater-trochanter', side).y, side),
        lateralOfLeg(() => lerp(landmark('greater-trochanter', side), landmark('popliteal-crease', side), 0.45).y, side),
        lateralOfLeg(() => landmark('popliteal-crease', side).y + 2 * cunLength('leg-lateral', side, landmarks), side),
        marker('GB34', side),
        // GB39, 3 B-cun above the lateral malleolus at the front of the fibula; GB40 in front of and below it.
        offset(() => landmark('lateral-malleolus', side), 'leg-lateral', side, [UP, 3], [FORWARD, 0.5]),
        offset(() => landmark('lateral-malleolus', side), 'leg-lateral', side, [FORWARD, 1], [UP, -0.5]),
      ]),
      line('kidney', '', side, [
        // KI9 and KI7 up the medial calf (leg-medial span), KI3, then KI5 and KI6 below the malleolus.
        offset(() => lerp(landmark('medial-malleolus', side), landmark('calcaneal-tendon', side), 0.4), 'leg-medial', side, [UP, 5]),
        offset(() => lerp(landmark('medial-malleolus', side), landmark('calcaneal-tendon', side), 0.5), 'leg-medial', side, [UP, 2]),
        marker('KI3', side),
        offset(() => lerp(landmark('medial-malleolus', side), landmark('calcaneal-tendon', side), 0.5), 'ankle-sole', side, [UP, -1]),
        offset(() => landmark('medial-malleolus', side), 'ankle-sole', side, [UP, -1]),
      ]),
    );
  }
  lines.push(
    line('governor', '', 'midline', [
      atLandmark('C7', 'midline'),
      ...thoracic.map((level) => atLandmark(level, 'midline')),
      marker('GV4', 'midline'), atLandmark('L3', 'midline'), marker('GV3', 'midline'), atLandmark('L5', 'midline'),
      atLandmark('S2', 'midline'), atLandmark('sacral-hiatus', 'midline'),
    ]),
  );
  return lines.filter((l): l is MeridianLine => l !== null);
}
