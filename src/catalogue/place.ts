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
  });
  return placed;
}

/** Every marker of every point in the set; throws on the first point that cannot be placed. */
export function placeAll(set: PointSet, landmarks: BodyLandmarks, surface: TriangleSurface): PlacedMarker[] {
  return set.points.flatMap((point) => placePoint(point, landmarks, surface));
}
