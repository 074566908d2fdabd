/**
 * The lower limb: thigh and leg as lofted forms joined at the knee, the patella and the
 * femoral condyles, and the foot with heel, arch and five toes.
 */
import type { Operation } from '../field/field.js';
import { Loft } from '../field/loft.js';
import { BelowPlane, Ellipsoid, RoundCone, type V3 } from '../field/shapes.js';
import { JOINTS, TOE_OUT_DEGREES } from './proportions.js';
import { at, type SideSign } from './side.js';

const THIGH_TOP = 0.96;

/** Thigh cross-sections: y, half-width, front, back, lateral shift. */
const THIGH: [number, number, number, number, number][] = [
  [THIGH_TOP, 0.07, 0.066, 0.072, 0.006],
  [0.86, 0.075, 0.073, 0.077, 0.002],
  [0.78, 0.076, 0.075, 0.075, -0.002],
  [0.7, 0.071, 0.072, 0.069, -0.001],
  [0.62, 0.064, 0.066, 0.062, 0],
  [0.54, 0.056, 0.057, 0.054, 0],
  [0.49, 0.051, 0.052, 0.051, 0],
];

/** Leg (knee to ankle) cross-sections: y, half-width, front, back, lateral shift, z shift. */
const LEG: [number, number, number, number, number, number][] = [
  [0.475, 0.05, 0.05, 0.05, 0, 0],
  [0.43, 0.048, 0.046, 0.052, -0.002, -0.003],
  [0.38, 0.052, 0.041, 0.061, -0.003, -0.007],
  [0.335, 0.055, 0.038, 0.068, -0.004, -0.01],
  [0.27, 0.048, 0.034, 0.058, -0.003, -0.012],
  [0.2, 0.037, 0.03, 0.044, -0.001, -0.015],
  [0.14, 0.03, 0.029, 0.036, 0, -0.02],
  [0.095, 0.03, 0.03, 0.038, 0, -0.025],
];

export function leg(s: SideSign): Operation[] {
  const hip = at(s, JOINTS.hip);
  const knee = at(s, JOINTS.knee);
  const ankle = at(s, JOINTS.ankle);
  const thighTop: V3 = [hip[0], THIGH_TOP, hip[2]];
  const thighBottom: V3 = [knee[0], 0.49, knee[2]];
  const ops: Operation[] = [];
  ops.push({
    kind: 'union',
    k: 0.05,
    local: { center: [hip[0] * 0.9, 0.9, hip[2]], radius: 0.2 },
    shape: new Loft({
      a: thighTop,
      b: thighBottom,
      lateral: [s, 0, 0],
      front: [0, 0, 1],
      keys: THIGH.map(([y, hw, front, back, lat]) => ({
        t: (THIGH_TOP - y) / (THIGH_TOP - 0.49),
        hw,
        front,
        back,
        lateral: lat,
        n: 2.1,
      })),
      capA: 0.05,
      capB: 0.03,
    }),
  });
  const legTop: V3 = [knee[0], 0.475, knee[2]];
  const legBottom: V3 = [ankle[0], 0.095, ankle[2]];
  ops.push({
    kind: 'union',
    k: 0.04,
    local: { center: knee, radius: 0.12 },
    shape: new Loft({
      a: legTop,
      b: legBottom,
      lateral: [s, 0, 0],
      front: [0, 0, 1],
      keys: LEG.map(([y, hw, front, back, lat, z]) => ({
        t: (0.475 - y) / (0.475 - 0.095),
        hw,
        front,
        back,
        lateral: lat,
        forward: z,
      })),
      capA: 0.03,
      capB: 0.035,
    }),
  });
  // Femoral condyles give the knee its width; the patella sits in front.
  ops.push({ kind: 'union', k: 0.02, shape: new Ellipsoid(at(s, [0.09, 0.485, -0.004]), [0.052, 0.035, 0.048]) });
  ops.push({
    kind: 'union',
    k: 0.015,
    shape: new Ellipsoid(at(s, [0.092, 0.505, 0.046]), [0.023, 0.027, 0.012], { x: [1, 0, 0], y: [0, 1, 0.15] }),
  });
  // Patellar ligament down to the tibial tuberosity.
  ops.push({ kind: 'union', k: 0.015, shape: new RoundCone(at(s, [0.092, 0.48, 0.042]), at(s, [0.092, 0.43, 0.04]), 0.011, 0.012) });
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
  // Heel: the calcaneus rounded behind and below the ankle.
  ops.push({
    kind: 'union',
    k: 0.03,
    local: { center: p(-0.02, 0, 0.06), radius: 0.1 },
    shape: new Ellipsoid(p(-0.028, 0.001, 0.036), [0.03, 0.037, 0.034], { x: lat, y: [0, 1, 0] }),
  });
  // Body of the foot from the instep to the ball.
  ops.push({
    kind: 'union',
    k: 0.035,
    local: { center: p(0.02, 0, 0.07), radius: 0.12 },
    shape: new Loft({
      a: p(-0.01, -0.001, 0.038),
      b: p(0.148, -0.002, 0.02),
      lateral: lat,
      front: [0, 1, 0],
      keys: [
        { t: 0, hw: 0.029, front: 0.038, back: 0.04 },
        { t: 0.3, hw: 0.034, front: 0.042, back: 0.034 },
        { t: 0.65, hw: 0.04, front: 0.029, back: 0.024, lateral: 0.002 },
        { t: 1, hw: 0.045, front: 0.017, back: 0.02, lateral: -0.002, n: 2.3 },
      ],
      capA: 0.02,
      capB: 0.02,
    }),
  });
  // Toes: big toe medially, then four smaller ones fanning slightly outward.
  const toes: [l: number, len: number, r0: number, r1: number, splay: number][] = [
    [-0.027, 0.05, 0.0125, 0.0105, -0.03],
    [-0.005, 0.041, 0.0085, 0.0075, 0.0],
    [0.011, 0.036, 0.008, 0.007, 0.03],
    [0.025, 0.031, 0.0076, 0.0066, 0.07],
    [0.037, 0.025, 0.0072, 0.0062, 0.12],
  ];
  for (const [l, len, r0, r1, splay] of toes) {
    const start = p(0.143, l, r0);
    const end = p(0.143 + len * Math.cos(splay), l + len * Math.sin(splay), r1 * 0.95);
    ops.push({
      kind: 'union',
      k: 0.008,
      local: { center: start, radius: 0.025 },
      shape: new RoundCone(start, end, r0, r1),
    });
  }
  return ops;
}

/** Flattens the soles onto y = 0. */
export function soleCut(): Operation {
  return { kind: 'carve', k: 0.004, shape: new BelowPlane(0, { min: [-0.4, -0.2, -0.3], max: [0.4, 0, 0.4] }) };
}
