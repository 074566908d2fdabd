/**
 * Puts a point of a landmark-to-landmark line onto the skin without sliding it along the line.
 *
 * Two skin landmarks on a convex part of the body (trochanter and sacral hiatus, fold and
 * crease) are joined by a chord that runs under the skin, centimetres deep on the buttock.
 * The nearest skin point to "a third of the way" then lies off to one side, and the third
 * becomes a quarter. Instead, the skin is searched in the plane perpendicular to the line,
 * along the landmarks' mean outward normal (both ways: the line may run outside the skin
 * over a hollow), so the point keeps its fraction of the line, as when a practitioner
 * divides the line traced over the skin.
 */
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { add, dot, normalize, scale, sub, type Vec3 } from '../geometry/vec3.js';

/** Below this, the normals give no usable "outward" across the line. */
const DEGENERATE = 0.05;
/** The farthest the skin may be from the line, as a share of the line's length (and at least 3 cm). */
const REACH_SHARE = 0.5;
const MIN_REACH = 0.03;

export function snapAcrossLine(
  surface: TriangleSurface,
  target: Vec3,
  from: Vec3,
  to: Vec3,
): { point: Vec3; normal: Vec3 } {
  const line = sub(to, from);
  const direction = normalize(line);
  const outwardSum = add(surface.closestPoint(from).normal, surface.closestPoint(to).normal);
  const across = direction
    ? normalize(sub(outwardSum, scale(direction, dot(outwardSum, direction))), DEGENERATE)
    : null;
  if (direction && across) {
    const reach = Math.max(MIN_REACH, REACH_SHARE * Math.sqrt(dot(line, line)));
    const outward = surface.raycast(target, across, reach);
    const inward = surface.raycast(target, scale(across, -1), reach);
    const hit = !outward ? inward : !inward ? outward : outward.distance <= inward.distance ? outward : inward;
    if (hit) return { point: hit.point, normal: hit.normal };
  }
  // Landmarks facing opposite ways (no common outward), or no skin within reach.
  const nearest = surface.closestPoint(target);
  return { point: nearest.point, normal: nearest.normal };
}
