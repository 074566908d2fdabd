/**
 * A walk over the skin, the way a practitioner measures with their fingers: short steps in the
 * tangent plane, each snapped back onto the surface, until the distance walked over the skin
 * reaches the target. The walk stays in one plane so a direction keeps its meaning:
 * - horizontal directions (lateral, anterior, ...) stay level: the plane is y = start.y, so
 *   "1.5 B-cun lateral at the level of L2" does not drift up or down the curved back;
 * - vertical directions on the midline stay in the sagittal plane, so "3 B-cun below the
 *   umbilicus" stays on the midline even where the skin normal leans a little sideways;
 * - other vertical walks stay in the vertical plane that contains the skin normal at the start
 *   (sagittal on the back, coronal on the side of the leg): straight down the skin.
 */
import { add, cross, distance as distanceBetween, dot, normalize, scale, sub, type Vec3 } from '../geometry/vec3.js';
import type { SurfacePoint, TriangleSurface } from '../geometry/triangle-surface.js';

export interface SurfaceWalk {
  end: Vec3;
  /** Outward skin normal at `end`. */
  normal: Vec3;
  /** Every snapped step, from the start to `end`: draws the measurement over the skin. */
  path: Vec3[];
  /** Metres walked over the skin (the sum of the steps' chords). */
  length: number;
}

/** The plane a walk stays in (see above). */
export type WalkPlane = 'level' | 'sagittal' | 'vertical';

export interface WalkOptions {
  plane: WalkPlane;
  /** Length of one sub-step in metres. */
  stepLength?: number;
}

const UP: Vec3 = { x: 0, y: 1, z: 0 };
const SIDEWAYS: Vec3 = { x: 1, y: 0, z: 0 };
const DEFAULT_STEP = 0.002;
/** Below this, a normal is treated as lying in (or across) the walking plane: no stable tangent. */
const DEGENERATE = 0.05;

export class WalkError extends Error {
  override name = 'WalkError';
}

/**
 * Walks `distance` metres over `surface` from `start` along the body-frame unit vector
 * `direction`. `start` must be on the surface (a `closestPoint` result).
 */
export function walkOnSurface(
  surface: TriangleSurface,
  start: Pick<SurfacePoint, 'point' | 'normal'>,
  direction: Vec3,
  distance: number,
  options: WalkOptions,
): SurfaceWalk {
  const step = options.stepLength ?? DEFAULT_STEP;
  const planeNormal = walkingPlaneNormal(start.normal, direction, options.plane);
  const planePoint = start.point;
  let point = start.point;
  let normal = start.normal;
  let heading = direction;
  const path = [point];
  let walked = 0;
  const maxSteps = Math.ceil(distance / step) * 4 + 16;

  for (let i = 0; walked < distance - 1e-9; i++) {
    if (i > maxSteps) throw new WalkError(`the walk stalled after ${(walked * 1000).toFixed(1)} mm`);
    const tangent = tangentAlong(normal, heading, planeNormal);
    let length = Math.min(step, distance - walked);
    let next = stepOnce(surface, point, normal, tangent, length, planeNormal, planePoint);
    let chord = distanceBetween(point, next.point);
    // Land the last step on the distance: rescale it once by how the skin bent the chord.
    if (walked + chord > distance + 1e-9 && chord > 0) {
      length *= (distance - walked) / chord;
      next = stepOnce(surface, point, normal, tangent, length, planeNormal, planePoint);
      chord = distanceBetween(point, next.point);
    }
    heading = tangent;
    point = next.point;
    normal = next.normal;
    walked += chord;
    path.push(point);
  }
  return { end: point, normal, path, length: walked };
}

/** The normal of the plane the walk stays in, or null to walk unconstrained. */
function walkingPlaneNormal(startNormal: Vec3, direction: Vec3, plane: WalkPlane): Vec3 | null {
  if (plane === 'level') {
    // A level walk needs skin that is not facing straight up or down.
    return Math.abs(startNormal.y) < 1 - DEGENERATE ? UP : null;
  }
  if (plane === 'sagittal') {
    // Skin facing sideways is grazed by the sagittal plane: no walk in it.
    return Math.abs(startNormal.x) < 1 - DEGENERATE ? SIDEWAYS : null;
  }
  // Vertical plane through the start normal: its normal is horizontal and across the skin normal.
  return normalize(cross(UP, startNormal), DEGENERATE) ?? normalize(cross(direction, startNormal), DEGENERATE);
}

/** Unit tangent of the skin, in the walking plane, pointing the way the walk is heading. */
function tangentAlong(normal: Vec3, heading: Vec3, planeNormal: Vec3 | null): Vec3 {
  let tangent = planeNormal ? normalize(cross(planeNormal, normal), DEGENERATE) : null;
  // Skin facing along the plane normal (the plane grazes it): fall back to the projected heading.
  tangent ??= normalize(sub(heading, scale(normal, dot(heading, normal)))) ?? heading;
  return dot(tangent, heading) < 0 ? scale(tangent, -1) : tangent;
}

function stepOnce(
  surface: TriangleSurface, from: Vec3, normal: Vec3, tangent: Vec3, length: number,
  planeNormal: Vec3 | null, planePoint: Vec3,
): { point: Vec3; normal: Vec3 } {
  let target = add(from, scale(tangent, length));
  if (planeNormal) {
    // Undo any drift out of the plane, then find the skin along the in-plane normal.
    target = sub(target, scale(planeNormal, dot(sub(target, planePoint), planeNormal)));
    const inPlaneNormal = normalize(sub(normal, scale(planeNormal, dot(normal, planeNormal))));
    if (inPlaneNormal) {
      const reach = 4 * length + 0.002;
      const outward = surface.raycast(target, inPlaneNormal, reach);
      const inward = surface.raycast(target, scale(inPlaneNormal, -1), reach);
      const hit = !outward ? inward : !inward ? outward : outward.distance <= inward.distance ? outward : inward;
      if (hit) return { point: hit.point, normal: hit.normal };
    }
  }
  const nearest = surface.closestPoint(target);
  return { point: nearest.point, normal: nearest.normal };
}
