/**
 * The lower limb: thigh and leg as lofted forms joined at the knee, the patella and the
 * femoral condyles, and the foot with heel, arch and five toes.
 */
import type { Operation } from '../field/field.js';
import { Loft } from '../field/loft.js';
import { BelowPlane, Ellipsoid, RoundCone, type V3 } from '../field/shapes.js';
import { JOINTS, TOE_OUT_DEGREES } from './proportions.js';
import { at, type SideSign } from './side.js';

/**
 * The whole lower limb as one lofted form from inside the pelvis to the ankle, so thigh,
 * knee and calf flow into each other without joins. Sections by height: half-width,
 * front and back depth, and where the section centre sits (x of the left leg, z).
 */
const LIMB: [y: number, hw: number, front: number, back: number, x: number, z: number][] = [
  [1.0, 0.04, 0.03, 0.04, 0.084, -0.012],
  [0.95, 0.055, 0.048, 0.06, 0.088, -0.011],
  [0.9, 0.074, 0.062, 0.075, 0.091, -0.011],
  [0.86, 0.078, 0.07, 0.078, 0.09, -0.01],
  [0.78, 0.076, 0.078, 0.077, 0.086, -0.006],
  [0.7, 0.072, 0.082, 0.072, 0.087, -0.003],
  [0.62, 0.065, 0.076, 0.065, 0.088, -0.001],
  [0.55, 0.057, 0.064, 0.056, 0.089, 0],
  [0.5, 0.052, 0.052, 0.052, 0.09, 0],
  [0.475, 0.05, 0.05, 0.051, 0.09, 0],
  [0.43, 0.048, 0.046, 0.053, 0.088, -0.002],
  [0.38, 0.052, 0.041, 0.064, 0.087, -0.005],
  [0.335, 0.055, 0.038, 0.071, 0.086, -0.007],
  [0.27, 0.048, 0.034, 0.06, 0.087, -0.008],
  [0.2, 0.037, 0.03, 0.045, 0.089, -0.012],
  [0.14, 0.03, 0.029, 0.037, 0.091, -0.02],
  [0.095, 0.03, 0.03, 0.038, 0.092, -0.028],
];

export function leg(s: SideSign): Operation[] {
  const top = LIMB[0];
  const bottom = LIMB[LIMB.length - 1];
  const a: V3 = at(s, [top[4], top[0], top[5]]);
  const b: V3 = at(s, [bottom[4], bottom[0], bottom[5]]);
  const ops: Operation[] = [];
  ops.push({
    kind: 'union',
    k: 0.05,
    local: { center: [s * 0.08, 0.9, -0.012], radius: 0.2 },
    shape: new Loft({
      a,
      b,
      lateral: [s, 0, 0],
      front: [0, 0, 1],
      keys: LIMB.map(([y, hw, front, back, x, z]) => {
        const t = (top[0] - y) / (top[0] - bottom[0]);
        // Offsets of the section centre from the straight axis a-b.
        const axisX = top[4] + (bottom[4] - top[4]) * t;
        const axisZ = top[5] + (bottom[5] - top[5]) * t;
        return { t, hw, front, back, lateral: x - axisX, forward: z - axisZ, n: 2.1 };
      }),
      // The loft runs on up inside the trunk, tapering, to y = 1.0, and its short cap is
      // buried there: when it ended at the hip (y = 0.9) its end showed through the blend as
      // a ledge around the pelvis, like the waistband of shorts. The cap's profile meets the
      // sides with no curvature (power 3). The ankle's cap keeps the ellipsoid.
      capPower: [3, 2],
      capA: 0.03,
      capB: 0.035,
    }),
  });
  // Femoral condyles give the knee its width; the patella sits in front of them.
  ops.push({ kind: 'union', k: 0.025, shape: new Ellipsoid(at(s, [0.09, 0.482, -0.004]), [0.047, 0.03, 0.044]) });
  ops.push({
    kind: 'union',
    k: 0.02,
    shape: new Ellipsoid(at(s, [0.091, 0.502, 0.04]), [0.022, 0.025, 0.011], { x: [1, 0, 0], y: [0, 1, 0.15] }),
  });
  // Patellar ligament, a low ridge down to the tibial tuberosity.
  ops.push({ kind: 'union', k: 0.02, shape: new Ellipsoid(at(s, [0.091, 0.455, 0.035]), [0.012, 0.026, 0.01]) });
  // Vastus medialis above the inside of the knee, vastus lateralis along the outside.
  ops.push({ kind: 'union', k: 0.03, shape: new Ellipsoid(at(s, [0.063, 0.545, 0.012]), [0.028, 0.05, 0.034]) });
  ops.push({
    kind: 'union',
    k: 0.04,
    shape: new Ellipsoid(at(s, [0.128, 0.67, 0.004]), [0.03, 0.12, 0.05], { x: [1, 0, 0], y: [-0.08 * s, 1, 0] }),
  });
  return ops;
}

