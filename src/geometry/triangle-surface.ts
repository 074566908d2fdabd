/**
 * Queries against a triangle mesh (the body's skin): the closest skin point to a point and
 * the first skin hit along a ray. Backed by a BVH in typed arrays, so the widget can raycast
 * every frame (marker occlusion, click picking) and placement can snap thousands of times.
 *
 * Only the queries are here: building the index (surface-index.ts, `surfaceOf`) is another
 * module, so the page that gets its index from the worker never downloads the builder twice.
 */
import type { Bvh } from './bvh.js';
import { closestPointOnTriangle, intersectRayTriangle } from './triangle-queries.js';
import type { Vec3 } from './vec3.js';

export interface SurfacePoint {
  point: Vec3;
  /** Unit, outward: the interpolated vertex normal, or the face normal where that is degenerate. */
  normal: Vec3;
  distance: number;
}

export interface RayHit {
  /** Along the ray, in the units of `direction` (metres for a unit direction). */
  distance: number;
  point: Vec3;
  /** Unit, outward (not flipped toward the ray): tells front from back faces. */
  normal: Vec3;
  /** Index of the hit triangle in the input `indices` (triangle i = indices[3i..3i+2]). */
  triangle: number;
}

/** Stand-in for a zero ray-direction component, so slab tests never compute 0 * Infinity. */
const TINY_DIRECTION = 1e-30;

/**
 * Everything the queries need, derived from the mesh once: plain typed arrays, so a worker
 * can build them and hand them over (surface-builder.ts).
 */
export interface SurfaceIndex {
  bvh: Bvh;
  /** Vertex indices of each triangle, in BVH order. */
  corners: Uint32Array;
  vertexNormals: Float32Array;
}

export class TriangleSurface {
  readonly triangleCount: number;
  private readonly bvh: Bvh;
  /** Vertex indices of each triangle, in BVH order. */
  private readonly corners: Uint32Array;
  private readonly vertexNormals: Float32Array;
  private readonly nodeStack: Uint32Array;
  private readonly nearStack: Float64Array;
  private readonly scratch = new Float64Array(6);

  /** Queries over an index built by surface-index.ts (here, in slices, or in the worker). */
  constructor(index: SurfaceIndex) {
    this.bvh = index.bvh;
    this.corners = index.corners;
    this.vertexNormals = index.vertexNormals;
    this.triangleCount = index.corners.length / 3;
    // Depth-first traversal keeps at most one pending sibling per level.
    this.nodeStack = new Uint32Array(this.bvh.depth + 2);
    this.nearStack = new Float64Array(this.bvh.depth + 2);
  }

  /** The mesh's axis-aligned bounding box. */
  get bounds(): { min: Vec3; max: Vec3 } {
    const b = this.bvh.bounds;
    return { min: { x: b[0], y: b[1], z: b[2] }, max: { x: b[3], y: b[4], z: b[5] } };
  }

  closestPoint(p: Vec3): SurfacePoint {
    const { bounds, info, triangles } = this.bvh;
    const px = p.x, py = p.y, pz = p.z;
    if (!Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(pz)) {
      throw new Error(`closestPoint: not a finite point (${px}, ${py}, ${pz})`);
    }
    const scratch = this.scratch;
    const nodes = this.nodeStack;
    const nears = this.nearStack;
    let bestD2 = Infinity;
    let bestTri = -1;
    let bx = 0, by = 0, bz = 0, bwa = 0, bwb = 0, bwc = 0;

    nodes[0] = 0;
    nears[0] = boxDistanceSquared(bounds, 0, px, py, pz);
    let top = 1;
    while (top > 0) {
      top--;
      if (nears[top] >= bestD2) continue;
      const node = nodes[top];
      const count = info[2 * node + 1];
      if (count > 0) {
        const first = info[2 * node];
        for (let t = first; t < first + count; t++) {
          const d2 = closestPointOnTriangle(triangles, t, px, py, pz, scratch);
          if (d2 < bestD2) {
            bestD2 = d2;
            bestTri = t;
            bx = scratch[0]; by = scratch[1]; bz = scratch[2];
            bwa = scratch[3]; bwb = scratch[4]; bwc = scratch[5];
          }
        }
        continue;
      }
      const left = node + 1;
      const right = info[2 * node];
      const dl = boxDistanceSquared(bounds, left, px, py, pz);
      const dr = boxDistanceSquared(bounds, right, px, py, pz);
      // Push the farther child first so the nearer one is searched first and prunes more.
      if (dl <= dr) {
        if (dr < bestD2) { nodes[top] = right; nears[top] = dr; top++; }
        if (dl < bestD2) { nodes[top] = left; nears[top] = dl; top++; }
      } else {
        if (dl < bestD2) { nodes[top] = left; nears[top] = dl; top++; }
        if (dr < bestD2) { nodes[top] = right; nears[top] = dr; top++; }
      }
    }

    return {
      point: { x: bx, y: by, z: bz },
      normal: this.normalAt(bestTri, bwa, bwb, bwc),
      distance: Math.sqrt(bestD2),
    };
  }

