/**
 * The upper limb, hanging relaxed a little away from the trunk with the palm toward the
 * thigh: deltoid and upper arm, elbow, forearm, and a hand with a readable back
 * (metacarpals, knuckles), four slightly curled fingers and a thumb.
 */
import type { Operation } from '../field/field.js';
import { Loft } from '../field/loft.js';
import { add, cross, Ellipsoid, normalize, RoundCone, scale, sub, type V3 } from '../field/shapes.js';
import { JOINTS } from './proportions.js';
import { at, type SideSign } from './side.js';

/** The hand's frame: `down` along the hand, `thumb` toward the thumb, `dorsal` out of the back. */
export interface HandFrame {
  wrist: V3;
  down: V3;
  thumb: V3;
  dorsal: V3;
}

export function handFrame(s: SideSign): HandFrame {
  const elbow = at(s, JOINTS.elbow);
  const wrist = at(s, JOINTS.wrist);
  const down = normalize(sub(wrist, elbow));
  // The thumb points forward; the back of the hand faces out.
  const fwd: V3 = [0, 0, 1];
  const thumb = normalize(sub(fwd, scale(down, down[2])));
  let dorsal = cross(thumb, down);
  if (dorsal[0] * s < 0) dorsal = scale(dorsal, -1);
  return { wrist, down, thumb, dorsal: normalize(dorsal) };
}

/** A point in the hand frame: `d` along the hand from the wrist, `t` toward the thumb, `b` toward the back. */
export function handPoint(f: HandFrame, d: number, t: number, b: number): [number, number, number] {
  return add(add(add(f.wrist, scale(f.down, d)), scale(f.thumb, t)), scale(f.dorsal, b));
}

/** How far below the shoulder joint, along the arm's axis, the arm's loft begins (m). */
const SHOULDER_DROP = 0.034;

export function arm(s: SideSign): Operation[] {
  const shoulder = at(s, JOINTS.shoulder);
  const elbow = at(s, JOINTS.elbow);
  const wrist = at(s, JOINTS.wrist);
  const ops: Operation[] = [];
  // A wide blend at the top of the shoulder, where the arm must grow out of the trunk,
  // fading fast toward the armpit so the arm still hangs free of the chest below it.
  const blendAtShoulder = { center: add(shoulder, [-0.012 * s, 0, 0]), radius: 0.13 };
  // The whole arm as one lofted form from the shoulder to the wrist, bending a little at
  // the elbow (the section centres move off the straight axis), so nothing rings the elbow.
  const along = (p: V3) => (shoulder[1] - p[1]) / (shoulder[1] - wrist[1]);
  const te = along(elbow);
  const axisAtElbow = add(shoulder, scale(sub(wrist, shoulder), te));
  const bendLateral = (elbow[0] - axisAtElbow[0]) * s;
  const bendForward = elbow[2] - axisAtElbow[2];
  const bend = (t: number) => (t <= te ? Math.sin((Math.PI / 2) * (t / te)) : Math.sin((Math.PI / 2) * ((1 - t) / (1 - te))));
  const ARM: [t: number, hw: number, front: number, back: number][] = [
    [0, 0.049, 0.048, 0.05],
    [0.14, 0.05, 0.049, 0.049],
    [0.25, 0.047, 0.048, 0.049],
    [0.37, 0.044, 0.049, 0.048],
    [0.47, 0.041, 0.044, 0.044],
    [te, 0.038, 0.036, 0.038],
    [te + 0.08, 0.04, 0.041, 0.037],
    [0.75, 0.034, 0.036, 0.032],
    [0.92, 0.022, 0.027, 0.023],
    [1, 0.018, 0.026, 0.023],
  ];
  // The loft starts a little below the shoulder joint on the same axis and ends in a
  // round dome (cap as long as the section is wide), so the top of the arm is the rounded
  // head of the humerus under the deltoid rather than a flat lid with corners.
  const dropped = SHOULDER_DROP / Math.hypot(...sub(wrist, shoulder));
  const top = add(shoulder, scale(sub(wrist, shoulder), dropped));
  const keys = ARM.filter(([t]) => t > dropped).map(([t, hw, front, back]) => ({
    t: (t - dropped) / (1 - dropped),
    hw,
    front,
    back,
    lateral: bendLateral * bend(t),
    forward: bendForward * bend(t),
  }));
  keys.unshift({ t: 0, hw: ARM[0][1], front: ARM[0][2], back: ARM[0][3], lateral: bendLateral * bend(dropped), forward: bendForward * bend(dropped) });
  const limb = new Loft({
    a: top,
    b: wrist,
    lateral: [s, 0, 0],
    front: [0, 0, 1],
    keys,
    capA: 0.046,
    capB: 0.02,
  });
  ops.push({ kind: 'union', k: 0.06, local: blendAtShoulder, shape: limb });
  // The armpit: below the shoulder the blend above has faded, and the arm met the side of
  // the chest in a hard, ragged crease (y 1.23 to 1.37). Joining the same form again with
  // a small blend local to the armpit rounds that crease into a soft fold. It also lifts
  // the arm's skin there by at most k / 6 = 4 mm, which does not show. (A thin bead laid
  // in the crease, and smaller or more distant blends, left it ragged.)
  ops.push({
    kind: 'union',
    k: 0.024,
    local: { center: at(s, [0.157, 1.262, -0.035]), radius: 0.075 },
    shape: limb,
  });
  // Deltoid: the rounded cap of the shoulder, tapering down the outside of the arm.
  const down = normalize(sub(elbow, shoulder));
  const deltoid = new Ellipsoid(add(add(shoulder, scale(down, 0.058)), [0.011 * s, 0, 0]), [0.034, 0.076, 0.054], { x: [s, 0, 0], y: down });
  ops.push({ kind: 'union', k: 0.035, local: blendAtShoulder, shape: deltoid });
  // Its lower end lies where the shoulder's blend has faded, and there it met the arm in
  // a hard crease, a small V notch at the front. Joining it again with a blend local to
  // that end rounds the crease (lifting the skin there by at most k / 6 = 5 mm).
  ops.push({
    kind: 'union',
    k: 0.03,
    local: { center: add(add(shoulder, scale(down, 0.13)), [0.011 * s, 0, 0.015]), radius: 0.08 },
    shape: deltoid,
  });
  // Olecranon at the back of the elbow.
  ops.push({ kind: 'union', k: 0.02, shape: new Ellipsoid(add(elbow, [0.004 * s, 0.004, -0.03]), [0.012, 0.016, 0.009]) });
  ops.push(...hand(s));
  return ops;
}