export function foot(s: SideSign): Operation[] {
  const ankle = at(s, JOINTS.ankle);
  const a = (TOE_OUT_DEGREES * Math.PI) / 180;
  // Forward and lateral directions of this foot on the floor.
  const fwd: V3 = [s * Math.sin(a), 0, Math.cos(a)];
  const lat: V3 = [s * Math.cos(a), 0, -Math.sin(a)];
  const p = (f: number, l: number, y: number): V3 => [
    ankle[0] + fwd[0] * f + lat[0] * l,
    y,
    ankle[2] + fwd[2] * f + lat[2] * l,
  ];
  const ops: Operation[] = [];
  // Heel: the calcaneus, a modest block under and a little behind the calcaneal tendon,
  // narrower than the ankle from behind. Low and flattened, with a small blend, so it does
  // not stand out behind the ankle as a ball. Its centre sits low, so the floor cuts it
  // near its widest: from behind the heel stands on a broad pad with nearly upright sides
  // (centred higher, it narrowed to a point at the floor and read as a balloon).
  ops.push({
    kind: 'union',
    k: 0.018,
    local: { center: p(-0.02, 0, 0.05), radius: 0.1 },
    shape: new Ellipsoid(p(-0.022, 0.001, 0.015), [0.024, 0.03, 0.031], { x: lat, y: [0, 1, 0] }),
  });
  // Body of the foot from the instep to the ball, thinning toward the toes.
  ops.push({
    kind: 'union',
    k: 0.035,
    local: { center: p(0.02, 0, 0.07), radius: 0.12 },
    shape: new Loft({
      a: p(-0.02, 0, 0.042),
      b: p(0.128, 0, 0.016),
      lateral: lat,
      front: [0, 1, 0],
      keys: [
        { t: 0, hw: 0.023, front: 0.04, back: 0.042 },
        { t: 0.35, hw: 0.034, front: 0.042, back: 0.03, lateral: 0.002 },
        { t: 0.72, hw: 0.041, front: 0.025, back: 0.02, lateral: 0.003, n: 2.3 },
        { t: 1, hw: 0.045, front: 0.015, back: 0.016, n: 2.3 },
      ],
      capA: 0.02,
      capB: 0.014,
    }),
  });
  // Toes: the big toe medially, then four smaller ones, joined at their bases.
  const toes: [l: number, len: number, r0: number, r1: number, splay: number][] = [
    [-0.026, 0.055, 0.0122, 0.0105, -0.02],
    [-0.006, 0.045, 0.0086, 0.0072, 0.02],
    [0.009, 0.039, 0.0082, 0.0068, 0.05],
    [0.022, 0.033, 0.0078, 0.0064, 0.09],
    [0.033, 0.027, 0.0074, 0.006, 0.14],
  ];
  for (const [l, len, r0, r1, splay] of toes) {
    const start = p(0.112, l, r0 + 0.004);
    const end = p(0.112 + len * Math.cos(splay), l + len * Math.sin(splay), r1 * 0.95);
    ops.push({
      kind: 'union',
      k: 0.01,
      local: { center: start, radius: 0.03 },
      shape: new RoundCone(start, end, r0, r1),
    });
  }
  // Medial longitudinal arch: the inner midfoot stands off the floor.
  ops.push({ kind: 'carve', k: 0.012, shape: new Ellipsoid(p(0.05, -0.036, -0.002), [0.02, 0.02, 0.05], { x: lat, y: [0, 1, 0] }) });
  return ops;
}

/** Flattens the soles onto y = 0. */
export function soleCut(): Operation {
  return { kind: 'carve', k: 0.004, shape: new BelowPlane(0, { min: [-0.4, -0.2, -0.3], max: [0.4, 0, 0.4] }) };
}
