/**
 * Puts points on a body: every marker of a point, on both sides for a bilateral point and
 * once (side 'midline') for a midline point.
 */
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { resolveMarker } from './resolve-marker.js';
import type { AcuPoint, BodyLandmarks, PlacedMarker, PointSet, Side } from './types.js';

export { cunLength } from './cun.js';
export { PlacementError } from './placement-error.js';

/** The sides a point is placed on, in marker order. */
export function sidesOf(point: AcuPoint): Side[] {
  return point.laterality === 'midline' ? ['midline'] : ['left', 'right'];
}

/**
 * The skin markers of one point. Throws `PlacementError` (naming the point and what is
 * missing) when a landmark or span the point needs is not on this body.
 */
export function placePoint(point: AcuPoint, landmarks: BodyLandmarks, surface: TriangleSurface): PlacedMarker[] {
  const placed: PlacedMarker[] = [];
  point.markers.forEach((marker, definition) => {
    const first = placed.length;
    for (const side of sidesOf(point)) {
      const { position, normal, legs } = resolveMarker(point, marker, side, landmarks, surface);
      placed.push({
        code: point.code,
        side,
        ...(marker.label !== undefined ? { label: marker.label } : {}),
        ...(marker.alternative !== undefined ? { alternative: marker.alternative } : {}),
        ...(marker.approximate !== undefined ? { approximate: marker.approximate } : {}),
        position,
        normal,
        definition,
        legs,
      });
    }
    if (placed.length - first === 2) mirrorNormals(placed[first], placed[first + 1]);
  });
  return placed;
}

/** Two sides of a point count as mirror images within this distance (m) and angle (cosine). */
const MIRROR_DISTANCE = 0.004;
const MIRROR_COSINE = Math.cos((15 * Math.PI) / 180);

/**
 * A bilateral point on a symmetric body faces the same way on both sides. The mesh is
 * symmetric only to a few degrees of its normals, and a marker seen nearly edge-on (SP6
 * from behind: 85 degrees) was then shown on one leg and hidden on the other. Where the
 * two sides are mirror images (height and depth within 4 mm, normals within 15 degrees),
 * both get the mean normal, mirrored across the body's left-right (x) axis; a body that is
 * not symmetric there keeps its own normals.
 */
function mirrorNormals(left: PlacedMarker, right: PlacedMarker): void {
  const a = left.normal;
  const b = { x: -right.normal.x, y: right.normal.y, z: right.normal.z };
  const mirrored =
    Math.abs(left.position.y - right.position.y) < MIRROR_DISTANCE &&
    Math.abs(left.position.z - right.position.z) < MIRROR_DISTANCE &&
    a.x * b.x + a.y * b.y + a.z * b.z > MIRROR_COSINE;
  if (!mirrored) return;
  const sum = { x: a.x + b.x, y: a.y + b.y, z: a.z + b.z };
  const length = Math.hypot(sum.x, sum.y, sum.z);
  const mean = { x: sum.x / length, y: sum.y / length, z: sum.z / length };
  left.normal = mean;
  right.normal = { x: -mean.x, y: mean.y, z: mean.z };
}

/** Every marker of every point in the set; throws on the first point that cannot be placed. */
export function placeAll(set: PointSet, landmarks: BodyLandmarks, surface: TriangleSurface): PlacedMarker[] {
  return set.points.flatMap((point) => placePoint(point, landmarks, surface));
}
