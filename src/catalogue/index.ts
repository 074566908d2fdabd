/**
 * The catalogue's public API: point data, the schema and its validator, placement on a body
 * and the explanation of a placement. Pure TypeScript (Node and browsers, CSP-safe).
 */
export type {
  AcuPoint,
  BodyDirection,
  BodyLandmarks,
  CunSpanName,
  CunStep,
  MarkerDef,
  PlacedMarker,
  PlacementDef,
  PointRole,
  PointSet,
  Side,
  SourceRef,
  Vec3,
} from './types.js';
export { CUN_SPANS, type CunSpan, type KnownCunSpan } from './spans.js';

export { placeAll, placePoint, sidesOf } from './place.js';
export { cunLength, measureSpan, type MeasuredSpan } from './cun.js';
export { PlacementError } from './placement-error.js';
export {
  describeMeasurement,
  type MeasurementDescription,
  type MeasurementLeg,
  type MeasurementLegKind,
} from './describe-measurement.js';

export {
  formatValidationErrors,
  POINTS_SCHEMA,
  validatePointSet,
  type ValidationError,
  type ValidationResult,
} from './validate.js';

export { TriangleSurface, type RayHit, type SurfacePoint } from '../geometry/triangle-surface.js';

export { LOW_BACK_PAIN_POINTS } from './data/low-back-pain.js';
export { EVIDENCE, type EvidenceContent, type EvidenceSection } from './evidence.js';
export { PROTOCOLS, type Protocol } from './protocols.js';
export { SESSION_INFO, type SessionInfo } from './session-info.js';
