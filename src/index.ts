/**
 * acupoint-map: `<acupoint-map>`, a 3D map of the acupuncture points used for low back
 * pain. Importing this module defines the element.
 */
import { AcupointMap } from './acupoint-map.js';

export { AcupointMap } from './acupoint-map.js';
export type {
  PointScreenPosition,
  PointSelectDetail,
  SelectionChangeDetail,
  AcupointErrorDetail,
  AcupointErrorType,
  AcupointMapEventMap,
  QuizAnswerDetail,
  QuizQuestionDetail,
  QuizOptions,
  Protocol,
  ViewName,
} from './acupoint-map.js';
export type { AcuPoint, PointSet, PlacedMarker, BodyLandmarks, Vec3, Side, PlacementDef } from './catalogue/types.js';
export { LOW_BACK_PAIN_POINTS } from './catalogue/data/low-back-pain.js';
export { validatePointSet } from './catalogue/validate.js';
export { rendererStats, type RendererStats } from './scene/renderer-stats.js';

if (!customElements.get('acupoint-map')) {
  customElements.define('acupoint-map', AcupointMap);
}