  /**
   * The first surface hit along the ray within `maxDistance` (both faces count), or null.
   * `direction` should be unit length for `distance` to be in metres.
   */
  raycast(origin: Vec3, direction: Vec3, maxDistance = Infinity): RayHit | null {
    const { bounds, info, triangles } = this.bvh;
    const ox = origin.x, oy = origin.y, oz = origin.z;
    const dx = direction.x, dy = direction.y, dz = direction.z;
    const ix = 1 / (dx === 0 ? TINY_DIRECTION : dx);
    const iy = 1 / (dy === 0 ? TINY_DIRECTION : dy);
    const iz = 1 / (dz === 0 ? TINY_DIRECTION : dz);
    const scratch = this.scratch;
    const nodes = this.nodeStack;
    const nears = this.nearStack;
    let best = maxDistance;
    let bestTri = -1;
    let bu = 0, bv = 0;

    const rootNear = rayBoxEntry(bounds, 0, ox, oy, oz, ix, iy, iz, best);
    if (rootNear < 0) return null;
    nodes[0] = 0;
    nears[0] = rootNear;
    let top = 1;
    while (top > 0) {
      top--;
      if (nears[top] > best) continue;
      const node = nodes[top];
      const count = info[2 * node + 1];
      if (count > 0) {
        const first = info[2 * node];
        for (let t = first; t < first + count; t++) {
          const hit = intersectRayTriangle(triangles, t, ox, oy, oz, dx, dy, dz, scratch);
          if (hit >= 0 && hit <= best) {
            best = hit;
            bestTri = t;
            bu = scratch[0];
            bv = scratch[1];
          }
        }
        continue;
      }
      const left = node + 1;
      const right = info[2 * node];
      const tl = rayBoxEntry(bounds, left, ox, oy, oz, ix, iy, iz, best);
      const tr = rayBoxEntry(bounds, right, ox, oy, oz, ix, iy, iz, best);
      if (tl >= 0 && tr >= 0) {
        if (tl <= tr) {
          nodes[top] = right; nears[top] = tr; top++;
          nodes[top] = left; nears[top] = tl; top++;
        } else {
          nodes[top] = left; nears[top] = tl; top++;
          nodes[top] = right; nears[top] = tr; top++;
        }
      } else if (tl >= 0) {
        nodes[top] = left; nears[top] = tl; top++;
      } else if (tr >= 0) {
        nodes[top] = right; nears[top] = tr; top++;
      }
    }
    if (bestTri < 0) return null;
    return {
      distance: best,
      point: { x: ox + dx * best, y: oy + dy * best, z: oz + dz * best },
      normal: this.normalAt(bestTri, 1 - bu - bv, bu, bv),
      triangle: this.bvh.triangleIds[bestTri],
    };
  }

  /** Normal at barycentric (wa, wb, wc) of BVH-order triangle `t`. */
  private normalAt(t: number, wa: number, wb: number, wc: number): Vec3 {
    const n = this.vertexNormals;
    const a = 3 * this.corners[3 * t], b = 3 * this.corners[3 * t + 1], c = 3 * this.corners[3 * t + 2];
    const x = n[a] * wa + n[b] * wb + n[c] * wc;
    const y = n[a + 1] * wa + n[b + 1] * wb + n[c + 1] * wc;
    const z = n[a + 2] * wa + n[b + 2] * wb + n[c + 2] * wc;
    const len = Math.hypot(x, y, z);
    // Opposing vertex normals (a knife edge) can cancel; the face normal is then the honest answer.
    if (len > 1e-6) return { x: x / len, y: y / len, z: z / len };
    return this.faceNormal(t);
  }

  private faceNormal(t: number): Vec3 {
    const tris = this.bvh.triangles;
    const o = 9 * t;
    const e1x = tris[o + 3] - tris[o], e1y = tris[o + 4] - tris[o + 1], e1z = tris[o + 5] - tris[o + 2];
    const e2x = tris[o + 6] - tris[o], e2y = tris[o + 7] - tris[o + 1], e2z = tris[o + 8] - tris[o + 2];
    const x = e1y * e2z - e1z * e2y, y = e1z * e2x - e1x * e2z, z = e1x * e2y - e1y * e2x;
    const len = Math.hypot(x, y, z);
    return len > 0 ? { x: x / len, y: y / len, z: z / len } : { x: 0, y: 1, z: 0 };
  }
}

function boxDistanceSquared(bounds: Float64Array, node: number, px: number, py: number, pz: number): number {
  const o = 6 * node;
  const dx = Math.max(bounds[o] - px, 0, px - bounds[o + 3]);
  const dy = Math.max(bounds[o + 1] - py, 0, py - bounds[o + 4]);
  const dz = Math.max(bounds[o + 2] - pz, 0, pz - bounds[o + 5]);
  return dx * dx + dy * dy + dz * dz;
}

/** Where the ray enters the node's box (0 if it starts inside), or -1 if it misses within `limit`. */
function rayBoxEntry(
  bounds: Float64Array, node: number,
  ox: number, oy: number, oz: number, ix: number, iy: number, iz: number, limit: number,
): number {
  const o = 6 * node;
  let t0 = (bounds[o] - ox) * ix, t1 = (bounds[o + 3] - ox) * ix;
  let near = Math.min(t0, t1), far = Math.max(t0, t1);
  t0 = (bounds[o + 1] - oy) * iy; t1 = (bounds[o + 4] - oy) * iy;
  near = Math.max(near, Math.min(t0, t1)); far = Math.min(far, Math.max(t0, t1));
  t0 = (bounds[o + 2] - oz) * iz; t1 = (bounds[o + 5] - oz) * iz;
  near = Math.max(near, Math.min(t0, t1)); far = Math.min(far, Math.max(t0, t1));
  // Slack for rounding: a flat, axis-aligned triangle has a box of zero thickness.
  far += Math.abs(far) * 1e-12 + 1e-15;
  if (far < near || far < 0 || near > limit) return -1;
  return Math.max(near, 0);
}
