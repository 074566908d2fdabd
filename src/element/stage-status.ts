import { html, nothing, type TemplateResult } from 'lit';
import type { MapState } from './store.js';

/** What the stage says while the 3D body is loading, or when it cannot be shown. */
export function renderStageStatus(state: Readonly<MapState>): TemplateResult | typeof nothing {
  if (state.webgl === false) {
    return html`<div class="status"><p>The 3D view is not available in this browser. Choose a point from the list.</p></div>`;
  }
  if (state.modelState === 'loading' || (state.modelState === 'idle' && state.started)) {
    return html`<div class="status loading" role="status"><p>Loading the 3D body…</p></div>`;
  }
  if (state.modelState === 'failed' && !state.model) {
    return html`<div class="status"><p>The 3D body could not be shown. The point list still works.</p></div>`;
  }
  return nothing;
}
