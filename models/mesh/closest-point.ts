/**
 * Closest point on a triangle mesh, for snapping landmarks onto the final surface.
 * Brute force over triangles, pruned by each triangle's bounding sphere: fine for the
 * hundred-odd landmarks the model has.
 */

export interface MeshView {
  positions: ArrayLike<number>;
  indices: ArrayLike<number>;
}

export function closestPointOnMesh(mesh: MeshView, p: readonly [number, number, number]): { point: [number, number, number]; distance: number } {
  const P = mesh.positions;
  const I = mesh.indices;
  let best = Infinity;
  let bx = 0;
  let by = 0;
  let bz = 0;
  const out = new Float64Array(3);
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t] * 3;
    const b = I[t + 1] * 3;
    const c = I[t + 2] * 3;
    // Cheap rejection: distance to the centroid minus the farthest vertex from it.
    const cx = (P[a] + P[b] + P[c]) / 3;
    const cy = (P[a + 1] + P[b + 1] + P[c + 1]) / 3;
    const cz = (P[a + 2] + P[b + 2] + P[c + 2]) / 3;
    const r = Math.sqrt(
      Math.max(
        (P[a] - cx) ** 2 + (P[a + 1] - cy) ** 2 + (P[a + 2] - cz) ** 2,
        (P[b] - cx) ** 2 + (P[b + 1] - cy) ** 2 + (P[b + 2] - cz) ** 2,
        (P[c] - cx) ** 2 + (P[c + 1] - cy) ** 2 + (P[c + 2] - cz) ** 2,
      ),
    );
    const dc = Math.sqrt((p[0] - cx) ** 2 + (p[1] - cy) ** 2 + (p[2] - cz) ** 2);
    if (dc - r >= best) continue;
    closestOnTriangle(p, P, a, b, c, out);
    const d = Math.sqrt((p[0] - out[0]) ** 2 + (p[1] - out[1]) ** 2 + (p[2] - out[2]) ** 2);
    if (d < best) {
      best = d;
      bx = out[0];
      by = out[1];
      bz = out[2];
    }
  }
  return { point: [bx, by, bz], distance: best };
}

/** Closest point on triangle (a, b, c) to p, by Voronoi regions (Ericson, Real-Time Collision Detection 5.1.5). */
function closestOnTriangle(p: readonly number[], P: ArrayLike<number>, a: number, b: number, c: number, out: Float64Array): void {
  const ax = P[a], ay = P[a + 1], az = P[a + 2];
  const abx = P[b] - ax, aby = P[b + 1] - ay, abz = P[b + 2] - az;
  const acx = P[c] - ax, acy = P[c + 1] - ay, acz = P[c + 2] - az;
  const apx = p[0] - ax, apy = p[1] - ay, apz = p[2] - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  const set = (u: number, v: number) => {
    out[0] = ax + abx * u + acx * v;
    out[1] = ay + aby * u + acy * v;
    out[2] = az + abz * u + acz * v;
  };
  if (d1 <= 0 && d2 <= 0) return set(0, 0);
  const bpx = p[0] - P[b], bpy = p[1] - P[b + 1], bpz = p[2] - P[b + 2];
  const d3 = abx * bpx + aby * bpy + abz * bpz;
  const d4 = acx * bpx + acy * bpy + acz * bpz;
  if (d3 >= 0 && d4 <= d3) return set(1, 0);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return set(d1 / (d1 - d3), 0);
  const cpx = p[0] - P[c], cpy = p[1] - P[c + 1], cpz = p[2] - P[c + 2];
  const d5 = abx * cpx + aby * cpy + abz * cpz;
  const d6 = acx * cpx + acy * cpy + acz * cpz;
  if (d6 >= 0 && d5 <= d6) return set(0, 1);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return set(0, d2 / (d2 - d6));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return set(1 - w, w);
  }
  const denom = 1 / (va + vb + vc);
  set(vb * denom, vc * denom);
}
