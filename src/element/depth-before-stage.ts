import { html, nothing } from 'lit';
import type { PanelDepth } from './panel.js';
import { audience } from './selectors.js';
import type { MapStore } from './store.js';

/**
 * The depth view's place in the panel until the 3D stage (and DepthController with it) has
 * arrived: open or closed as the audience wants it, and waiting for the body to cut.
 */
export function depthBeforeStage(store: MapStore): PanelDepth {
  const open = audience(store.state) !== 'patient' || store.state.depthOpen;
  return {
    open,
    toggled: (next) => store.set('depthOpen', next),
    content: open ? html`<div class="depth-wait" role="status">${store.state.language.t('depth.drawing')}</div>` : nothing,
    risk: null,
  };
}
