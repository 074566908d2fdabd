/**
 * From the dense mesher output to the shipped surface: simplify with meshoptimizer, then
 * put every vertex back onto the implicit surface (Newton steps along the field gradient)
 * and take the normals from the field gradient, which shades more smoothly than averaged
 * face normals.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Field } from '../field/field.js';
import { compact, vertexAdjacency } from './topology.js';

/** Dense vertices this close to a place where a collapse broke the surface stay put on the retry (m). */
const LOCK_RADIUS = 0.006;
const SIMPLIFY_ATTEMPTS = 4;

/**
 * meshoptimizer collapses edges without checking the link condition, so across a narrow
 * gap (between toes or fingers) a collapse can join two sheets along an edge. When that
 * happens, the dense vertices around the joined edge are locked and the whole
 * simplification runs again; locking is deterministic, so the output is too.
 *
 * `keepDense` marks a region whose dense vertices are locked from the start, so it keeps
 * the mesher's resolution (the face: its features are a few millimetres across, and
 * simplified triangles there spanned the side of the nose and the lip corners, showing as
 * jagged edges and notches in a close-up).
 */
export async function simplify(
  positions: Float64Array,
  indices: Uint32Array,
  targetTriangles: number,
  maxError: number,
  keepDense?: (x: number, y: number, z: number) => boolean,
): Promise<{ positions: Float64Array<ArrayBuffer>; indices: Uint32Array<ArrayBuffer>; error: number }> {
  const vertexCount = positions.length / 3;
  const lock = new Uint8Array(vertexCount);
  if (keepDense) {
    for (let v = 0; v < vertexCount; v++) {
      if (keepDense(positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2])) lock[v] = 1;
    }
  }
  const { triangles, error } = await simplifyTriangles(positions, indices, targetTriangles, maxError, lock);
  return { ...compact(positions, triangles), error };
}

/**
 * The simplification itself: fewer triangles over a subset of the same vertices (numbered
 * as they were; nothing is compacted), a closed 2-manifold again. `lock` marks vertices that
 * must stay (it grows where a collapse broke the surface, see above).
 */
export async function simplifyTriangles(
  positions: ArrayLike<number>,
  indices: Uint32Array,
  targetTriangles: number,
  maxError: number,
  lock: Uint8Array,
): Promise<{ triangles: Uint32Array; error: number }> {
  await MeshoptSimplifier.ready;
  const pos32 = Float32Array.from(positions);
  const noAttributes = new Float32Array(0);
  for (let attempt = 0; attempt < SIMPLIFY_ATTEMPTS; attempt++) {
    const [out, error] = MeshoptSimplifier.simplifyWithAttributes(
      indices,
      pos32,
      3,
      noAttributes,
      0,
      [],
      lock,
      targetTriangles * 3,
      maxError,
      ['ErrorAbsolute'],
    );
    const triangles = removeFins(out);
    const broken = verticesOnNonManifoldEdges(triangles);
    if (broken.length === 0) return { triangles, error };
    lockAround(positions, broken, LOCK_RADIUS, lock);
  }
  throw new Error(`simplification still joins sheets after ${SIMPLIFY_ATTEMPTS} attempts`);
}

/** Vertices of the edges used by other than two triangles. */
function verticesOnNonManifoldEdges(indices: Uint32Array): number[] {
  const uses = new Map<number, number>();
  let vertexCount = 0;
  for (let i = 0; i < indices.length; i++) vertexCount = Math.max(vertexCount, indices[i] + 1);
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e];
      const b = indices[t + ((e + 1) % 3)];
      const key = a < b ? a * vertexCount + b : b * vertexCount + a;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<number>();
  for (const [key, count] of uses) {
    if (count === 2) continue;
    out.add(Math.floor(key / vertexCount));
    out.add(key % vertexCount);
  }
  return [...out].sort((p, q) => p - q);
}

function lockAround(positions: ArrayLike<number>, centres: number[], radius: number, lock: Uint8Array): void {
  const r2 = radius * radius;
  for (const c of centres) {
    const cx = positions[c * 3];
    const cy = positions[c * 3 + 1];
    const cz = positions[c * 3 + 2];
    for (let v = 0; v < lock.length; v++) {
      const dx = positions[v * 3] - cx;
      const dy = positions[v * 3 + 1] - cy;
      const dz = positions[v * 3 + 2] - cz;
      if (dx * dx + dy * dy + dz * dz <= r2) lock[v] = 1;
    }
  }
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

/**
 * Tangential relaxation on the surface: each vertex moves toward the centroid of its
 * neighbours within its tangent plane, then back onto the surface. Evens out the
 * triangles the simplifier leaves and undoes the few it folds over, without moving the
 * skin.
 */
export function relaxOnSurface(field: Field, positions: Float64Array, indices: Uint32Array, iterations: number, maxStep: number): void {
  const { start, adj } = vertexAdjacency(positions.length / 3, indices);
  const next = new Float64Array(positions.length);
  const g = new Float64Array(3);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < positions.length / 3; v++) {
      const o = v * 3;
      const x = positions[o];
      const y = positions[o + 1];
      const z = positions[o + 2];
      let cx = 0;
      let cy = 0;
      let cz = 0;
      const s = start[v];
      const e = start[v + 1];
      for (let i = s; i < e; i++) {
        const u = adj[i] * 3;
        cx += positions[u];
        cy += positions[u + 1];
        cz += positions[u + 2];
      }
      const c = Math.max(1, e - s);
      let dx = cx / c - x;
      let dy = cy / c - y;
      let dz = cz / c - z;
      gradient4(field, x, y, z, g);
      const gl = Math.hypot(g[0], g[1], g[2]) || 1;
      const nx = g[0] / gl;
      const ny = g[1] / gl;
      const nz = g[2] / gl;
      const along = dx * nx + dy * ny + dz * nz;
      dx -= along * nx;
      dy -= along * ny;
      dz -= along * nz;
      let px = x + dx;
      let py = y + dy;
      let pz = z + dz;
      // One Newton step back onto the surface along the (unit) normal.
      let step = -field.evaluate(px, py, pz) / gl;
      step = Math.max(-maxStep, Math.min(maxStep, step));
      px += step * g[0];
      py += step * g[1];
      pz += step * g[2];
      next[o] = px;
      next[o + 1] = py;
      next[o + 2] = pz;
    }
    positions.set(next);
  }
}

/** Gradient from four samples at the corners of a tetrahedron (not normalized). */
function gradient4(field: Field, x: number, y: number, z: number, out: Float64Array, h = 3e-4): void {
  const a = field.evaluate(x + h, y - h, z - h);
  const b = field.evaluate(x - h, y - h, z + h);
  const c = field.evaluate(x - h, y + h, z - h);
  const d = field.evaluate(x + h, y + h, z + h);
  const k = 1 / (4 * h);
  out[0] = (a - b - c + d) * k;
  out[1] = (-a - b + c + d) * k;
  out[2] = (-a + b - c + d) * k;
}

/** Unit normals from the field gradient at each vertex. */
export function fieldNormals(field: Field, positions: Float64Array): Float32Array<ArrayBuffer> {
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
