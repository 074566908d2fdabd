/**
 * acupoint-map: `<acupoint-map>`, a 3D map of the acupuncture points used for low back
 * pain. Importing this module defines the element.
 */
import { AcupointMap } from './acupoint-map.js';

export { AcupointMap } from './acupoint-map.js';
// Every type the element's API names: properties, methods, events and their details.
export type {
  AcupointErrorDetail,
  AcupointErrorType,
  AcupointMapEventMap,
  Audience,
  PointScreenPosition,
  PointSelectDetail,
  Protocol,
  QuizAnswerDetail,
  QuizOptions,
  QuizQuestionDetail,
  SelectionChangeDetail,
  ViewName,
} from './acupoint-map.js';
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
} from './catalogue/types.js';
export type { MeasurementLeg, MeasurementLegKind } from './catalogue/measurement.js';
export type { ValidationError, ValidationResult } from './catalogue/validate.js';
export { LOW_BACK_PAIN_POINTS } from './catalogue/data/low-back-pain.js';
export { validatePointSet } from './catalogue/validate.js';
export { rendererStats, type RendererStats } from './scene/renderer-stats.js';

if (!customElements.get('acupoint-map')) {
  customElements.define('acupoint-map', AcupointMap);
}
