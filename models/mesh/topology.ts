/**
 * Mesh bookkeeping: vertex neighbours, unused-vertex removal and a closedness report.
 */

/** Compressed neighbour lists (CSR): neighbours of v are adj[start[v] .. start[v+1]). */
export interface Adjacency {
  start: Uint32Array;
  adj: Uint32Array;
}

/**
 * Each triangle lists, for each of its corners, the two other corners. On a closed
 * manifold every edge belongs to two triangles, so every neighbour appears exactly twice:
 * uniform weights stay uniform without de-duplicating.
 */
export function vertexAdjacency(vertexCount: number, indices: Uint32Array): Adjacency {
  const start = new Uint32Array(vertexCount + 1);
  for (let i = 0; i < indices.length; i++) start[indices[i] + 1] += 2;
  for (let v = 0; v < vertexCount; v++) start[v + 1] += start[v];
  const fill = start.slice(0, vertexCount);
  const adj = new Uint32Array(start[vertexCount]);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t];
    const b = indices[t + 1];
    const c = indices[t + 2];
    adj[fill[a]++] = b;
    adj[fill[a]++] = c;
    adj[fill[b]++] = c;
    adj[fill[b]++] = a;
    adj[fill[c]++] = a;
    adj[fill[c]++] = b;
  }
  return { start, adj };
}

/** Drops vertices no triangle uses; returns the new arrays (positions stride 3). */
export function compact(
  positions: Float64Array,
  indices: Uint32Array,
): { positions: Float64Array<ArrayBuffer>; indices: Uint32Array<ArrayBuffer> } {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  let next = 0;
  const out = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i];
    if (remap[v] < 0) remap[v] = next++;
    out[i] = remap[v];
  }
  const pos = new Float64Array(next * 3);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v];
    if (r < 0) continue;
    pos[r * 3] = positions[v * 3];
    pos[r * 3 + 1] = positions[v * 3 + 1];
    pos[r * 3 + 2] = positions[v * 3 + 2];
  }
  return { positions: pos, indices: out };
}

export interface ClosednessReport {
  /** Edges used by a number of triangles other than two. */
  openOrBranchingEdges: number;
  /** Edges both of whose triangles run it the same way (inconsistent winding). */
  misorientedEdges: number;
  /** Triangles with a repeated vertex or (near) zero area. */
  degenerateTriangles: number;
}

export function closedness(positions: ArrayLike<number>, indices: ArrayLike<number>, minArea = 1e-10): ClosednessReport {
  // Directed edge a->b counted under key (min, max) with a sign telling the direction.
  const uses = new Map<number, { count: number; forward: number }>();
  let vertexCount = 0;
  for (let i = 0; i < indices.length; i++) vertexCount = Math.max(vertexCount, indices[i] + 1);
  let degenerate = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const tri = [indices[t], indices[t + 1], indices[t + 2]];
    if (tri[0] === tri[1] || tri[1] === tri[2] || tri[0] === tri[2]) degenerate++;
    else {
      const p = tri.map((v) => [positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2]]);
      const e1 = [p[1][0] - p[0][0], p[1][1] - p[0][1], p[1][2] - p[0][2]];
      const e2 = [p[2][0] - p[0][0], p[2][1] - p[0][1], p[2][2] - p[0][2]];
      const cx = e1[1] * e2[2] - e1[2] * e2[1];
      const cy = e1[2] * e2[0] - e1[0] * e2[2];
      const cz = e1[0] * e2[1] - e1[1] * e2[0];
      if (Math.hypot(cx, cy, cz) / 2 < minArea) degenerate++;
    }
    for (let e = 0; e < 3; e++) {
      const a = tri[e];
      const b = tri[(e + 1) % 3];
      const key = a < b ? a * vertexCount + b : b * vertexCount + a;
      const u = uses.get(key) ?? { count: 0, forward: 0 };
      u.count++;
      if (a < b) u.forward++;
      uses.set(key, u);
    }
  }
  let open = 0;
  let mis = 0;
  for (const u of uses.values()) {
    if (u.count !== 2) open++;
    else if (u.forward !== 1) mis++;
  }
  return { openOrBranchingEdges: open, misorientedEdges: mis, degenerateTriangles: degenerate };
}
