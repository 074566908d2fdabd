/**
 * The head: a calm mannequin head (cranium, face, jaw, chin, nose, brow, ears) with the
 * features only suggested, as in anatomical illustration.
 */
import { Blob } from '../field/details.js';
import type { Operation } from '../field/field.js';
import { Ellipsoid, RoundCone, type V3 } from '../field/shapes.js';
import { at, SIDES } from './side.js';

export function head(): Operation[] {
  const ops: Operation[] = [
    // Cranium: nearly round from the front and behind (a tall ellipsoid read as an egg),
    // widest above the ears, its top at the vertex.
    { kind: 'union', k: 0.06, shape: new Ellipsoid([0, 1.619, -0.019], [0.074, 0.081, 0.09]) },
    // Upper face with the cheeks, set forward of the cranium.
    { kind: 'union', k: 0.035, shape: new Ellipsoid([0, 1.562, 0.018], [0.063, 0.072, 0.068]) },
    // Jaw and mouth: narrower, ending in the chin.
    { kind: 'union', k: 0.03, shape: new Ellipsoid([0, 1.516, 0.016], [0.054, 0.042, 0.058], { x: [1, 0, 0], y: [0, 1, -0.2] }) },
    { kind: 'union', k: 0.024, shape: new Ellipsoid([0, 1.488, 0.058], [0.021, 0.016, 0.016]) },
    // Nose: bridge to tip, then the alae.
    { kind: 'union', k: 0.012, shape: new RoundCone([0, 1.596, 0.083], [0, 1.556, 0.098], 0.005, 0.0085) },
    { kind: 'union', k: 0.01, shape: new Ellipsoid([0, 1.553, 0.089], [0.0145, 0.0075, 0.009]) },
  ];
  for (const { sign } of SIDES) {
    // Angle of the mandible, which squares the jaw.
    ops.push({ kind: 'union', k: 0.025, shape: new Ellipsoid(at(sign, [0.05, 1.516, -0.008]), [0.012, 0.022, 0.022]) });
    // Lower border of the mandible, from its angle to the chin: the jaw line that sets the
    // face off from the neck in profile.
    ops.push({ kind: 'union', k: 0.018, shape: new RoundCone(at(sign, [0.045, 1.503, -0.006]), at(sign, [0.014, 1.482, 0.05]), 0.011, 0.012) });
    // Eyeball under the lids, set into the socket.
    ops.push({ kind: 'union', k: 0.006, shape: new Ellipsoid(at(sign, [0.031, 1.592, 0.07]), [0.0125, 0.0095, 0.011]) });
    // Ear: a flattened shell standing off the side of the head.
    ops.push({
      kind: 'union',
      k: 0.008,
      shape: new Ellipsoid(at(sign, [0.073, 1.578, -0.014]), [0.009, 0.03, 0.018], { x: [1, 0, -0.3 * sign], y: [0, 1, -0.15] }),
    });
  }
  return ops;
}

/** Details on the face, anchored on its skin (`front` casts a ray from in front). */
export function faceDetails(front: (x: number, y: number) => V3): Operation[] {
  const ops: Operation[] = [];
  for (const { sign } of SIDES) {
    // Eye socket under the brow.
    ops.push({ kind: 'detail', detail: new Blob(at(sign, [0.031, 1.594, 0.086]), [0.021, 0.015, 0.022], 0.0075) });
    // Brow ridge.
    ops.push({ kind: 'detail', detail: new Blob(at(sign, [0.03, 1.612, 0.086]), [0.024, 0.01, 0.014], -0.0025) });
  }
  // Lips, only suggested: one soft rise.
  ops.push({ kind: 'detail', detail: new Blob(front(0, 1.515), [0.021, 0.012, 0.014], -0.0018) });
  return ops;
}
