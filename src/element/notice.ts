import { html, nothing, type TemplateResult } from 'lit';
import type { AcupointErrorType } from './events.js';

/**
 * What a clinic's visitor reads when something fails: what still works, in plain words.
 * The technical reason (file, HTTP status, `points[1].location: required`) goes to the
 * `error` event and sits behind "Details" for whoever builds the page.
 */
export const NOTICE_TEXT: Record<AcupointErrorType, string> = {
  points: 'The point descriptions could not be updated. The points shown are still correct to use.',
  model: 'The 3D body could not be loaded. You can still choose a point from the list.',
  webgl: 'The 3D view is not available in this browser. You can still choose a point from the list.',
  print: 'Printing is blocked here. Open this page on its own to print the handout.',
  usage: 'The page asked the widget for something it cannot do. Everything shown still works.',
};

export interface Notice {
  /** What it is about: a later success of the same kind clears it. */
  type: AcupointErrorType;
  text: string;
  detail: string;
}

export interface NoticeActions {
  dismiss(): void;
  /** The notice changed height (details opened or closed). */
  resized(): void;
}

export function renderNotice(notice: Notice | null, actions: NoticeActions): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return html`<div class="notice" part="notice" role="alert">
    <div class="notice-body">
      <p>${notice.text}</p>
      ${notice.detail
        ? html`<details @toggle=${actions.resized}>
            <summary>Details</summary>
            <p class="notice-detail">${notice.detail}</p>
          </details>`
        : nothing}
    </div>
    <button class="notice-dismiss" aria-label="Dismiss message" @click=${actions.dismiss}>
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}
