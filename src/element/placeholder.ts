import { html, type TemplateResult } from 'lit';
import { placeholderUrl } from '../placeholder-pictures.js';
import type { ViewName } from '../scene/body-view-types.js';

/**
 * A still picture of the body from the chosen side, shown in the stage under the canvas
 * until the 3D body and its markers are drawn over it; then it goes. Decorative: the
 * stage's own label and status speak. Fetched only when the widget nears the viewport.
 * When the 3D cannot be shown (`unavailable`: no WebGL, the model or the 3D code failed)
 * it stays, dimmed, behind the stage's message: the visitor keeps the body they saw.
 */
export function renderPlaceholder(view: ViewName, unavailable = false): TemplateResult {
  return html`<img
    class="placeholder ${unavailable ? 'unavailable' : ''}"
    src=${placeholderUrl(view)}
    alt=""
    aria-hidden="true"
    loading="lazy"
    decoding="async"
    draggable="false"
  />`;
}
