/**
 * Where a straight needle from a skin point meets a structure: the depth of the first
 * crossing of its surface, or, when the line passes beside it, the depth and distance of
 * the closest approach (judged on the structure's vertices, fine for meshes as dense as
 * the anatomy model's).
 */
import type { TriangleSurface } from './triangle-surface.js';
import type { Vec3 } from './vec3.js';

export interface NeedleReach {
  /** Along the needle from the skin point (m). */
  depth: number;
  /** Distance from the needle line at that depth (m): 0 when the needle meets the surface. */
  off: number;
}

export function needleReach(
  from: Vec3,
  direction: Vec3,
  structure: { positions: ArrayLike<number>; surface: TriangleSurface },
  maxDepth = 0.25,
): NeedleReach | null {
  const hit = structure.surface.raycast(from, direction, maxDepth);
  if (hit) return { depth: hit.distance, off: 0 };
  const p = structure.positions;
  let best: NeedleReach | null = null;
  for (let i = 0; i < p.length; i += 3) {
    const dx = p[i] - from.x, dy = p[i + 1] - from.y, dz = p[i + 2] - from.z;
    const t = dx * direction.x + dy * direction.y + dz * direction.z;
    if (t < 0 || t > maxDepth) continue;
    const off = Math.hypot(dx - direction.x * t, dy - direction.y * t, dz - direction.z * t);
    if (!best || off < best.off) best = { depth: t, off };
  }
  return best;
}
