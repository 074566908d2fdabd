import type { LitElement, ReactiveController } from 'lit';
import { audience } from './selectors.js';
import type { MapStore } from './store.js';

/**
 * "What a session is like", the patient's section of a point panel, is a chunk of its own
 * (about 0.7 kB gzipped the first stage does not need to define the element), fetched when a
 * patient's point panel first opens: the section starts collapsed, and appears a moment
 * after the panel, as the text of "About the evidence" does (EvidenceController).
 */
export class SessionController implements ReactiveController {
  private requested = false;

  constructor(
    host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const state = this.store.state;
    if (this.requested || state.session || state.panel !== 'point' || audience(state) !== 'patient') return;
    this.requested = true;
    import('../catalogue/session-info.js').then(
      ({ SESSION_INFO }) => this.store.set('session', SESSION_INFO),
      // A failed fetch leaves the panel without the section; the next opening tries again.
      () => (this.requested = false),
    );
  }
}
