import type { LitElement, ReactiveController } from 'lit';
import type { MapStore } from './store.js';

/**
 * The toolbar's "More" menu closes when a press lands anywhere outside it and its
 * button: on the body, a panel, or the page around the widget (as a native menu does).
 * The press itself goes on to what it landed on. Escape and a choice close it in toolbar.ts.
 */
export class MenuController implements ReactiveController {
  private listening = false;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const open = this.store.state.moreOpen;
    if (open === this.listening) return;
    this.listening = open;
    // Capture: a press the widget's stage or a page handler stops still closes the menu.
    if (open) document.addEventListener('pointerdown', this.onPress, true);
    else document.removeEventListener('pointerdown', this.onPress, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPress, true);
    this.listening = false;
  }

  private readonly onPress = (event: PointerEvent): void => {
    const root = this.host.renderRoot;
    const inside = [root.querySelector('.more'), root.querySelector('.more-items')];
    if (event.composedPath().some((node) => inside.includes(node as Element))) return;
    this.store.set('moreOpen', false);
  };
}
