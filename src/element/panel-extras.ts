import { html, type TemplateResult } from 'lit';
import type { SessionInfo } from '../catalogue/session-info.js';
import type { Translator } from '../i18n/translator.js';

/**
 * What each audience's point panel adds: for a patient what a session is like, for a
 * practitioner the plan toggle (for a student how the point is measured: the 3D stage's
 * OverlayController, whose ruler it explains).
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
