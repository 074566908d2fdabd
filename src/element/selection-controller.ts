import type { LitElement, ReactiveController } from 'lit';
import { emit, type PointSelectDetail, type SelectionChangeDetail } from './events.js';
import { localPoints } from './localized.js';
import { spokenTitle } from './names.js';
import { markCurrent } from './point-list.js';
import { afterNextPaint } from './after-paint.js';
import { prefersReducedMotion } from './reduced-motion.js';
import { MARKER_GAP } from './marker-gap.js';
import { closePanel } from './selection.js';
import type { MapStore } from './store.js';

/**
 * The selection and the panel: the panel follows `selected` in the same update, the page
 * hears `point-select`, the body turns to show the point, screen readers hear what opened,
 * Escape closes the panel, and focus lands where an action asked for it.
 */
export class SelectionController implements ReactiveController {
  /** A point was chosen before its markers were placed: frame it once they are. */
  private revealPending = false;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onEscape);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onEscape);
  }

  /** Before rendering. */
  hostUpdate(): void {
    const { store } = this;
    const { changed } = store;
    if (changed.has('points')) {
      const { selected, points } = store.state;
      if (selected && !points.some((point) => point.code === selected)) store.set('selected', null);
    }
    // The marker clicked belongs to the selected point of the markers on show.
    const { selectedMarker, markers, selected } = store.state;
    if (selectedMarker !== null && (changed.has('markers') || markers[selectedMarker]?.code !== selected)) {
      store.set('selectedMarker', null);
    }
    if (changed.has('selected')) this.panelFollowsSelection(changed.get('selected') as string | null | undefined);
  }

  /** After rendering. */
  hostUpdated(): void {
    const { store } = this;
    if (store.changed.has('selected')) {
      markCurrent(this.host.renderRoot, store.state.selected);
      this.announceSelection();
      this.reportChangeToPage();
    }
    // A point chosen before the body was ready (attribute, link) is framed once its markers
    // are placed (not when they are placed again: a restored context, a new set).
    else if (store.changed.has('markers') && store.state.selected && this.revealPending) this.reveal();
    const focus = store.take('focusAfterRender');
    if (focus) this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private panelFollowsSelection(previous: string | null | undefined): void {
    const { store } = this;
    const { selected, points, panel, language } = store.state;
    const point = selected ? localPoints(store.state).find((p) => p.code === selected) : undefined;
    if (point) {
      store.update({ panel: 'point', announcement: language.t('announce.opened', { name: spokenTitle(point, language), english: point.english }) });
      return;
    }
    if (selected && points.length) console.warn(`<acupoint-map>: no point "${selected}" in the current set.`);
    if (panel === 'point') store.set('panel', null);
    if (previous) store.set('announcement', language.t('announce.closed'));
  }

  /** Tell the page, and bring the point into view. */
  private announceSelection(): void {
    const { selected, points } = this.store.state;
    const point = selected ? points.find((p) => p.code === selected) : undefined;
    if (!point) return;
    this.reveal();
    emit<PointSelectDetail>(this.host, 'point-select', { code: point.code, point });
  }

  /**
   * Keep the selected point in sight, once every controller has laid out this update (the
   * sheet or panel and the view's insets): in the part of the view they leave free.
   */
  private reveal(): void {
    const { selected, body, markers } = this.store.state;
    // Not ready yet (no body or no markers): done when the markers are placed.
    this.revealPending = !body || markers.length === 0;
    // After the panel is painted and the figure centred beside it (LayoutController).
    void afterNextPaint().then(() => {
      const { markers } = this.store.state;
      if (!body || this.store.state.body !== body || this.store.state.selected !== selected) return;
      const own = markers.flatMap((marker, index) => (marker.code === selected && !marker.alternative ? [index] : []));
      const free = this.store.free ?? { left: 0, top: 0, right: this.host.clientWidth, bottom: this.host.clientHeight };
      body.revealMarkers(own, prefersReducedMotion(), free, MARKER_GAP);
    });
  }

  /**
   * `selection-change` for a change the page did not make (a click, the list, close, Escape,
   * a deep link, the quiz, a point set without the point): a framework that owns `selected`
   * hears of it, and never hears back its own writes.
   */
  private reportChangeToPage(): void {
    const { store } = this;
    const { selected, points } = store.state;
    if (store.changedByPage('selected') || Object.is(store.changed.get('selected'), selected)) return;
    const point = (selected && points.find((p) => p.code === selected)) || null;
    emit<SelectionChangeDetail>(this.host, 'selection-change', { code: selected, point });
  }

  /** Escape anywhere in the widget closes the open panel. */
  private readonly onEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.store.state.panel) {
      event.preventDefault();
      closePanel(this.store);
    }
  };
}
