import { html, nothing, type TemplateResult } from 'lit';
import type { SessionInfo } from '../catalogue/session-info.js';
import type { Translator } from '../i18n/translator.js';
import type { RulerGeometry } from '../modes/ruler-geometry.js';

/**
 * What each audience's point panel adds: for a patient what a session is like, for a
 * practitioner the plan toggle, for a student how the point is measured.
 */
export function renderSessionInfo(session: SessionInfo): TemplateResult {
  return html`<details class="session" part="session-info">
    <summary>${session.heading}</summary>
    ${session.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
  </details>`;
}

export function renderPlanToggle(code: string, number: number, toggle: () => void, tr: Translator): TemplateResult {
  return html`<p class="plan-toggle">
    <button class="chip ${number ? '' : 'primary'}" aria-pressed=${number ? 'true' : 'false'} @click=${toggle}>
      ${number ? tr.t('plan.remove', { number }) : tr.t('plan.add', { code })}
    </button>
  </p>`;
}

export function renderMeasurement(ruler: RulerGeometry | null, tr: Translator): TemplateResult | typeof nothing {
  if (!ruler) return nothing;
  return html`<h3>${tr.t('measure.heading')}</h3>
    <p>${ruler.caption}${ruler.detail ? html`<br /><span class="exact">${ruler.detail}</span>` : nothing}</p>
    ${ruler.note ? html`<p class="approximate"><strong>${tr.label(tr.t('measure.approximate'))}</strong>${ruler.note}</p>` : nothing}
    <p class="exact">${tr.t('measure.ruler')}</p>`;
}
