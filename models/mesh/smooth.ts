/**
 * Taubin smoothing: alternate a shrinking Laplacian step (lambda) with an inflating one
 * (mu), which removes the small staircase of the tetrahedral mesher without shrinking the
 * figure the way plain Laplacian smoothing does.
 */
import type { Adjacency } from './topology.js';

export function taubinSmooth(
  positions: Float64Array,
  adjacency: Adjacency,
  iterations: number,
  lambda = 0.5,
  mu = -0.53,
): void {
  const n = positions.length / 3;
  const next = new Float64Array(positions.length);
  const { start, adj } = adjacency;
  for (let it = 0; it < iterations * 2; it++) {
    const f = it % 2 === 0 ? lambda : mu;
    for (let v = 0; v < n; v++) {
      const s = start[v];
      const e = start[v + 1];
      let sx = 0;
      let sy = 0;
      let sz = 0;
      for (let i = s; i < e; i++) {
        const u = adj[i] * 3;
        sx += positions[u];
        sy += positions[u + 1];
        sz += positions[u + 2];
      }
      const c = e - s;
      const o = v * 3;
      if (c === 0) {
        next[o] = positions[o];
        next[o + 1] = positions[o + 1];
        next[o + 2] = positions[o + 2];
        continue;
      }
      next[o] = positions[o] + f * (sx / c - positions[o]);
      next[o + 1] = positions[o + 1] + f * (sy / c - positions[o + 1]);
      next[o + 2] = positions[o + 2] + f * (sz / c - positions[o + 2]);
    }
    positions.set(next);
  }
}
