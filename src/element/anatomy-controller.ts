import { nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { BodyView } from '../scene/body-view.js';
import { ENGLISH } from '../i18n/translator.js';
import { adoptStyles } from './adopt-styles.js';
import { reportError } from './report-error.js';
import type { MapStore } from './store.js';

type AnatomyUi = typeof import('./anatomy-ui.js');

/**
 * `show-anatomy`: asks the view to show the bones, nerves, kidneys and vessels under a
 * see-through skin, keeps `anatomy` in the store, and renders the legend. The legend, its
 * styles and the rest arrive as a chunk the first time the layer is asked for; the model
 * file with it. Markers stay on the skin and stay clickable.
 */
export class AnatomyController implements ReactiveController {
  private view: BodyView | null = null;
  /** The URL asked of the view (null: hidden, or a refusal), undefined before the first ask. */
  private asked: string | null | undefined = undefined;
  private ui: AnatomyUi | null = null;
  private uiLoad: Promise<AnatomyUi> | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const state = this.store.state;
    if (state.body !== this.view) {
      this.view = state.body;
      this.asked = undefined;
    }
    const view = state.body;
    if (state.showAnatomy && !this.ui) {
      this.uiLoad ??= import('./anatomy-ui.js');
      void this.uiLoad.then((ui) => {
        this.ui = ui;
        adoptStyles(this.host, ui.anatomyStyles);
        this.host.requestUpdate();
      });
      return;
    }
    if (!view || !state.model || !this.ui) return;
    const source = state.showAnatomy ? this.ui.anatomySource(state) : null;
    const want = source && 'url' in source ? source.url : null;
    // A refusal counts as an answer too, so it is reported once, not on every update.
    const ask = source && 'reason' in source ? `refused: ${source.reason}` : want;
    if (ask === this.asked) return;
    this.asked = ask;
    if (source && 'reason' in source) {
      this.store.set('anatomy', 'failed');
      // The event's message is English, like every technical message; the notice speaks the visitor's language.
      reportError(this.host, this.store, 'model', ENGLISH.t(source.reason), source.reason);
    }
    if (!want) {
      void view.showAnatomy(null);
      if (!source) this.store.set('anatomy', 'off');
      return;
    }
    this.store.set('anatomy', 'loading');
    view.showAnatomy(want).then(
      () => {
        if (this.asked !== want) return;
        this.store.set('anatomy', 'shown');
        this.store.set('announcement', this.store.state.language.t('announce.anatomyShown'));
      },
      (error: Error) => {
        // No retry on every update: turning the layer off and on again tries once more.
        if (this.asked !== want || error.name === 'AbortError') return;
        this.store.set('anatomy', 'failed');
        reportError(this.host, this.store, 'model', error.message, 'notice.anatomy');
      },
    );
  }

  /** The legend (while the anatomy is on show). */
  render(): TemplateResult | typeof nothing {
    return this.ui ? this.ui.renderAnatomyLegend(this.store.state) : nothing;
  }
}
