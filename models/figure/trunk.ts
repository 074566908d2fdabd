/**
 * The trunk: one lofted form from the perineum to the root of the neck, whose
 * cross-sections carry the lumbar lordosis, the thoracic kyphosis and the slope of the
 * shoulders, plus the forms that sit on it (buttocks, pectorals, latissimus, trapezius).
 */
import type { Operation } from '../field/field.js';
import { Loft, type LoftKey } from '../field/loft.js';
import { add, Ellipsoid, scale, sub, type V3 } from '../field/shapes.js';
import { at, SIDES } from './side.js';

const BOTTOM = 0.83;
const TOP = 1.478;

/** Cross-sections by height: half-width, front and back depth, centre z, exponent. */
const SECTIONS: [y: number, hw: number, front: number, back: number, z: number, n: number][] = [
  [0.83, 0.1, 0.058, 0.07, -0.014, 2.2],
  [0.87, 0.151, 0.066, 0.087, -0.012, 2.05],
  [0.93, 0.161, 0.079, 0.098, -0.008, 2.2],
  [0.98, 0.153, 0.086, 0.092, 0.0, 2.3],
  [1.03, 0.137, 0.088, 0.085, 0.004, 2.2],
  [1.08, 0.129, 0.087, 0.086, 0.006, 2.2],
  [1.14, 0.136, 0.089, 0.094, 0.004, 2.25],
  [1.2, 0.15, 0.098, 0.108, 0.0, 2.3],
  [1.26, 0.162, 0.106, 0.118, -0.005, 2.35],
  [1.32, 0.168, 0.106, 0.118, -0.011, 2.35],
  [1.37, 0.16, 0.093, 0.11, -0.016, 2.3],
  [1.4, 0.145, 0.07, 0.094, -0.021, 2.2],
  [1.42, 0.127, 0.054, 0.08, -0.025, 2.1],
  [1.44, 0.097, 0.047, 0.066, -0.029, 2.0],
  [1.458, 0.07, 0.046, 0.058, -0.031, 2.0],
  [TOP, 0.057, 0.045, 0.053, -0.029, 2.0],
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
      shape: new Loft({ a: [0, BOTTOM, 0], b: [0, TOP, 0], lateral: [1, 0, 0], front: [0, 0, 1], keys, capA: 0.045, capB: 0.03, interpolation: 'spline', capPower: [3, 3] }),
    },
  ];
  for (const { sign } of SIDES) {
    // Upper trapezius: a long, flattened roll from the root of the neck to the acromion.
    // It gives the shoulder line its slope from the neck (without it the top of the trunk
    // read as a flat shelf ending in a corner, a coat hanger) and hands over to the round
    // of the deltoid at its outer end.
    const neckEnd: V3 = at(sign, [0.035, 1.452, -0.045]);
    const acromionEnd: V3 = at(sign, [0.194, 1.386, -0.034]);
    const along = sub(acromionEnd, neckEnd);
    ops.push({
      kind: 'union',
      k: 0.03,
      shape: new Ellipsoid(scale(add(neckEnd, acromionEnd), 0.5), [Math.hypot(...along) / 2, 0.026, 0.046], {
        x: along,
        y: [0, 1, 0],
      }),
    });
  }
  for (const { sign } of SIDES) {
    // Buttock: the gluteus maximus over the sacrum and hip, fuller low down.
    ops.push({
      kind: 'union',
      k: 0.065,
      shape: new Ellipsoid(at(sign, [0.063, 0.852, -0.047]), [0.071, 0.087, 0.056], {
        x: [1, 0, 0],
        y: [0, 1, 0.12],
      }),
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
        a: [0, 1.41, -0.032],
        b: [0, 1.56, -0.012],
        lateral: [1, 0, 0],
        front: [0, 0, 1],
        keys: [
          { t: 0, hw: 0.064, front: 0.058, back: 0.06 },
          { t: 0.45, hw: 0.057, front: 0.054, back: 0.053 },
          { t: 1, hw: 0.054, front: 0.05, back: 0.05 },
        ],
        capA: 0.03,
        capB: 0.03,
      }),
    },
  ];
}
