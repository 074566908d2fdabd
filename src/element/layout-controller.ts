import type { LitElement, ReactiveController } from 'lit';
import { fitView } from './fit-view.js';
import { measureCovers, measureFreeRect } from './free-rect.js';
import type { MapStore } from './store.js';

/**
 * The widget's layout: the 3D view follows the host's size, the figure stays centred in
 * what a side panel leaves free, and the overlays (list, panel, mode bar, footnote) never
 * cover each other or the controls.
 */
export class LayoutController implements ReactiveController {
  private resizeObserver: ResizeObserver | null = null;
  private insetKey = '';

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The host's size decides the toolbar's wrapping (overlays) and the drawing size.
    this.resizeObserver = new ResizeObserver(() => {
      const body = this.store.state.body;
      this.syncOverlaySpace();
      if (body) {
        fitView(this.host, body);
        // A new size: the insets again, and a frame drawn now.
        this.insetKey = '';
        this.syncInsets();
      }
    });
    this.resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  hostUpdated(): void {
    // Cheap (a few rectangles) and needed after any change of toolbar, list, panel, sheet or notice.
    this.syncOverlaySpace();
    this.syncInsets();
  }

  /**
   * Centre the figure in the part of the view nothing covers (the store keeps it for the
   * markers and keep-in-sight), and redraw at once when it changed, so the markers'
   * positions are current for what comes next in this update.
   */
  private syncInsets(): void {
    const root = this.host.renderRoot;
    this.store.free = measureFreeRect(this.host, root);
    this.store.covers = measureCovers(this.host, root);
    // The picture shifts for a side panel or a sheet; not for the toolbar (its buttons sit
    // in the corners, clear of the head), nor for a mode bar or a notice coming and going
    // (the figure would jump under the pointer).
    const frame = measureFreeRect(this.host, root, true);
    const body = this.store.state.body;
    // The placeholder picture (before the 3D view draws) moves as the 3D view does.
    this.host.renderRoot.querySelector<HTMLElement>('.stage')?.style.setProperty('--_view-inset', `${this.host.clientWidth - frame.right}px`);
    const key = `${frame.left} ${frame.top} ${frame.right} ${frame.bottom} ${body ? 1 : 0}`;
    if (!body || key === this.insetKey) return;
    this.insetKey = key;
    body.setInsets(frame);
    body.drawNow();
  }

  /**
   * Keep the overlays from covering each other or the controls: the list and the panel
   * start below the toolbar (it wraps onto more rows in a narrow widget) and end above the
   * notice; the list ends beside the panel, or above it where the panel is a bottom sheet.
   */
  syncOverlaySpace(): void {
    const host = this.host;
    const root = host.renderRoot;
    const list = root.querySelector<HTMLElement>('.point-list');
    const panel = root.querySelector<HTMLElement>('.panel');
    const toolbar = root.querySelector<HTMLElement>('.toolbar');
    if (!list || !panel || !toolbar) return;
    // Offsets are CSS pixels of the widget's own box, whatever transform or zoom the page applies.
    const notice = root.querySelector<HTMLElement>('.notice');
    const top = toolbar.offsetTop + toolbar.offsetHeight + 8;
    const bottom = notice ? notice.offsetHeight + 8 : 0;
    for (const box of [list, panel]) {
      box.style.setProperty('--_top-space', `${top}px`);
      box.style.setProperty('--_notice-space', `${bottom}px`);
    }
    list.style.removeProperty('--_list-bottom');
    list.style.removeProperty('--_list-max-width');
    // The mode bar (practitioner, student, quiz) sits at the foot: beside a side panel, or
    // above a bottom sheet, never under either (its last buttons were hidden).
    const bar = root.querySelector<HTMLElement>('.mode-bar');
    bar?.style.removeProperty('--_bar-bottom');
    bar?.style.removeProperty('--_bar-max-width');
    if (!panel.hidden && panel.offsetWidth > 0) {
      if (panel.offsetLeft < 20) {
        const aboveSheet = `${host.clientHeight - panel.offsetTop + 8}px`;
        list.style.setProperty('--_list-bottom', aboveSheet);
        bar?.style.setProperty('--_bar-bottom', aboveSheet);
      } else {
        list.style.setProperty('--_list-max-width', `${panel.offsetLeft - 20}px`);
        bar?.style.setProperty('--_bar-max-width', `${panel.offsetLeft - 20}px`);
      }
    }
    // The "not medical advice" footnote moves up above a mode bar that reaches under it.
    const footnote = root.querySelector<HTMLElement>('.footnote');
    footnote?.style.removeProperty('--_footnote-bottom');
    if (footnote && bar && bar.offsetWidth > 0 && bar.offsetLeft + bar.offsetWidth + 8 > footnote.offsetLeft) {
      footnote.style.setProperty('--_footnote-bottom', `${host.clientHeight - bar.offsetTop + 6}px`);
    }
  }
}
