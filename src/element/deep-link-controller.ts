import type { LitElement, ReactiveController } from 'lit';
import { PLAN_KEY, POINT_KEY, readAddressParam, withAddressParam } from '../modes/address.js';

interface DeepLinkHost extends LitElement {
  deepLink: boolean;
  selected: string | null;
  plan: string | null;
}

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

  /** `changeSelection` is the host's way to select as the user would (it tells the page). */
  constructor(
    private readonly host: DeepLinkHost,
    private readonly changeSelection: (code: string | null) => void,
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
    const { deepLink, selected } = this.host;
    if (deepLink && !this.wasDeepLink) {
      // Turned on after connection: the address speaks first.
      this.wasDeepLink = true;
      this.lastSelected = selected;
      this.read();
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
      if (plan !== null) this.host.plan = plan;
      if (!this.host.deepLink) return;
      const code = readAddressParam(location.href, POINT_KEY);
      // An address without our key leaves the selection alone (a page may set `selected`).
      if (code !== null) {
        this.changeSelection(code || null);
        this.lastSelected = this.host.selected;
      }
    } finally {
      this.reading = false;
    }
  }
}
