import type { UiKey } from '../i18n/ui/en.js';
import type { AcupointErrorDetail, AcupointErrorType } from './events.js';
import { NOTICE_TEXT } from './notice.js';
import type { MapStore } from './store.js';

/**
 * Report a failure: `message` (technical: file, status, field) goes to the `error` event
 * and behind the notice's "Details"; the notice leads with plain words for a visitor.
 * `show` is that text's key, true for the standard text of `type`, or false for no notice.
 */
export function reportError(
  host: HTMLElement,
  store: MapStore,
  type: AcupointErrorType,
  message: string,
  show: boolean | UiKey = true,
): void {
  if (show !== false) store.set('notice', { type, text: show === true ? NOTICE_TEXT[type] : show, detail: message });
  // Like an <img>'s, this `error` does not bubble: on `window` a page's error tracker
  // (window.onerror, Sentry, a test runner) would take it for an uncaught exception.
  host.dispatchEvent(new CustomEvent<AcupointErrorDetail>('error', { detail: { type, message } }));
}

/** `type` works again (a model or points file loaded): a message about its failure goes. */
export function clearNotice(store: MapStore, type: AcupointErrorType): void {
  if (store.state.notice?.type === type) store.set('notice', null);
}
