import { html, nothing, type TemplateResult } from 'lit';
import type { EvidenceContent } from '../catalogue/evidence.js';
import type { Translator } from '../i18n/translator.js';

/**
 * "About the evidence": what trials and guidelines found, including what speaks against.
 * `content` is null while its chunk is still on the way (see EvidenceController).
 */
export function renderEvidencePanel(close: () => void, content: EvidenceContent | null, tr: Translator): TemplateResult {
  // While its content is on the way, the panel's title is the toolbar button's words.
  const title = content?.title ?? tr.t('toolbar.evidence');
  return html`
    <header>
      <h2 id="panel-title">${title}</h2>
      <button class="close" part="panel-close" @click=${close} aria-label=${tr.t('panel.close', { name: title })}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
    ${content
      ? html`<p class="english">${content.disclaimer}</p>
          ${content.sections.map(
            (section) => html`
              <h3>${section.heading}</h3>
              ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
              ${section.citations.length
                ? html`<ul class="sources">
                    ${section.citations.map((citation) => html`<li>${citation}</li>`)}
                  </ul>`
                : nothing}
            `,
          )}`
      : html`<p class="english" role="status">${tr.t('evidence.loading')}</p>`}
  `;
}
