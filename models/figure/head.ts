/**
 * The head: a calm mannequin head, as in anatomical illustration. The face is an oval that
 * narrows from the cheekbones to a small, defined chin; the nose is a soft wedge that melts
 * into the cheeks; the eyes are shallow sockets under a gentle brow; the lips are closed.
 * Small features with tight blends read as stuck-on lumps at this mesh density, so every
 * feature here is broad and blended wide.
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
    // Forehead and cheekbones: the upper, widest part of the face's oval, set forward of
    // the cranium.
    { kind: 'union', k: 0.035, shape: new Ellipsoid([0, 1.578, 0.014], [0.062, 0.07, 0.071]) },
    // Lower face: narrower than the cheekbones and leaning forward at the bottom, so the
    // oval tapers toward the chin instead of ending in a broad, receding jaw. It stays
    // behind the line from brow to chin: set farther forward, the mouth region stood out
    // like a muzzle in profile and three-quarter view.
    {
      kind: 'union',
      k: 0.035,
      shape: new Ellipsoid([0, 1.524, 0.02], [0.045, 0.05, 0.056], { x: [1, 0, 0], y: [0, 1, -0.3] }),
    },
    // Chin: a small, defined mound at the bottom of the oval.
    { kind: 'union', k: 0.034, shape: new Ellipsoid([0, 1.488, 0.055], [0.018, 0.016, 0.017]) },
    // Nose: a cone from the bridge to the tip, blended wide so its sides slope into the
    // cheeks (a tight blend made it a rod), and the alae, low and soft.
    { kind: 'union', k: 0.02, shape: new RoundCone([0, 1.6, 0.08], [0, 1.556, 0.096], 0.006, 0.0085) },
    { kind: 'union', k: 0.014, shape: new Ellipsoid([0, 1.553, 0.086], [0.013, 0.007, 0.008]) },
  ];
  for (const { sign } of SIDES) {
    // Lower border of the mandible, from its angle to the chin: a soft jaw line that sets
    // the face off from the neck in profile. It runs inside the lower face and only just
    // reaches the skin, so it defines without adding width.
    ops.push({ kind: 'union', k: 0.02, shape: new RoundCone(at(sign, [0.042, 1.51, -0.008]), at(sign, [0.008, 1.485, 0.046]), 0.009, 0.008) });
    // Eyeball under the lids, set back into the socket so it only rounds its floor.
    ops.push({ kind: 'union', k: 0.008, shape: new Ellipsoid(at(sign, [0.03, 1.593, 0.066]), [0.012, 0.009, 0.011]) });
    // Ear: a flattened shell standing off the side of the head.
    ops.push({
      kind: 'union',
      k: 0.008,
      shape: new Ellipsoid(at(sign, [0.073, 1.578, -0.014]), [0.009, 0.03, 0.018], { x: [1, 0, -0.3 * sign], y: [0, 1, -0.15] }),
    });
  }
  return ops;
}

/** The lips, on the midline: centres and radii of the upper and lower rise, and the mouth line's height. */
const LIPS = {
  upper: { at: [0, 1.5255, 0.077] as V3, radii: [0.03, 0.0075, 0.012] as V3 },
  lower: { at: [0, 1.5125, 0.075] as V3, radii: [0.027, 0.0085, 0.012] as V3 },
  mouthLine: 1.519,
};

/**
 * Details on the face: the eye sockets and the brow, the philtrum and the closed lips, each
 * broad and shallow (the face keeps the mesher's 3.5 mm grid, see models/body.ts, and a
 * feature narrower than about two cells comes out as a zigzag).
 */
export function faceDetails(): Operation[] {
  const ops: Operation[] = [];
  for (const { sign } of SIDES) {
    // Eye socket: broad and shallow, under the brow.
    ops.push({ kind: 'detail', detail: new Blob(at(sign, [0.031, 1.593, 0.084]), [0.025, 0.018, 0.024], 0.005) });
    // Brow: a gentle, wide rise over the socket.
    ops.push({ kind: 'detail', detail: new Blob(at(sign, [0.03, 1.613, 0.084]), [0.028, 0.012, 0.016], -0.002) });
    // Corner of the mouth: a shallow, wide dent where the lips meet the cheek (a 5 mm dent
    // 1.5 mm deep came out as a notch at the mesh's resolution).
    ops.push({ kind: 'detail', detail: new Blob(at(sign, [0.024, LIPS.mouthLine, 0.072]), [0.008, 0.007, 0.009], 0.0008) });
  }
  // Philtrum: a shallow groove from the base of the nose to the upper lip, between two
  // low ridges (the philtral columns).
  ops.push({ kind: 'detail', detail: new Blob([0, 1.534, 0.08], [0.006, 0.01, 0.006], 0.0011) });
  for (const { sign } of SIDES) {
    ops.push({ kind: 'detail', detail: new Blob(at(sign, [0.0075, 1.533, 0.08]), [0.0035, 0.01, 0.005], -0.0006) });
  }
  // Lips: two soft, wide rises either side of a shallow mouth line, then the hollow under
  // the lower lip. Each is broad and smooth: the simplified mesh's triangles are several
  // millimetres across, and a narrow crease between tight lip shapes came out as a zigzag.
  ops.push({ kind: 'detail', detail: new Blob(LIPS.upper.at, LIPS.upper.radii, -0.0022) });
  ops.push({ kind: 'detail', detail: new Blob(LIPS.lower.at, LIPS.lower.radii, -0.0026) });
  ops.push({ kind: 'detail', detail: new Blob([0, LIPS.mouthLine, 0.079], [0.026, 0.0055, 0.01], 0.0013) });
  ops.push({ kind: 'detail', detail: new Blob([0, 1.503, 0.075], [0.017, 0.005, 0.007], 0.0012) });
  return ops;
}
