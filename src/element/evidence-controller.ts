import type { LitElement, ReactiveController } from 'lit';
import type { MapStore } from './store.js';

/**
 * The text of "About the evidence" is a chunk of its own (a few kB the first stage does not
 * need to define the element): fetched as the widget starts its 3D stage, or at once when
 * the panel opens first.
 */
export class EvidenceController implements ReactiveController {
  private requested = false;

  constructor(
    host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { started, panel, evidence } = this.store.state;
    if (this.requested || evidence || !(started || panel === 'evidence')) return;
    this.requested = true;
    import('../catalogue/evidence.js').then(
      ({ EVIDENCE }) => this.store.set('evidence', EVIDENCE),
      // A failed fetch leaves "Loading…" in the panel; the next opening tries again.
      () => (this.requested = false),
    );
  }
}
