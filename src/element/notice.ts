import { html, nothing, type TemplateResult } from 'lit';
import type { UiKey } from '../i18n/ui/en.js';
import type { Translator } from '../i18n/translator.js';
import type { AcupointErrorType } from './events.js';

/**
 * What a clinic's visitor reads when something fails: what still works, in plain words.
 * The technical reason (file, HTTP status, `points[1].location: required`) goes to the
 * `error` event and sits behind "Details" for whoever builds the page.
 */
export const NOTICE_TEXT: Record<AcupointErrorType, UiKey> = {
  points: 'notice.points',
  model: 'notice.model',
  webgl: 'notice.webgl',
  print: 'notice.print',
  usage: 'notice.usage',
};

export interface Notice {
  /** What it is about: a later success of the same kind clears it. */
  type: AcupointErrorType;
  /** The plain words, as a message key: the notice follows a change of language. */
  text: UiKey;
  detail: string;
}

export interface NoticeActions {
  dismiss(): void;
  /** The notice changed height (details opened or closed). */
  resized(): void;
}

export function renderNotice(notice: Notice | null, actions: NoticeActions, tr: Translator): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return html`<div class="notice" part="notice" role="alert">
    <div class="notice-body">
      <p>${tr.t(notice.text)}</p>
      ${notice.detail
        ? html`<details @toggle=${actions.resized}>
            <summary>${tr.t('notice.details')}</summary>
            <p class="notice-detail">${notice.detail}</p>
          </details>`
        : nothing}
    </div>
    <button class="notice-dismiss" aria-label=${tr.t('notice.dismiss')} @click=${actions.dismiss}>
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}
