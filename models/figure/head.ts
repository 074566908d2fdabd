/**
 * The head: a calm mannequin head (cranium, face, jaw, chin, nose, brow, ears) with the
 * features only suggested, as in anatomical illustration.
 */
import { Blob, Tube } from '../field/details.js';
import type { Operation } from '../field/field.js';
import { Ellipsoid, RoundCone } from '../field/shapes.js';
import { at, SIDES } from './side.js';

export function head(): Operation[] {
  const ops: Operation[] = [
    { kind: 'union', k: 0.04, shape: new Ellipsoid([0, 1.606, -0.014], [0.073, 0.094, 0.095]) },
    // Face and jaw, narrower and lower than the cranium.
    {
      kind: 'union',
      k: 0.035,
      shape: new Ellipsoid([0, 1.54, 0.018], [0.06, 0.07, 0.07], { x: [1, 0, 0], y: [0, 1, -0.2] }),
    },
    { kind: 'union', k: 0.02, shape: new Ellipsoid([0, 1.486, 0.07], [0.021, 0.016, 0.017]) },
    // Nose: bridge to tip, then the alae.
    { kind: 'union', k: 0.008, shape: new RoundCone([0, 1.594, 0.088], [0, 1.551, 0.104], 0.006, 0.0095) },
    { kind: 'union', k: 0.008, shape: new Ellipsoid([0, 1.549, 0.096], [0.016, 0.008, 0.011]) },
    // Lips.
    { kind: 'union', k: 0.008, shape: new Ellipsoid([0, 1.52, 0.084], [0.02, 0.0075, 0.009]) },
    { kind: 'union', k: 0.008, shape: new Ellipsoid([0, 1.507, 0.082], [0.017, 0.0065, 0.009]) },
  ];
  for (const { sign } of SIDES) {
    // Jaw angle and cheekbone.
    ops.push({ kind: 'union', k: 0.025, shape: new Ellipsoid(at(sign, [0.047, 1.51, -0.004]), [0.016, 0.03, 0.032]) });
    ops.push({ kind: 'union', k: 0.02, shape: new Ellipsoid(at(sign, [0.044, 1.57, 0.055]), [0.02, 0.014, 0.02]) });
    // Ear: a flattened shell standing off the side of the head.
    ops.push({
      kind: 'union',
      k: 0.008,
      shape: new Ellipsoid(at(sign, [0.074, 1.578, -0.012]), [0.009, 0.03, 0.018], { x: [1, 0, -0.3 * sign], y: [0, 1, -0.15] }),
    });
  }
  return ops;
}

export function faceDetails(): Operation[] {
  const ops: Operation[] = [];
  for (const { sign } of SIDES) {
    // Eye socket under the brow.
    ops.push({ kind: 'detail', detail: new Blob(at(sign, [0.031, 1.592, 0.085]), [0.02, 0.014, 0.02], 0.006) });
    // Brow ridge.
    ops.push({ kind: 'detail', detail: new Blob(at(sign, [0.03, 1.612, 0.086]), [0.024, 0.01, 0.014], -0.0025) });
  }
  // Mouth line between the lips.
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: [-0.02, 1.514, 0.086], amount: 0, width: 0.003 },
        { at: [0, 1.5135, 0.092], amount: 0.0025, width: 0.003 },
        { at: [0.02, 1.514, 0.086], amount: 0, width: 0.003 },
      ],
      null,
    ),
  });
  return ops;
}
