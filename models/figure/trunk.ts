/**
 * The trunk: one lofted form from the perineum to the root of the neck, whose
 * cross-sections carry the lumbar lordosis, the thoracic kyphosis and the slope of the
 * shoulders, plus the forms that sit on it (buttocks, pectorals, latissimus, trapezius).
 */
import type { Operation } from '../field/field.js';
import { Loft, type LoftKey } from '../field/loft.js';
import { Ellipsoid } from '../field/shapes.js';
import { at, SIDES } from './side.js';

const BOTTOM = 0.83;
const TOP = 1.462;

/** Cross-sections by height: half-width, front and back depth, centre z, exponent. */
const SECTIONS: [y: number, hw: number, front: number, back: number, z: number, n: number][] = [
  [0.83, 0.105, 0.062, 0.074, -0.014, 2.2],
  [0.88, 0.146, 0.072, 0.092, -0.012, 2.4],
  [0.95, 0.158, 0.083, 0.094, -0.006, 2.5],
  [1.0, 0.148, 0.094, 0.089, 0.002, 2.4],
  [1.07, 0.136, 0.093, 0.087, 0.006, 2.3],
  [1.14, 0.142, 0.096, 0.095, 0.004, 2.3],
  [1.21, 0.152, 0.104, 0.112, 0.0, 2.4],
  [1.28, 0.164, 0.108, 0.121, -0.006, 2.6],
  [1.34, 0.17, 0.1, 0.118, -0.012, 2.5],
  [1.385, 0.17, 0.075, 0.104, -0.018, 2.3],
  [1.405, 0.162, 0.06, 0.09, -0.022, 2.2],
  [1.425, 0.136, 0.05, 0.075, -0.026, 2.1],
  [1.445, 0.1, 0.045, 0.065, -0.03, 2.0],
  [TOP, 0.066, 0.045, 0.058, -0.032, 2.0],
];

export function trunk(): Operation[] {
  const keys: LoftKey[] = SECTIONS.map(([y, hw, front, back, z, n]) => ({
    t: (y - BOTTOM) / (TOP - BOTTOM),
    hw,
    front,
    back,
    forward: z,
    n,
  }));
  const ops: Operation[] = [
    {
      kind: 'union',
      k: 0,
      shape: new Loft({ a: [0, BOTTOM, 0], b: [0, TOP, 0], lateral: [1, 0, 0], front: [0, 0, 1], keys, capA: 0.045, capB: 0.012 }),
    },
  ];
  for (const { sign } of SIDES) {
    // Buttock: the gluteus maximus over the sacrum and hip, fuller low down.
    ops.push({
      kind: 'union',
      k: 0.035,
      shape: new Ellipsoid(at(sign, [0.064, 0.86, -0.056]), [0.074, 0.088, 0.068], {
        x: [1, 0, 0],
        y: [sign * -0.12, 1, 0.12],
      }),
    });
    // Pectoralis major: a broad flat form on the upper chest.
    ops.push({
      kind: 'union',
      k: 0.03,
      shape: new Ellipsoid(at(sign, [0.075, 1.3, 0.075]), [0.08, 0.055, 0.035], { x: [1, 0.25 * sign, 0.15 * sign], y: [0, 1, 0] }),
    });
    // Latissimus dorsi mass under the armpit, which widens the back.
    ops.push({
      kind: 'union',
      k: 0.04,
      shape: new Ellipsoid(at(sign, [0.12, 1.24, -0.06]), [0.05, 0.1, 0.055], { x: [1, 0, 0.3 * sign], y: [0.15 * sign, 1, 0] }),
    });
    // Trapezius: the slope from neck to shoulder, thicker behind.
    ops.push({
      kind: 'union',
      k: 0.035,
      shape: new Ellipsoid(at(sign, [0.075, 1.425, -0.05]), [0.075, 0.03, 0.04], { x: [1, -0.38 * sign, 0], y: [0.38 * sign, 1, 0] }),
    });
  }
  return ops;
}

export function neck(): Operation[] {
  return [
    {
      kind: 'union',
      k: 0.04,
      local: { center: [0, 1.45, -0.03], radius: 0.14 },
      shape: new Loft({
        a: [0, 1.41, -0.036],
        b: [0, 1.56, -0.014],
        lateral: [1, 0, 0],
        front: [0, 0, 1],
        keys: [
          { t: 0, hw: 0.062, front: 0.056, back: 0.058 },
          { t: 0.4, hw: 0.056, front: 0.054, back: 0.052 },
          { t: 1, hw: 0.052, front: 0.05, back: 0.048 },
        ],
        capA: 0.03,
        capB: 0.03,
      }),
    },
  ];
}
