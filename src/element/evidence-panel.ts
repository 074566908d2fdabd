import { html, nothing, type TemplateResult } from 'lit';
import { EVIDENCE } from '../catalogue/evidence.js';

/** "About the evidence": what trials and guidelines found, including what speaks against. */
export function renderEvidencePanel(close: () => void): TemplateResult {
  return html`
    <header>
      <h2 id="panel-title">${EVIDENCE.title}</h2>
      <button class="close" part="panel-close" @click=${close} aria-label="Close ${EVIDENCE.title}">
        <span aria-hidden="true">×</span>
      </button>
    </header>
    <p class="english">${EVIDENCE.disclaimer}</p>
    ${EVIDENCE.sections.map(
      (section) => html`
        <h3>${section.heading}</h3>
        ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
        ${section.citations.length
          ? html`<ul class="sources">
              ${section.citations.map((citation) => html`<li>${citation}</li>`)}
            </ul>`
          : nothing}
      `,
    )}
  `;
}
