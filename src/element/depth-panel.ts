/**
 * The depth view's code and data, one chunk imported the first time a depth view is asked
 * for: the numbers (cun to cm on this body, the structures at risk and their sources) and
 * the drawing, and the English words of both. Widgets whose visitors never open one never download it.
 */
export { pointDepth } from '../catalogue/depth.js';
export { renderDepthView, riskSentence } from './depth-view.js';
export { depthStyles } from './depth-styles.js';
export { anatomySource } from './anatomy-source.js';
export { EN_UI_DEPTH } from '../i18n/ui/en-depth.js';
