/**
 * The anatomy layer's part of the element, one chunk imported the first time the layer is
 * asked for: its legend and styles, and where the anatomy comes from (or why it cannot).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ANATOMY_GROUPS, type AnatomyGroup } from '../catalogue/anatomy-groups.js';
import { visitAnatomyGroupTexts } from '../i18n/content-texts.js';
import { translated } from './localized.js';
import type { MapState } from './store.js';

export { anatomySource } from './anatomy-source.js';
export { anatomyStyles } from './anatomy-styles.js';

/** The legend of what the colours are (while the anatomy is on show). */
export function renderAnatomyLegend(state: Readonly<MapState>): TemplateResult | typeof nothing {
  const { showAnatomy, anatomy } = state;
  if (!showAnatomy || anatomy === 'failed') return nothing;
  const tr = state.language;
  return html`<div class="anatomy-legend" part="anatomy-legend" role="group" aria-label=${tr.t('anatomy.legend')}>
    ${anatomy === 'loading' ? html`<p class="anatomy-wait" role="status">${tr.t('anatomy.loading')}</p>` : nothing}
    <ul>
      ${translated(ANATOMY_GROUPS as AnatomyGroup[], tr.texts, (groups, replace) => {
        for (const group of groups) visitAnatomyGroupTexts(group, replace);
      }).map(
        (g) => html`<li title=${g.holds}>
          <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="5.5" fill=${g.color}></circle></svg>
          <span>${g.label}</span>
        </li>`,
      )}
    </ul>
    <p class="anatomy-note">${tr.t('anatomy.note')}</p>
  </div>`;
}
