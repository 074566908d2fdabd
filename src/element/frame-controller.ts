import type { LitElement, ReactiveController } from 'lit';
import type { MapStore } from './store.js';

/**
 * A controller that places something on screen after every frame the body is drawn
 * (markers, ruler caption, quiz guess): subscribed to the store's `frame` while its host is
 * connected, so a removed widget keeps no listener.
 */
export abstract class FrameController implements ReactiveController {
  private stopFrames: (() => void) | null = null;

  constructor(
    protected readonly host: LitElement,
    protected readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopFrames = this.store.on('frame', () => this.position());
  }

  hostDisconnected(): void {
    this.stopFrames?.();
    this.stopFrames = null;
  }

  /** Move what this controller shows to where the last frame put its markers. */
  protected abstract position(): void;
}
