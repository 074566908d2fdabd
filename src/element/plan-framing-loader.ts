import type { LitElement, ReactiveController } from 'lit';
import { activeProtocol } from './selectors.js';
import type { MapStore } from './store.js';

/**
 * Fetches the plan framing (PlanFramingController and the fitting it needs, about 2 kB
 * gzipped) the first time a protocol is chosen, and adds its controller to the element:
 * a page that never chooses one (a clinic's, by default) does not download it with the 3D
 * stage. It arrives in a moment, before the first frame the card leaves free is framed.
 */
export class PlanFramingLoader implements ReactiveController {
  /** Fetched, or being fetched. */
  private requested = false;
  /** The protocol a fetch failed for: tried again when another is chosen, not on every update. */
  private failedFor: string | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const protocol = activeProtocol(this.store.state);
    if (this.requested || !protocol || protocol.id === this.failedFor) return;
    this.requested = true;
    import('./plan-framing-controller.js').then(
      ({ PlanFramingController }) => {
        // A new controller starts as if the protocol had just been chosen: it frames it.
        new PlanFramingController(this.host, this.store);
        this.host.requestUpdate();
      },
      // A failed fetch leaves the camera where it is (the card still shows the plan).
      () => {
        this.requested = false;
        this.failedFor = protocol.id;
      },
    );
  }
}
