/**
 * Smooth per-vertex normals: the area-weighted sum of the faces around each vertex, with
 * vertices at the same position treated as one. Meshes are often split at UV or material
 * seams; without the weld the normal field would jump across a seam, and a walk over the
 * skin (placement) would kink there.
 *
 * Faces are assumed counter-clockwise seen from outside (the glTF convention), so the
 * normals point out of the body.
 */
export function computeVertexNormals(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
): Float32Array {
  const vertexCount = Math.floor(positions.length / 3);
  const weldedTo = weldByPosition(positions, vertexCount);

  const sums = new Float64Array(vertexCount * 3);
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i], b = indices[i + 1], c = indices[i + 2];
    const ax = positions[3 * a], ay = positions[3 * a + 1], az = positions[3 * a + 2];
    const e1x = positions[3 * b] - ax, e1y = positions[3 * b + 1] - ay, e1z = positions[3 * b + 2] - az;
    const e2x = positions[3 * c] - ax, e2y = positions[3 * c + 1] - ay, e2z = positions[3 * c + 2] - az;
    // The cross product's length is twice the area: area weighting for free.
    const nx = e1y * e2z - e1z * e2y;
    const ny = e1z * e2x - e1x * e2z;
    const nz = e1x * e2y - e1y * e2x;
    const wa = 3 * weldedTo[a], wb = 3 * weldedTo[b], wc = 3 * weldedTo[c];
    sums[wa] += nx; sums[wa + 1] += ny; sums[wa + 2] += nz;
    sums[wb] += nx; sums[wb + 1] += ny; sums[wb + 2] += nz;
    sums[wc] += nx; sums[wc + 1] += ny; sums[wc + 2] += nz;
  }

  const normals = new Float32Array(vertexCount * 3);
  for (let v = 0; v < vertexCount; v++) {
    const w = weldedTo[v];
    const x = sums[3 * w], y = sums[3 * w + 1], z = sums[3 * w + 2];
    const len = Math.hypot(x, y, z);
    // A vertex of only degenerate faces keeps a zero normal; users fall back to the face normal.
    if (len > 0) {
      normals[3 * v] = x / len;
      normals[3 * v + 1] = y / len;
      normals[3 * v + 2] = z / len;
    }
  }
  return normals;
}

/**
 * For each vertex, the first vertex with exactly the same position: an open-addressing hash
 * table over the coordinates' bit patterns, linear in the vertex count.
 */
function weldByPosition(positions: ArrayLike<number>, vertexCount: number): Uint32Array {
  const weldedTo = new Uint32Array(vertexCount);
  let capacity = 16;
  while (capacity < vertexCount * 2) capacity *= 2;
  const mask = capacity - 1;
  const EMPTY = 0xffffffff;
  const table = new Uint32Array(capacity).fill(EMPTY);
  // Hash the float32 bit patterns (what a glTF stores), so equal positions hash equally.
  const bits = new Float32Array(3);
  const words = new Uint32Array(bits.buffer);
  for (let v = 0; v < vertexCount; v++) {
    const x = positions[3 * v], y = positions[3 * v + 1], z = positions[3 * v + 2];
    bits[0] = x; bits[1] = y; bits[2] = z;
    let slot = (Math.imul(words[0], 0x9e3779b1) ^ Math.imul(words[1], 0x85ebca77) ^ Math.imul(words[2], 0xc2b2ae3d)) & mask;
    for (;;) {
      const other = table[slot];
      if (other === EMPTY) {
        table[slot] = v;
        weldedTo[v] = v;
        break;
      }
      if (positions[3 * other] === x && positions[3 * other + 1] === y && positions[3 * other + 2] === z) {
        weldedTo[v] = other;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return weldedTo;
}
