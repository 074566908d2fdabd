import type { LitElement, ReactiveController } from 'lit';
import { PLAN_KEY, POINT_KEY, readAddressParam, withAddressParam } from '../modes/address.js';
import type { MapStore } from './store.js';

/**
 * The page address and the widget:
 * - with `deep-link`, `#acupoint=BL23` opens BL23, and selecting a point writes it there
 *   (replacing the entry, so the back button still leaves the page);
 * - a plan link (`#acupoint-plan=BL23+BL25`, made by "Copy link") always opens with its
 *   plan: the widget made that link, and the key means nothing else.
 */
export class DeepLinkController implements ReactiveController {
  private readonly onHashChange = () => this.read();
  private reading = false;
  private wasDeepLink = false;
  private lastSelected: string | null | undefined = undefined;

  constructor(
    host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    const { deepLink, selected } = this.store.state;
    if (deepLink && !this.wasDeepLink) {
      // Turned on after connection: the address speaks first.
      this.wasDeepLink = true;
      this.lastSelected = selected;
      // After this update: reading writes the store (see StageController.hostUpdated).
      queueMicrotask(() => this.read());
      return;
    }
    this.wasDeepLink = deepLink;
    if (!deepLink || selected === this.lastSelected) return;
    this.lastSelected = selected;
    if (readAddressParam(location.href, POINT_KEY) === selected) return;
    history.replaceState(history.state, '', withAddressParam(location.href, POINT_KEY, selected));
  }

  private read(): void {
    if (this.reading) return;
    this.reading = true;
    try {
      const plan = readAddressParam(location.href, PLAN_KEY);
      if (plan !== null) this.store.set('plan', plan);
      if (!this.store.state.deepLink) return;
      const code = readAddressParam(location.href, POINT_KEY);
      // An address without our key leaves the selection alone (a page may set `selected`).
      if (code !== null) {
        this.store.set('selected', code || null);
        this.lastSelected = this.store.state.selected;
      }
    } finally {
      this.reading = false;
    }
  }
}
