import type { LitElement, ReactiveController } from 'lit';
import { isViewName, type ViewName } from '../scene/body-view-types.js';
import { prefersReducedMotion } from './reduced-motion.js';
import { watchReducedMotion } from './watch-reduced-motion.js';
import type { MapStore } from './store.js';

/**
 * The camera as the page asked for it: the `view` preset (animated unless reduced motion is
 * preferred), Home going back to it, and `auto-rotate` until the user moves the body.
 */
export class CameraController implements ReactiveController {
  private stopWatching: (() => void)[] = [];

  constructor(
    host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const { store } = this;
    this.stopWatching.push(
      watchReducedMotion(() => this.applyAutoRotate()),
      store.on('interacted', () => store.state.body?.setAutoRotate(false)),
      store.on('reset', () => this.show(isViewName(store.state.view) ? store.state.view : 'back')),
    );
  }

  hostDisconnected(): void {
    for (const stop of this.stopWatching.splice(0)) stop();
  }

  hostUpdated(): void {
    const { changed, state } = this.store;
    if (!state.body) return;
    if (changed.has('body')) {
      // A new view starts on the preset, without a transition.
      this.show(state.view, true);
      this.applyAutoRotate();
      return;
    }
    if (changed.has('view') && changed.get('view') !== undefined) this.show(state.view, prefersReducedMotion());
    if (changed.has('autoRotate')) this.applyAutoRotate();
  }

  /** Move to a preset view again (`setView` with the view already set: back to it). */
  show(name: ViewName, instant = prefersReducedMotion()): void {
    if (isViewName(name)) this.store.state.body?.setView(name, instant);
  }

  private applyAutoRotate(): void {
    const { body, autoRotate } = this.store.state;
    body?.setAutoRotate(autoRotate && !prefersReducedMotion());
  }
}
