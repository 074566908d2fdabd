/**
 * The second stage, as the element sees it: the 3D view (the `BodyView` façade, which
 * brings three.js, the scene, placement and the BVH) and the element code that only has a
 * use once there is a body: the marker buttons, the camera presets, the drawings on the body,
 * the anatomy layer, the depth view and the quiz (which asks where points are on the body).
 * (The printed handout is a chunk of its own, fetched once there is a plan to print: see
 * ModeController; so is the plan framing, fetched when a protocol is first chosen: see
 * PlanFramingLoader.)
 * The first stage loads this module with `import()` (see `load3dStage`); the build makes
 * it a chunk of its own beside the entry.
 */
export { BodyView } from '../scene/body-view.js';
// The controllers of the body (and the plan framing's loader), with their styles.
export { attachBodyControllers } from './body-controllers.js';
export { outOfViewNote } from './out-of-view-note.js';
// Making the view, loading the body and placing the markers (StageController decides when).
export { loadBody, makeView, placeMarkers } from './stage-body.js';
export { fitView } from './fit-view.js';
export { measureCovers } from './covers.js';
// The English words only this stage shows; load3dStage adds them to the translators.
export { EN_UI_3D } from '../i18n/ui/en-3d.js';

/** Fetch (once) and evaluate the second stage. */
export type Stage3d = typeof import('./stage-3d.js');
