import { html, type TemplateResult } from 'lit';
import type { ViewName } from '../scene/body-view-types.js';

declare const __ACUPOINT_MODEL_DIR__: string | undefined;

/** Beside the models: models/ in the source tree, dist/ once built (like src/default-model.ts). */
const modelDir = typeof __ACUPOINT_MODEL_DIR__ === 'string' ? __ACUPOINT_MODEL_DIR__ : '../../models/';

export function placeholderUrl(view: ViewName): string {
  return new URL(`${modelDir}body-${view}.webp`, import.meta.url).href;
}

/**
 * A still picture of the body from the chosen side, shown in the stage under the canvas
 * until the 3D body and its markers are drawn over it; then it goes. Decorative: the
 * stage's own label and status speak. Fetched only when the widget nears the viewport.
 */
export function renderPlaceholder(view: ViewName): TemplateResult {
  return html`<img
    class="placeholder"
    src=${placeholderUrl(view)}
    alt=""
    aria-hidden="true"
    loading="lazy"
    decoding="async"
    draggable="false"
  />`;
}
