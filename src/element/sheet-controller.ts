import { html, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { SheetDrag, type SheetState } from './bottom-sheet.js';
import { closePanel } from './selection.js';
import type { MapStore } from './store.js';

/** The sheet's peek: this fraction of the widget's height (styles.ts says the same). */
export const SHEET_PEEK = 0.45;

type SheetKind = 'panel' | 'list';

/**
 * The panel and the point list as bottom sheets on narrow widgets: the handle at a sheet's
 * top drags it between a peek and the full height (a flick down from the peek closes it),
 * or toggles the two on a click, Enter or Space. Each opens as a peek, so the chosen point
 * stays in sight above it. On wide widgets the handles are not shown (styles.ts).
 */
export class SheetController implements ReactiveController {
  private readonly drags: Record<SheetKind, SheetDrag>;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
    // Full is the sheet's largest height in styles.ts: all below its top space (the toolbar,
    // and the mode bar riding on the panel), which LayoutController sets on it.
    const limits = (sheet: HTMLElement) => {
      const full = host.clientHeight - (parseFloat(sheet.style.getPropertyValue('--_top-space')) || 54);
      return { peek: Math.min(host.clientHeight * SHEET_PEEK, full), full };
    };
    this.drags = {
      panel: new SheetDrag(
        () => host.renderRoot.querySelector<HTMLElement>('.panel'),
        limits,
        (state) => {
          if (state === 'closed') closePanel(store);
          else store.set('sheet', state);
          // Snapped back to the same state: the inline height is gone, lay out again.
          host.requestUpdate();
        },
      ),
      list: new SheetDrag(
        () => host.renderRoot.querySelector<HTMLElement>('.point-list'),
        limits,
        (state) => {
          if (state === 'closed') this.closeList();
          else store.set('listSheet', state);
          host.requestUpdate();
        },
      ),
    };
  }

  hostUpdate(): void {
    const { changed, state } = this.store;
    if (changed.has('selected') || (changed.has('panel') && state.panel === null)) this.store.set('sheet', 'peek');
    if (changed.has('listOpen') && state.listOpen) this.store.set('listSheet', 'peek');
  }

  /** Close the point list; focus goes back to its button when it was in the list. */
  closeList(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const hadFocus = root.activeElement?.closest('.point-list') != null;
    this.store.set('listOpen', false);
    if (hadFocus) root.querySelector<HTMLElement>('.toolbar .list-button')?.focus();
  }

  renderHandle(kind: SheetKind = 'panel'): TemplateResult {
    const drag = this.drags[kind];
    const key = kind === 'panel' ? 'sheet' : 'listSheet';
    const full = this.store.state[key] === 'full';
    return html`<button
      class="sheet-handle"
      part=${kind === 'panel' ? 'sheet-handle' : 'list-sheet-handle'}
      aria-label=${this.store.state.language.t(`sheet.${kind}.${full ? 'less' : 'more'}`)}
      aria-expanded=${full ? 'true' : 'false'}
      @pointerdown=${drag.down}
      @pointermove=${drag.move}
      @pointerup=${drag.up}
      @pointercancel=${drag.up}
      @click=${() => {
        if (!drag.consumeDrag()) this.store.set(key, (full ? 'peek' : 'full') as SheetState);
      }}
    ></button>`;
  }
}
