import type { BodyView } from '../scene/body-view.js';

/** The skin colour the page asked for (`--acupoint-skin`). */
export function skinColor(host: HTMLElement): string {
  return getComputedStyle(host).getPropertyValue('--acupoint-skin').trim() || '#e3c2a6';
}

/** Size the 3D view to the host's box, in the page's skin colour (drawn by the caller). */
export function fitView(host: HTMLElement, body: BodyView): void {
  const rect = host.getBoundingClientRect();
  body.setSize(rect.width, rect.height, window.devicePixelRatio);
  body.setSkinColor(skinColor(host));
}
