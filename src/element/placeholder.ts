import { html, type ReactiveElement, type TemplateResult } from 'lit';
import { placeholderUrl } from '../placeholder-pictures.js';
import type { ViewName } from '../scene/body-view-types.js';
import { afterNextPaint } from './after-paint.js';

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

/** How long the 3D stage waits at most for the placeholder picture, ms. */
const PICTURE_WAIT_MS = 1500;

/**
 * Resolves once the stage's placeholder picture is on screen (loaded and a frame painted
 * with it), has failed, or is not there; at most PICTURE_WAIT_MS after the call. The 3D
 * stage's downloads (three.js, then the body, 300 KB and more) wait for it: started
 * together, on a slow phone connection they shared the line with the 11 KB picture, and the
 * visitor looked at an empty box for longer (the picture is the page's largest paint).
 */
export async function placeholderShown(host: ReactiveElement): Promise<void> {
  // Started before the first render (loading="eager"), the picture is not there yet.
  await host.updateComplete;
  const picture = host.renderRoot.querySelector<HTMLImageElement>('img.placeholder');
  if (!picture) return;
  const loaded = picture.complete
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        picture.addEventListener('load', () => resolve(), { once: true });
        picture.addEventListener('error', () => resolve(), { once: true });
      });
  const limit = new Promise<void>((resolve) => setTimeout(resolve, PICTURE_WAIT_MS));
  return Promise.race([loaded.then(() => afterNextPaint()), limit]);
}
