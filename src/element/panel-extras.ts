import { html, nothing, type TemplateResult } from 'lit';
import { SESSION_INFO } from '../catalogue/session-info.js';
import type { RulerGeometry } from '../modes/ruler-geometry.js';

/**
 * What each audience's point panel adds: for a patient what a session is like, for a
 * practitioner the plan toggle, for a student how the point is measured.
 */
export function renderSessionInfo(): TemplateResult {
  return html`<details class="session" part="session-info">
    <summary>${SESSION_INFO.heading}</summary>
    ${SESSION_INFO.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
  </details>`;
}

export function renderPlanToggle(code: string, number: number, toggle: () => void): TemplateResult {
  return html`<p class="plan-toggle">
    <button class="chip ${number ? '' : 'primary'}" aria-pressed=${number ? 'true' : 'false'} @click=${toggle}>
      ${number ? `In the plan as number ${number}: remove` : `Add ${code} to the plan`}
    </button>
  </p>`;
}

export function renderMeasurement(ruler: RulerGeometry | null): TemplateResult | typeof nothing {
  if (!ruler) return nothing;
  return html`<h3>How it is measured</h3>
    <p>${ruler.caption}${ruler.detail ? html`<br /><span class="exact">${ruler.detail}</span>` : nothing}</p>
    ${ruler.note ? html`<p class="approximate"><strong>Approximate:</strong> ${ruler.note}</p>` : nothing}
    <p class="exact">The ruler on the body shows this measurement.</p>`;
}
