import { html, nothing, type TemplateResult } from 'lit';
import type { MapState } from './store.js';

/** What the stage says while the 3D body is loading, or when it cannot be shown. */
export function renderStageStatus(state: Readonly<MapState>): TemplateResult | typeof nothing {
  const tr = state.language;
  if (state.webgl === false) {
    return html`<div class="status"><p>${tr.t('stage.noWebgl')}</p></div>`;
  }
  if (state.modelState === 'loading' || (state.modelState === 'idle' && state.started)) {
    return html`<div class="status loading" role="status"><p>${tr.t('stage.loading')}</p></div>`;
  }
  if (state.modelState === 'failed' && !state.model) {
    return html`<div class="status"><p>${tr.t('stage.failed')}</p></div>`;
  }
  return nothing;
}
