/**
 * The two per-triangle tests the surface queries are built on, on raw numbers so the BVH
 * loops allocate nothing. Triangles are read from a flat array, 9 numbers each.
 */

/**
 * Closest point of triangle `t` to (px, py, pz), after Ericson, "Real-Time Collision
 * Detection", 5.1.5: find the Voronoi region of the point, then project.
 * Writes x, y, z and the barycentric weights of corners a, b, c into `out[0..5]`
 * and returns the squared distance.
 */
export function closestPointOnTriangle(
  tris: Float64Array, t: number, px: number, py: number, pz: number, out: Float64Array,
): number {
  const o = 9 * t;
  const ax = tris[o], ay = tris[o + 1], az = tris[o + 2];
  const abx = tris[o + 3] - ax, aby = tris[o + 4] - ay, abz = tris[o + 5] - az;
  const acx = tris[o + 6] - ax, acy = tris[o + 7] - ay, acz = tris[o + 8] - az;
  const apx = px - ax, apy = py - ay, apz = pz - az;

  let wa: number, wb: number, wc: number;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  const bpx = apx - abx, bpy = apy - aby, bpz = apz - abz;
  const d3 = abx * bpx + aby * bpy + abz * bpz;
  const d4 = acx * bpx + acy * bpy + acz * bpz;
  const cpx = apx - acx, cpy = apy - acy, cpz = apz - acz;
  const d5 = abx * cpx + aby * cpy + abz * cpz;
  const d6 = acx * cpx + acy * cpy + acz * cpz;
  const vc = d1 * d4 - d3 * d2;
  const vb = d5 * d2 - d1 * d6;
  const va = d3 * d6 - d5 * d4;

  if (d1 <= 0 && d2 <= 0) {
    wa = 1; wb = 0; wc = 0; // vertex a
  } else if (d3 >= 0 && d4 <= d3) {
    wa = 0; wb = 1; wc = 0; // vertex b
  } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3); // edge ab
    wa = 1 - v; wb = v; wc = 0;
  } else if (d6 >= 0 && d5 <= d6) {
    wa = 0; wb = 0; wc = 1; // vertex c
  } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6); // edge ac
    wa = 1 - w; wb = 0; wc = w;
  } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / ((d4 - d3) + (d5 - d6)); // edge bc
    wa = 0; wb = 1 - w; wc = w;
  } else {
    const denom = 1 / (va + vb + vc); // inside the face
    wb = vb * denom;
    wc = vc * denom;
    wa = 1 - wb - wc;
  }
  const qx = ax + abx * wb + acx * wc;
  const qy = ay + aby * wb + acy * wc;
  const qz = az + abz * wb + acz * wc;
  out[0] = qx; out[1] = qy; out[2] = qz;
  out[3] = wa; out[4] = wb; out[5] = wc;
  const dx = px - qx, dy = py - qy, dz = pz - qz;
  return dx * dx + dy * dy + dz * dz;
}

/**
 * Ray-triangle intersection, Möller-Trumbore, both faces. Returns the ray parameter of the
 * hit, or -1 for a miss; on a hit writes the barycentric weights of b and c to `out[0..1]`.
 */
export function intersectRayTriangle(
  tris: Float64Array, t: number,
  ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  out: Float64Array,
): number {
  const o = 9 * t;
  const ax = tris[o], ay = tris[o + 1], az = tris[o + 2];
  const e1x = tris[o + 3] - ax, e1y = tris[o + 4] - ay, e1z = tris[o + 5] - az;
  const e2x = tris[o + 6] - ax, e2y = tris[o + 7] - ay, e2z = tris[o + 8] - az;
  const px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
  const det = e1x * px + e1y * py + e1z * pz;
  if (det === 0 || !Number.isFinite(det)) return -1;
  const inv = 1 / det;
  const sx = ox - ax, sy = oy - ay, sz = oz - az;
  const u = (sx * px + sy * py + sz * pz) * inv;
  if (u < 0 || u > 1) return -1;
  const qx = sy * e1z - sz * e1y, qy = sz * e1x - sx * e1z, qz = sx * e1y - sy * e1x;
  const v = (dx * qx + dy * qy + dz * qz) * inv;
  if (v < 0 || u + v > 1) return -1;
  const hit = (e2x * qx + e2y * qy + e2z * qz) * inv;
  if (hit < 0) return -1;
  out[0] = u;
  out[1] = v;
  return hit;
}
