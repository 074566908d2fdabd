/**
 * A closed triangle mesh cut by a plane: the outlines where the plane meets it, as closed
 * loops in the plane's own 2D coordinates. Crossing points are keyed by the mesh edge they
 * lie on, so neighbouring triangles share them exactly and the segments chain into loops.
 */
import type { Vec3 } from './vec3.js';

export interface PlaneFrame {
  origin: Vec3;
  /** In-plane unit axes: 2D x and 2D y. */
  xAxis: Vec3;
  yAxis: Vec3;
}

/** Loops as flat [x0, y0, x1, y1, ...] arrays in metres (plane coordinates). */
export function sectionLoops(positions: ArrayLike<number>, indices: ArrayLike<number>, frame: PlaneFrame): number[][] {
  const { origin: o, xAxis: u, yAxis: v } = frame;
  // Plane normal: u × v.
  const nx = u.y * v.z - u.z * v.y;
  const ny = u.z * v.x - u.x * v.z;
  const nz = u.x * v.y - u.y * v.x;
  const side = (i: number) => (positions[3 * i] - o.x) * nx + (positions[3 * i + 1] - o.y) * ny + (positions[3 * i + 2] - o.z) * nz;
  const points = new Map<string, [number, number]>();
  /** Per edge key, the (up to two) segments that end on it. */
  const ends = new Map<string, number[]>();
  const segments: [string, string][] = [];
  const crossing = (a: number, b: number, sa: number, sb: number): string => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (!points.has(key)) {
      const t = sa / (sa - sb);
      const px = positions[3 * a] + (positions[3 * b] - positions[3 * a]) * t - o.x;
      const py = positions[3 * a + 1] + (positions[3 * b + 1] - positions[3 * a + 1]) * t - o.y;
      const pz = positions[3 * a + 2] + (positions[3 * b + 2] - positions[3 * a + 2]) * t - o.z;
      points.set(key, [px * u.x + py * u.y + pz * u.z, px * v.x + py * v.y + pz * v.z]);
    }
    return key;
  };
  for (let t = 0; t < indices.length; t += 3) {
    const ids = [indices[t], indices[t + 1], indices[t + 2]];
    // A vertex exactly on the plane counts as above it, so every crossing is on an edge.
    const s = ids.map((i) => side(i) || 1e-12);
    const cut: string[] = [];
    for (let e = 0; e < 3; e++) {
      const a = ids[e], b = ids[(e + 1) % 3];
      const sa = s[e], sb = s[(e + 1) % 3];
      if ((sa < 0) !== (sb < 0)) cut.push(crossing(a, b, sa, sb));
    }
    if (cut.length !== 2) continue;
    const id = segments.length;
    segments.push([cut[0], cut[1]]);
    for (const key of cut) {
      const list = ends.get(key);
      if (list) list.push(id);
      else ends.set(key, [id]);
    }
  }
  const used = new Uint8Array(segments.length);
  const loops: number[][] = [];
  for (let start = 0; start < segments.length; start++) {
    if (used[start]) continue;
    used[start] = 1;
    const loop: number[] = [...points.get(segments[start][0])!];
    let key = segments[start][1];
    for (;;) {
      const p = points.get(key)!;
      loop.push(p[0], p[1]);
      const next = (ends.get(key) ?? []).find((id) => !used[id]);
      if (next === undefined) break;
      used[next] = 1;
      key = segments[next][0] === key ? segments[next][1] : segments[next][0];
    }
    if (loop.length >= 6) loops.push(loop);
  }
  return loops;
}
