import { html, nothing, type TemplateResult } from 'lit';
import type { EvidenceContent } from '../catalogue/evidence.js';
import { EVIDENCE_FAILED, EVIDENCE_LOADING, EVIDENCE_TITLE } from '../catalogue/labels.js';

/**
 * The evidence text is a chunk of its own, fetched the first time the panel opens: most
 * visitors never open it, so it stays out of the first download.
 */
let content: EvidenceContent | null = null;
let failed = false;
let loading: Promise<void> | null = null;

function load(done: () => void): void {
  loading ??= import('../catalogue/evidence.js').then(
    (module) => {
      content = module.EVIDENCE;
      done();
    },
    () => {
      // A chunk that cannot be fetched: say so (no retry loop; a reload fetches it again).
      failed = true;
      done();
    },
  );
}

/**
 * "About the evidence": what trials and guidelines found, including what speaks against.
 * `loaded` asks the host to render again once the text has arrived.
 */
export function renderEvidencePanel(close: () => void, loaded: () => void): TemplateResult {
  if (!content) load(loaded);
  return html`
    <header>
      <h2 id="panel-title">${EVIDENCE_TITLE}</h2>
      <button class="close" part="panel-close" @click=${close} aria-label="Close ${EVIDENCE_TITLE}">
        <span aria-hidden="true">×</span>
      </button>
    </header>
    ${content ? renderContent(content) : html`<p class="english" role="status">${failed ? EVIDENCE_FAILED : EVIDENCE_LOADING}</p>`}
  `;
}

function renderContent(evidence: EvidenceContent): TemplateResult {
  return html`
    <p class="english">${evidence.disclaimer}</p>
    ${evidence.sections.map(
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
