import type { LitElement, ReactiveController } from 'lit';
import type { MapStore } from './store.js';

/**
 * The text of "About the evidence" is a chunk of its own (about 4 kB gzipped the first
 * stage does not need to define the element), fetched when the panel first opens: most
 * visitors never open it, and the panel shows its title at once and the text a moment later.
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
    const { panel, evidence } = this.store.state;
    if (this.requested || evidence || panel !== 'evidence') return;
    this.requested = true;
    import('../catalogue/evidence.js').then(
      ({ EVIDENCE }) => this.store.set('evidence', EVIDENCE),
      // A failed fetch leaves "Loading…" in the panel; the next opening tries again.
      () => (this.requested = false),
    );
  }
}
