/**
 * From the dense mesher output to the shipped surface: simplify with meshoptimizer, then
 * put every vertex back onto the implicit surface (Newton steps along the field gradient)
 * and take the normals from the field gradient, which shades more smoothly than averaged
 * face normals.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Field } from '../field/field.js';
import { compact } from './topology.js';

export async function simplify(
  positions: Float64Array,
  indices: Uint32Array,
  targetTriangles: number,
  maxError: number,
): Promise<{ positions: Float64Array; indices: Uint32Array; error: number }> {
  await MeshoptSimplifier.ready;
  const pos32 = Float32Array.from(positions);
  const [out, error] = MeshoptSimplifier.simplify(indices, pos32, 3, targetTriangles * 3, maxError, ['ErrorAbsolute']);
  const c = compact(positions, removeFins(out));
  return { ...c, error };
}

/**
 * Edge collapses occasionally leave a "fin": two triangles on the same three vertices
 * facing opposite ways, standing on the surface. They enclose nothing, so dropping both
 * restores a closed 2-manifold.
 */
export function removeFins(indices: Uint32Array): Uint32Array {
  const seen = new Map<string, number>();
  const drop = new Uint8Array(indices.length / 3);
  for (let t = 0; t < indices.length / 3; t++) {
    const a = indices[t * 3];
    const b = indices[t * 3 + 1];
    const c = indices[t * 3 + 2];
    const key = [a, b, c].sort((p, q) => p - q).join(',');
    const other = seen.get(key);
    if (other !== undefined && drop[other] === 0) {
      drop[other] = 1;
      drop[t] = 1;
      seen.delete(key);
    } else {
      seen.set(key, t);
    }
  }
  const kept: number[] = [];
  for (let t = 0; t < drop.length; t++) {
    if (!drop[t]) kept.push(indices[t * 3], indices[t * 3 + 1], indices[t * 3 + 2]);
  }
  return Uint32Array.from(kept);
}

/** Moves each vertex onto the zero set of the field; a step never exceeds `maxStep`. */
export function projectToSurface(field: Field, positions: Float64Array, iterations: number, maxStep: number): void {
  for (let v = 0; v < positions.length; v += 3) {
    let x = positions[v];
    let y = positions[v + 1];
    let z = positions[v + 2];
    for (let i = 0; i < iterations; i++) {
      const f = field.evaluate(x, y, z);
      const [gx, gy, gz] = field.gradient(x, y, z);
      const g2 = gx * gx + gy * gy + gz * gz;
      if (g2 < 1e-12) break;
      let sx = (-f * gx) / g2;
      let sy = (-f * gy) / g2;
      let sz = (-f * gz) / g2;
      const len = Math.hypot(sx, sy, sz);
      if (len > maxStep) {
        sx *= maxStep / len;
        sy *= maxStep / len;
        sz *= maxStep / len;
      }
      x += sx;
      y += sy;
      z += sz;
    }
    positions[v] = x;
    positions[v + 1] = y;
    positions[v + 2] = z;
  }
}

/** Unit normals from the field gradient at each vertex. */
export function fieldNormals(field: Field, positions: Float64Array): Float32Array {
  const normals = new Float32Array(positions.length);
  for (let v = 0; v < positions.length; v += 3) {
    const [gx, gy, gz] = field.gradient(positions[v], positions[v + 1], positions[v + 2], 4e-4);
    const l = Math.hypot(gx, gy, gz) || 1;
    normals[v] = gx / l;
    normals[v + 1] = gy / l;
    normals[v + 2] = gz / l;
  }
  return normals;
}
