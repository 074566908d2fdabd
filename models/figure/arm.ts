/**
 * The upper limb, hanging relaxed a little away from the trunk with the palm toward the
 * thigh: deltoid and upper arm, elbow, forearm, and a hand with a readable back
 * (metacarpals, knuckles), four slightly curled fingers and a thumb.
 */
import type { Operation } from '../field/field.js';
import { Loft } from '../field/loft.js';
import { add, cross, Ellipsoid, normalize, RoundBox, RoundCone, scale, sub, type V3 } from '../field/shapes.js';
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

export function arm(s: SideSign): Operation[] {
  const shoulder = at(s, JOINTS.shoulder);
  const elbow = at(s, JOINTS.elbow);
  const wrist = at(s, JOINTS.wrist);
  const ops: Operation[] = [];
  // Upper arm, the deltoid rounding the shoulder at its top.
  ops.push({
    kind: 'union',
    k: 0.045,
    local: { center: add(shoulder, [-0.02 * s, 0.0, 0]), radius: 0.13 },
    shape: new Loft({
      a: shoulder,
      b: elbow,
      lateral: [s, 0, 0],
      front: [0, 0, 1],
      keys: [
        { t: 0, hw: 0.05, front: 0.048, back: 0.05 },
        { t: 0.16, hw: 0.05, front: 0.047, back: 0.048 },
        { t: 0.36, hw: 0.043, front: 0.043, back: 0.045, lateral: 0.003 },
        { t: 0.56, hw: 0.04, front: 0.044, back: 0.045 },
        { t: 0.8, hw: 0.037, front: 0.04, back: 0.041 },
        { t: 1, hw: 0.036, front: 0.034, back: 0.038 },
      ],
      capA: 0.035,
      capB: 0.03,
    }),
  });
  // Forearm: round below the elbow, flat and wide (front to back) at the wrist.
  ops.push({
    kind: 'union',
    k: 0.03,
    local: { center: elbow, radius: 0.1 },
    shape: new Loft({
      a: elbow,
      b: wrist,
      lateral: [s, 0, 0],
      front: [0, 0, 1],
      keys: [
        { t: 0, hw: 0.037, front: 0.036, back: 0.037 },
        { t: 0.2, hw: 0.039, front: 0.041, back: 0.036 },
        { t: 0.5, hw: 0.031, front: 0.034, back: 0.029 },
        { t: 0.85, hw: 0.021, front: 0.027, back: 0.022 },
        { t: 1, hw: 0.019, front: 0.027, back: 0.024 },
      ],
      capA: 0.02,
      capB: 0.02,
    }),
  });
  // Olecranon at the back of the elbow.
  ops.push({ kind: 'union', k: 0.015, shape: new Ellipsoid(add(elbow, [0.004 * s, 0.004, -0.03]), [0.015, 0.02, 0.012]) });
  ops.push(...hand(s));
  return ops;
}

/** Finger: side offset at the knuckle, segment lengths, radii at the four joints, fan angle. */
type FingerSpec = { t: number; d: number; lengths: [number, number, number]; radii: [number, number, number, number]; fan: number };

const FINGERS: FingerSpec[] = [
  { t: 0.026, d: 0.097, lengths: [0.041, 0.024, 0.019], radii: [0.0098, 0.0087, 0.0076, 0.0068], fan: 0.07 },
  { t: 0.008, d: 0.101, lengths: [0.045, 0.028, 0.02], radii: [0.0101, 0.009, 0.0078, 0.007], fan: 0.0 },
  { t: -0.0105, d: 0.098, lengths: [0.042, 0.027, 0.02], radii: [0.0095, 0.0085, 0.0074, 0.0066], fan: -0.07 },
  { t: -0.028, d: 0.09, lengths: [0.033, 0.02, 0.018], radii: [0.0085, 0.0075, 0.0066, 0.006], fan: -0.15 },
];

/** Relaxed flexion at the knuckle, middle and end joints (radians). */
const CURL = [0.16, 0.26, 0.14];

export function hand(s: SideSign): Operation[] {
  const f = handFrame(s);
  const ops: Operation[] = [];
  // Palm: a flat rounded block, the back gently convex.
  ops.push({
    kind: 'union',
    k: 0.025,
    local: { center: f.wrist, radius: 0.06 },
    shape: new RoundBox(handPoint(f, 0.053, 0, -0.002), [0.006, 0.034, 0.03], 0.01, { x: f.dorsal, y: f.down }),
  });
  // Thenar and hypothenar eminences on the palm side.
  ops.push({
    kind: 'union',
    k: 0.015,
    shape: new Ellipsoid(handPoint(f, 0.035, 0.02, -0.012), [0.012, 0.025, 0.016], { x: f.dorsal, y: f.down }),
  });
  ops.push({
    kind: 'union',
    k: 0.015,
    shape: new Ellipsoid(handPoint(f, 0.045, -0.027, -0.01), [0.01, 0.03, 0.011], { x: f.dorsal, y: f.down }),
  });
  for (const finger of FINGERS) {
    let dir = normalize(add(scale(f.down, Math.cos(finger.fan)), scale(f.thumb, Math.sin(finger.fan))));
    let p = handPoint(f, finger.d, finger.t, 0);
    for (let seg = 0; seg < 3; seg++) {
      // Flex toward the palm (away from the back of the hand).
      const c = CURL[seg];
      const palmward = normalize(sub(scale(f.dorsal, -1), scale(dir, -dot3(f.dorsal, dir))));
      dir = normalize(add(scale(dir, Math.cos(c)), scale(palmward, Math.sin(c))));
      const next = add(p, scale(dir, finger.lengths[seg]));
      ops.push({
        kind: 'union',
        k: seg === 0 ? 0.012 : 0.004,
        local: { center: p, radius: seg === 0 ? 0.03 : 0.012 },
        shape: new RoundCone(p, next, finger.radii[seg], finger.radii[seg + 1]),
      });
      p = next;
    }
  }
  // Thumb: metacarpal from the wrist, then two phalanges, lying along the index finger.
  const thumbSegments: [dir: V3, len: number, r0: number, r1: number][] = [
    [[0.7, 0.62, -0.35], 0.046, 0.0135, 0.0115],
    [[0.82, 0.45, -0.35], 0.032, 0.0108, 0.0097],
    [[0.9, 0.28, -0.33], 0.027, 0.0093, 0.0078],
  ];
  let tp = handPoint(f, 0.02, 0.02, -0.006);
  thumbSegments.forEach(([[dd, tt, bb], len, r0, r1], i) => {
    const dir = normalize(add(add(scale(f.down, dd), scale(f.thumb, tt)), scale(f.dorsal, bb)));
    const next = add(tp, scale(dir, len));
    ops.push({
      kind: 'union',
      k: i === 0 ? 0.02 : 0.004,
      local: { center: tp, radius: i === 0 ? 0.045 : 0.012 },
      shape: new RoundCone(tp, next, r0, r1),
    });
    tp = next;
  });
  return ops;
}

function dot3(a: V3, b: V3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
