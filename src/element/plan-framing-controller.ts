import type { LitElement, ReactiveController } from 'lit';
import { afterNextPaint } from './after-paint.js';
import { MARKER_GAP } from './marker-gap.js';
import { prefersReducedMotion } from './reduced-motion.js';
import { activeProtocol } from './selectors.js';
import type { MapStore } from './store.js';

/** The free part must be at least this tall and wide to frame a plan in (a full sheet leaves none). */
const MIN_ROOM = 80;

/**
 * A chosen protocol's points kept in the free part of the view (above its card and the mode
 * bar on a phone, beside it on a desktop): when the protocol is chosen, its card opens or
 * closes, or the free part changes while no point is open, the camera turns to the side
 * that shows most of them and zooms in or out until they all fit (BodyView.framePlan);
 * nothing moves when they already do, nor once the user has moved the body. The points it
 * could not show go to `planOutOfView`, which the card names. A chunk of its own, fetched
 * when a protocol is first chosen (PlanFramingLoader); the view fetches the fitting
 * (plan-fit.ts) the first time it frames a plan.
 */
export class PlanFramingController implements ReactiveController {
  /** What the last framing was for: protocol, free part and markers. */
  private framedFor = '';
  private pending = false;
  /** The user turned or zoomed since the plan was framed: leave the camera alone. */
  private userMoved = false;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = this.store.on('interacted', () => {
      this.userMoved = true;
    });
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = null;
  }

  /** Before rendering: a protocol put away takes its out-of-view note with it (no second render). */
  hostUpdate(): void {
    const { state } = this.store;
    if (!activeProtocol(state) && state.planOutOfView.length) this.store.set('planOutOfView', []);
  }

  hostUpdated(): void {
    const { changed, state } = this.store;
    // Choosing a protocol, or opening or closing its card, asks to see the plan again.
    const cardToggled = changed.has('panel') && (state.panel === 'protocol' || changed.get('panel') === 'protocol');
    if (changed.has('protocol') || cardToggled) {
      this.userMoved = false;
      this.framedFor = '';
    }
    if (!this.wanted() || this.pending) return;
    this.pending = true;
    // After the card is painted and the figure centred in what it leaves (LayoutController
    // sets the view's insets first): the markers' positions are then current.
    void afterNextPaint().then(() => {
      this.pending = false;
      if (this.host.isConnected && this.wanted()) this.frame();
    });
  }

  /** A protocol is chosen, its card or no panel is open, the user has not moved the body. */
  private wanted(): boolean {
    const { state } = this.store;
    return (
      !!activeProtocol(state) &&
      !this.userMoved &&
      !state.selected &&
      !state.quiz &&
      (state.panel === 'protocol' || state.panel === null) &&
      !!state.body &&
      state.markers.length > 0
    );
  }

  private frame(): void {
    const { state } = this.store;
    const protocol = activeProtocol(state);
    const body = state.body;
    const free = this.store.free;
    if (!protocol || !body || !free) return;
    // A sheet at full height leaves no room: frame again when it is back at its peek.
    if (free.right - free.left < MIN_ROOM || free.bottom - free.top < MIN_ROOM) return;
    const key = `${protocol.id} ${state.markers.length} ${[free.left, free.top, free.right, free.bottom].map(Math.round).join(' ')}`;
    if (key === this.framedFor) return;
    this.framedFor = key;
    const groups = protocol.points.map((code) =>
      state.markers.flatMap((marker, index) => (marker.code === code && !marker.alternative ? [index] : [])),
    );
    // A marker's whole tap target (and its cluster's) inside the free part.
    void body.framePlan(groups, free, MARKER_GAP / 2 + 4, prefersReducedMotion()).then((left) => {
      // Nothing done, or framed for a plan or a free part that has changed since.
      if (left === null || key !== this.framedFor) return;
      const codes = left.map((index) => protocol.points[index]).filter((code) => groups[protocol.points.indexOf(code)].length > 0);
      if (codes.join(' ') !== this.store.state.planOutOfView.join(' ')) this.store.set('planOutOfView', codes);
    });
  }
}