/** Finger: side offset at the knuckle, segment lengths, radii at the four joints, fan angle. */
type FingerSpec = { t: number; d: number; lengths: [number, number, number]; radii: [number, number, number, number]; fan: number };

const FINGERS: FingerSpec[] = [
  { t: 0.025, d: 0.094, lengths: [0.041, 0.024, 0.019], radii: [0.0096, 0.0086, 0.0075, 0.0067], fan: 0.05 },
  { t: 0.007, d: 0.098, lengths: [0.045, 0.028, 0.02], radii: [0.0099, 0.0089, 0.0077, 0.0069], fan: 0.0 },
  { t: -0.011, d: 0.095, lengths: [0.042, 0.027, 0.02], radii: [0.0094, 0.0084, 0.0073, 0.0065], fan: -0.05 },
  { t: -0.027, d: 0.087, lengths: [0.033, 0.02, 0.018], radii: [0.0084, 0.0074, 0.0065, 0.0059], fan: -0.11 },
];

/** Relaxed flexion at the knuckle, middle and end joints (radians). */
const CURL = [0.22, 0.34, 0.2];

export function hand(s: SideSign): Operation[] {
  const f = handFrame(s);
  const ops: Operation[] = [];
  // Palm: wider toward the knuckles, the back gently convex.
  ops.push({
    kind: 'union',
    k: 0.025,
    local: { center: f.wrist, radius: 0.05 },
    shape: new Loft({
      a: handPoint(f, 0.0, 0, 0),
      b: handPoint(f, 0.094, -0.001, 0),
      lateral: f.thumb,
      front: f.dorsal,
      keys: [
        { t: 0, hw: 0.025, front: 0.013, back: 0.012 },
        { t: 0.3, hw: 0.035, front: 0.013, back: 0.015, n: 2.3 },
        { t: 0.7, hw: 0.039, front: 0.012, back: 0.014, n: 2.4 },
        { t: 1, hw: 0.04, front: 0.011, back: 0.011, n: 2.4 },
      ],
      capA: 0.01,
      capB: 0.012,
    }),
  });
  // Thenar and hypothenar eminences on the palm side.
  ops.push({
    kind: 'union',
    k: 0.015,
    shape: new Ellipsoid(handPoint(f, 0.035, 0.02, -0.01), [0.012, 0.025, 0.016], { x: f.dorsal, y: f.down }),
  });
  ops.push({
    kind: 'union',
    k: 0.015,
    shape: new Ellipsoid(handPoint(f, 0.048, -0.026, -0.008), [0.01, 0.03, 0.011], { x: f.dorsal, y: f.down }),
  });
  for (const finger of FINGERS) {
    let dir = normalize(add(scale(f.down, Math.cos(finger.fan)), scale(f.thumb, Math.sin(finger.fan))));
    let p = handPoint(f, finger.d, finger.t, -0.001);
    for (let seg = 0; seg < 3; seg++) {
      // Flex toward the palm (away from the back of the hand).
      const c = CURL[seg];
      const palmward = normalize(sub(scale(f.dorsal, -1), scale(dir, -dot3(f.dorsal, dir))));
      dir = normalize(add(scale(dir, Math.cos(c)), scale(palmward, Math.sin(c))));
      const next = add(p, scale(dir, finger.lengths[seg]));
      ops.push({
        kind: 'union',
        k: seg === 0 ? 0.012 : 0.006,
        local: { center: p, radius: seg === 0 ? 0.026 : 0.016 },
        shape: new RoundCone(p, next, finger.radii[seg], finger.radii[seg + 1]),
      });
      p = next;
    }
  }
  // Thumb: metacarpal from the wrist, then two phalanges, resting in front of the index finger.
  const thumbSegments: [dir: V3, len: number, r0: number, r1: number][] = [
    [[0.78, 0.5, -0.38], 0.044, 0.0132, 0.0112],
    [[0.88, 0.3, -0.36], 0.031, 0.0106, 0.0095],
    [[0.94, 0.12, -0.32], 0.026, 0.0092, 0.0077],
  ];
  let tp = handPoint(f, 0.018, 0.022, -0.007);
  thumbSegments.forEach(([[dd, tt, bb], len, r0, r1], i) => {
    const dir = normalize(add(add(scale(f.down, dd), scale(f.thumb, tt)), scale(f.dorsal, bb)));
    const next = add(tp, scale(dir, len));
    ops.push({
      kind: 'union',
      k: i === 0 ? 0.02 : 0.006,
      local: { center: tp, radius: i === 0 ? 0.045 : 0.016 },
      shape: new RoundCone(tp, next, r0, r1),
    });
    tp = next;
  });
  return ops;
}

function dot3(a: V3, b: V3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
