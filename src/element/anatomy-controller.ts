import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { ANATOMY_GROUPS } from '../catalogue/anatomy-groups.js';
import type { BodyView } from '../scene/body-view.js';
import { anatomySource } from './anatomy-source.js';
import { reportError } from './report-error.js';
import type { MapStore } from './store.js';

/**
 * `show-anatomy`: asks the view to show the bones, nerves, kidneys and vessels under a
 * see-through skin (the file is fetched the first time), keeps `anatomy` in the store, and
 * renders the legend. Markers stay on the skin and stay clickable.
 */
export class AnatomyController implements ReactiveController {
  private view: BodyView | null = null;
  /** The URL asked of the view (null: hidden, or a refusal), undefined before the first ask. */
  private asked: string | null | undefined = undefined;

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
    if (!view || !state.model) return;
    const source = state.showAnatomy ? anatomySource(state) : null;
    const want = source && 'url' in source ? source.url : null;
    // A refusal counts as an answer too, so it is reported once, not on every update.
    const ask = source && 'reason' in source ? `refused: ${source.reason}` : want;
    if (ask === this.asked) return;
    this.asked = ask;
    if (source && 'reason' in source) {
      this.store.set('anatomy', 'failed');
      reportError(this.host, this.store, 'model', source.reason, source.reason);
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
        this.store.set('announcement', 'Anatomy shown under the skin: bones, nerves, kidneys and vessels.');
      },
      (error: Error) => {
        // No retry on every update: turning the layer off and on again tries once more.
        if (this.asked !== want || error.name === 'AbortError') return;
        this.store.set('anatomy', 'failed');
        reportError(this.host, this.store, 'model', error.message, 'The anatomy layer could not be loaded. The body and the points still work.');
      },
    );
  }

  /** The legend of what the colours are (while the anatomy is on show). */
  render(): TemplateResult | typeof nothing {
    const { showAnatomy, anatomy } = this.store.state;
    if (!showAnatomy || anatomy === 'failed') return nothing;
    return html`<div class="anatomy-legend" part="anatomy-legend" role="group" aria-label="Anatomy colours">
      ${anatomy === 'loading' ? html`<p class="anatomy-wait" role="status">Loading the anatomy…</p>` : nothing}
      <ul>
        ${ANATOMY_GROUPS.map(
          (g) => html`<li title=${g.holds}>
            <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="5.5" fill=${g.color}></circle></svg>
            <span>${g.label}</span>
          </li>`,
        )}
      </ul>
      <p class="anatomy-note">Simplified, generated anatomy aligned to this body's landmarks.</p>
    </div>`;
  }
}
