/** Meshes built in code for geometry and placement tests: no files, known answers. */

export interface Mesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so failures reproduce. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A closed ellipsoid with radii (rx, ry, rz) around `center`, wound counter-clockwise seen
 * from outside. `rings` × `segments` quads, poles as fans: 2·segments·(rings − 1) triangles.
 */
export function ellipsoid(
  rings: number, segments: number,
  radii = { x: 1, y: 1, z: 1 }, center = { x: 0, y: 0, z: 0 },
): Mesh {
  const positions: number[] = [];
  const indices: number[] = [];
  // Poles first, then rings from the top down.
  positions.push(center.x, center.y + radii.y, center.z);
  positions.push(center.x, center.y - radii.y, center.z);
  for (let r = 1; r < rings; r++) {
    const polar = (Math.PI * r) / rings;
    for (let s = 0; s < segments; s++) {
      const azimuth = (2 * Math.PI * s) / segments;
      positions.push(
        center.x + radii.x * Math.sin(polar) * Math.sin(azimuth),
        center.y + radii.y * Math.cos(polar),
        center.z + radii.z * Math.sin(polar) * Math.cos(azimuth),
      );
    }
  }
  const vertex = (r: number, s: number) => 2 + (r - 1) * segments + (s % segments);
  for (let s = 0; s < segments; s++) {
    indices.push(0, vertex(1, s), vertex(1, s + 1));
    indices.push(1, vertex(rings - 1, s + 1), vertex(rings - 1, s));
  }
  for (let r = 1; r < rings - 1; r++) {
    for (let s = 0; s < segments; s++) {
      const a = vertex(r, s), b = vertex(r, s + 1), c = vertex(r + 1, s), d = vertex(r + 1, s + 1);
      indices.push(a, c, b, b, c, d);
    }
  }
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices) };
}

/** Unconnected random triangles in a box: the worst case for a BVH, good for brute-force checks. */
export function triangleSoup(count: number, random: () => number, size = 1, maxEdge = 0.2): Mesh {
  const positions = new Float32Array(count * 9);
  const indices = new Uint32Array(count * 3);
  for (let t = 0; t < count; t++) {
    const cx = (random() - 0.5) * size, cy = (random() - 0.5) * size, cz = (random() - 0.5) * size;
    for (let corner = 0; corner < 3; corner++) {
      positions[9 * t + 3 * corner] = cx + (random() - 0.5) * maxEdge;
      positions[9 * t + 3 * corner + 1] = cy + (random() - 0.5) * maxEdge;
      positions[9 * t + 3 * corner + 2] = cz + (random() - 0.5) * maxEdge;
      indices[3 * t + corner] = 3 * t + corner;
    }
  }
  return { positions, indices };
}

/** Several meshes as one (indices shifted). */
export function mergeMeshes(...meshes: Mesh[]): Mesh {
  const positions = new Float32Array(meshes.reduce((n, m) => n + m.positions.length, 0));
  const indices = new Uint32Array(meshes.reduce((n, m) => n + m.indices.length, 0));
  let p = 0, i = 0;
  for (const m of meshes) {
    positions.set(m.positions, p);
    for (let k = 0; k < m.indices.length; k++) indices[i + k] = m.indices[k] + p / 3;
    p += m.positions.length;
    i += m.indices.length;
  }
  return { positions, indices };
}
