import { html, nothing, type TemplateResult } from 'lit';
import type { Protocol } from '../catalogue/protocols.js';
import type { AcuPoint } from '../catalogue/types.js';
import type { Translator } from '../i18n/translator.js';
import { spokenTitle } from './names.js';

export interface ProtocolPanelActions {
  close(): void;
  select(code: string): void;
  usePlan(): void;
}

/**
 * A named point combination: its points (each opens its panel; named as everywhere else,
 * in hanzi for a Chinese reader), those the 3D view cannot show with the others just now
 * (`outOfViewNote`, worded by the 3D stage), why, and where from.
 */
export function renderProtocolPanel(
  protocol: Protocol,
  points: readonly AcuPoint[],
  actions: ProtocolPanelActions,
  tr: Translator,
  outOfViewNote = '',
): TemplateResult {
  const byCode = new Map(points.map((point) => [point.code, point]));
  return html`
    <header>
      <h2 id="panel-title">${protocol.name}</h2>
      <button class="close" part="panel-close" @click=${actions.close} aria-label=${tr.t('panel.close', { name: protocol.name })}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
    <p class="english">${tr.t('protocol.intro')}</p>
    <h3>${tr.t('protocol.points')}</h3>
    ${outOfViewNote ? html`<p class="exact out-of-view">${outOfViewNote}</p>` : nothing}
    <ul class="protocol-points">
      ${protocol.points.map((code) => {
        const point = byCode.get(code);
        return html`<li>
          <button class="link-button" ?disabled=${!point} @click=${() => actions.select(code)}>
            ${point ? spokenTitle(point, tr) : code}
          </button>
          ${point ? html`<span class="muted">${point.english}</span>` : html`<span class="muted">${tr.t('protocol.notInSet')}</span>`}
        </li>`;
      })}
    </ul>
    <h3>${tr.t('protocol.why')}</h3>
    <p>${protocol.rationale}</p>
    <h3>${tr.t('protocol.source')}</h3>
    <p class="sources">${protocol.source}</p>
    <p><button class="chip primary" @click=${actions.usePlan}>${tr.t('protocol.usePlan')}</button></p>
  `;
}
