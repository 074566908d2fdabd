import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageForTag, type LanguageCode } from '../i18n/languages.js';
import { AVAILABLE_LANGUAGES, loadLanguage } from '../i18n/locales.js';
import type { MapStore } from './store.js';

/**
 * The language the widget speaks: the `lang` of the element, else of its nearest ancestor
 * (across shadow roots), else of the document, else English. A change of any of those
 * attributes switches at once (an open panel included): the new language's chunk is loaded
 * and written to the store, and every part renders from it.
 */
export class LanguageController implements ReactiveController {
  private observer: MutationObserver | null = null;
  /** The language last asked for: a chunk that arrives after another change is dropped. */
  private wanted: LanguageCode = 'en';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
    this.update();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Watch `lang` on the element and every ancestor up to the document (a move reconnects). */
  private observe(): void {
    this.observer?.disconnect();
    this.observer = new MutationObserver(() => this.update());
    for (const node of ancestry(this.host)) this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
  }

  private update(): void {
    const code = languageForTag(nearestLang(this.host), AVAILABLE_LANGUAGES);
    if (code === this.wanted && this.store.state.language.lang === code) return;
    this.wanted = code;
    loadLanguage(code).then(
      (language) => {
        if (this.wanted === code) this.store.set('language', language);
      },
      (error: Error) => {
        // The chunk did not arrive: the widget goes on in the language it has.
        console.warn(`<acupoint-map>: the "${code}" texts could not be loaded (${error.message}).`);
      },
    );
  }
}

/** The element and its ancestors, through shadow roots to their hosts, up to <html>. */
function* ancestry(element: Element): Generator<Element> {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) yield node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
}

/** The nearest non-empty `lang` from the element up; "" when none is set anywhere. */
export function nearestLang(element: Element): string {
  for (const node of ancestry(element)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return '';
}
