/**
 * The explanation behind one marker, for a cun ruler: "1.5 B-cun lateral from the midline just below the L2 spinous process" drawn over
 * the skin, or "8 of 16 B-cun" on the popliteal crease to malleolus span.
 */
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import type { MeasurementLeg } from './measurement.js';
import { PlacementError } from './placement-error.js';
import { resolveMarker } from './resolve-marker.js';
import type { AcuPoint, BodyLandmarks, PlacedMarker, Side, Vec3 } from './types.js';

export type { MeasurementLeg, MeasurementLegKind } from './measurement.js';

export interface MeasurementDescription {
  code: string;
  side: Side;
  label?: string;
  alternative?: boolean;
  /** What the rule approximates (the standard defines the point by palpation), if anything. */
  approximate?: string;
  /** Where the marker is (the end of the last leg). */
  position: Vec3;
  normal: Vec3;
  /** The legs, landmark first. */
  legs: MeasurementLeg[];
}

export function describeMeasurement(
  point: AcuPoint,
  markerIndex: number,
  side: Side,
  landmarks: BodyLandmarks,
  surface: TriangleSurface,
): MeasurementDescription {
  const marker = point.markers[markerIndex];
  if (!marker) {
    throw new PlacementError(point.code, `no marker ${markerIndex} (the point has ${point.markers.length})`);
  }
  if ((point.laterality === 'midline') !== (side === 'midline')) {
    throw new PlacementError(point.code, `a ${point.laterality} point has no ${side} marker`);
  }
  const { position, normal, legs } = resolveMarker(point, marker, side, landmarks, surface);
  return measurementOf({
    code: point.code,
    side,
    ...(marker.label !== undefined ? { label: marker.label } : {}),
    ...(marker.alternative !== undefined ? { alternative: marker.alternative } : {}),
    ...(marker.approximate !== undefined ? { approximate: marker.approximate } : {}),
    position,
    normal,
    definition: markerIndex,
    legs,
  });
}

/** The explanation of a marker already placed: its legs were kept, nothing is resolved again. */
export function measurementOf(marker: PlacedMarker): MeasurementDescription {
  const { code, side, label, alternative, approximate, position, normal, legs } = marker;
  return {
    code,
    side,
    ...(label !== undefined ? { label } : {}),
    ...(alternative !== undefined ? { alternative } : {}),
    ...(approximate !== undefined ? { approximate } : {}),
    position,
    normal,
    legs,
  };
}
