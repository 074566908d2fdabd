import { html, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { SheetDrag } from './bottom-sheet.js';
import { closePanel } from './selection.js';
import type { MapStore } from './store.js';

/** The sheet's peek: this fraction of the widget's height (styles.ts says the same). */
export const SHEET_PEEK = 0.45;

/**
 * The panel as a bottom sheet on narrow widgets: the handle at its top drags it between
 * a peek and the full height (a flick down from the peek closes it), or toggles the two on
 * a click, Enter or Space. Each panel opens as a peek, so the chosen point stays in sight
 * above it. On wide widgets the handle is not shown (styles.ts).
 */
export class SheetController implements ReactiveController {
  private readonly drag: SheetDrag;

  constructor(
    host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
    this.drag = new SheetDrag(
      () => host.renderRoot.querySelector<HTMLElement>('.panel'),
      () => ({ peek: host.clientHeight * SHEET_PEEK, full: host.clientHeight - (store.free?.top ?? 54) }),
      (state) => {
        if (state === 'closed') closePanel(store);
        else store.set('sheet', state);
        // Snapped back to the same state: the inline height is gone, lay out again.
        host.requestUpdate();
      },
    );
  }

  hostUpdate(): void {
    const { changed, state } = this.store;
    if (changed.has('selected') || (changed.has('panel') && state.panel === null)) this.store.set('sheet', 'peek');
  }

  renderHandle(): TemplateResult {
    const full = this.store.state.sheet === 'full';
    return html`<button
      class="sheet-handle"
      part="sheet-handle"
      aria-label=${this.store.state.language.t(full ? 'sheet.showLess' : 'sheet.showMore')}
      aria-expanded=${full ? 'true' : 'false'}
      @pointerdown=${this.drag.down}
      @pointermove=${this.drag.move}
      @pointerup=${this.drag.up}
      @pointercancel=${this.drag.up}
      @click=${() => {
        if (!this.drag.consumeDrag()) this.store.set('sheet', full ? 'peek' : 'full');
      }}
    ></button>`;
  }
}
