import type { LitElement, ReactiveController } from 'lit';
import { fitView } from './fit-view.js';
import type { MapStore } from './store.js';

/**
 * The widget's layout: the 3D view follows the host's size, the figure stays centred in
 * what a side panel leaves free, and the overlays (list, panel, mode bar, footnote) never
 * cover each other or the controls.
 */
export class LayoutController implements ReactiveController {
  private resizeObserver: ResizeObserver | null = null;

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
      if (body) {
        fitView(this.host, body);
        this.syncPanelInset();
        body.drawNow();
      }
      this.syncOverlaySpace();
    });
    this.resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  hostUpdated(): void {
    const { changed } = this.store;
    if (changed.has('panel') || changed.has('body') || !this.host.hasUpdated) this.syncPanelInset();
    // Cheap (a few rectangles) and needed after any change of toolbar, list, panel or notice.
    this.syncOverlaySpace();
  }

  /** A side panel covers the right of the view: centre the figure in what is left. */
  syncPanelInset(): void {
    const body = this.store.state.body;
    const panel = this.host.renderRoot.querySelector<HTMLElement>('.panel');
    const open = panel && !panel.hidden;
    const width = this.host.getBoundingClientRect().width;
    const panelWidth = open ? panel.getBoundingClientRect().width : 0;
    // Narrow layouts show the panel as a bottom sheet, which leaves the width free.
    const inset = panelWidth > 0 && panelWidth < width * 0.8 ? panelWidth + 10 : 0;
    body?.setRightInset(inset);
    // The placeholder picture moves as the 3D view does.
    this.host.renderRoot.querySelector<HTMLElement>('.stage')?.style.setProperty('--_view-inset', `${inset}px`);
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
