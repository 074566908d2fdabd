import type { LitElement, ReactiveController } from 'lit';
import { afterNextPaint } from './after-paint.js';
import { measureFreeRect } from './free-rect.js';
import { isNarrow } from './narrow.js';
import type { MapStore } from './store.js';

/**
 * The widget's layout: the 3D view follows the host's size, the figure stays centred in
 * what a side panel leaves free, and the overlays (list, panel, mode bar, footnote) never
 * cover each other or the controls.
 */
export class LayoutController implements ReactiveController {
  private resizeObserver: ResizeObserver | null = null;
  private insetKey = '';
  private insetsPending = false;
  /** Whether the host has been laid out since it connected (the first resize callback). */
  private laidOut = false;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The host's size decides the toolbar's wrapping (overlays) and the drawing size.
    this.laidOut = false;
    this.resizeObserver = new ResizeObserver(() => {
      const { body, stage3d } = this.store.state;
      this.laidOut = true;
      this.syncOverlaySpace();
      this.measure();
      // A body comes with the 3D stage, which brings the sizing (kept out of the first stage).
      if (body && stage3d) {
        stage3d.fitView(this.host, body);
        // A new size: the insets again, and a frame drawn now (in this frame, before it is
        // painted: the picture is never shown stretched to the new size).
        this.insetKey = '';
        this.syncInsets(true);
      }
    });
    this.resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  hostUpdated(): void {
    // Before the host's first layout, reading a size would lay out the whole page inside the
    // script's task (16 to 30 ms of a clinic page, times four on Lighthouse's phone): the
    // first resize callback, which comes with the first frame's layout, measures instead.
    if (!this.laidOut) return;
    // Cheap (a few rectangles) and needed after any change of toolbar, list, panel, sheet or notice.
    this.syncOverlaySpace();
    this.measure();
    // The picture follows once the change is painted (after-paint.ts).
    if (this.insetsPending) return;
    this.insetsPending = true;
    void afterNextPaint('layout').then(() => {
      this.insetsPending = false;
      if (this.host.isConnected) this.syncInsets();
    });
  }

  /** What covers the view, for the markers and keep-in-sight: current after every update. */
  private measure(): void {
    const root = this.host.renderRoot;
    this.store.free = measureFreeRect(this.host, root);
    // Only the markers (3D stage) use the covers: the measuring comes with that stage.
    this.store.covers = this.store.state.stage3d?.measureCovers(this.host, root) ?? [];
  }

  /**
   * Centre the figure in the part of the view nothing covers (the store keeps it for the
   * markers and keep-in-sight); when it changed, the markers' positions are projected at
   * once for what comes next (keep-in-sight), and the picture is drawn in the next frame.
   */
  private syncInsets(drawNow = false): void {
    const root = this.host.renderRoot;
    this.measure();
    // The picture shifts for a side panel or a sheet; not for the toolbar (its buttons sit
    // in the corners, clear of the head), nor for a mode bar or a notice coming and going
    // (the figure would jump under the pointer).
    const frame = measureFreeRect(this.host, root, true);
    const body = this.store.state.body;
    // The placeholder picture moves as the 3D view does. Set on the picture itself: on the
    // stage, the inherited value restyled every marker button (thousands with a large set).
    const placeholder = this.host.renderRoot.querySelector<HTMLElement>('.placeholder');
    if (placeholder) setVar(placeholder, '--_view-inset', `${this.host.clientWidth - frame.right}px`);
    const key = `${frame.left} ${frame.top} ${frame.right} ${frame.bottom} ${body ? 1 : 0}`;
    if (!body || key === this.insetKey) return;
    // A quiz keeps the framing it started with (a new size aside): its bar replaces the
    // mode bar, and the figure must not move under a student's click.
    if (this.store.state.quiz && this.insetKey) return;
    this.insetKey = key;
    // The picture follows in the next frame (setInsets asks for it); what reads where the
    // markers will be (keep-in-sight, right after this) has them now.
    body.setInsets(frame);
    if (drawNow) body.drawNow();
    else body.projectMarkers();
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
    // Every size is read first and only changed values are written: a write between two
    // reads made the browser restyle the whole widget twice, and a custom property set
    // again on an ancestor restyles everything under it (issue 17: 4,000 points).
    const top = toolbar.offsetTop + toolbar.offsetHeight + 8;
    const bottom = notice ? notice.offsetHeight + 8 : 0;
    const bar = root.querySelector<HTMLElement>('.mode-bar');
    const footnote = root.querySelector<HTMLElement>('.footnote');
    const panelShown = !panel.hidden && panel.offsetWidth > 0;
    const sheet = panelShown && panel.offsetLeft < 20;
    // The panel's sticky header (and a sheet's handle above it): a focused element scrolled
    // into view stops below them, not under them (the panel's scroll padding).
    const header = panelShown ? panel.querySelector<HTMLElement>(':scope > header') : null;
    const handle = panel.querySelector<HTMLElement>(':scope > .sheet-handle');
    const headerSpace = header ? `${header.offsetHeight + (handle?.offsetHeight ?? 0)}px` : null;
    const beside = panelShown && !sheet ? `${panel.offsetLeft - 20}px` : null;
    // The mode bar (practitioner, student, quiz) sits at the foot: beside a side panel, or
    // above a bottom sheet, never under either (its last buttons were hidden). Its size is
    // read as laid out with these values: set them, then read.
    if (bar) setVar(bar, '--_bar-max-width', beside);
    // A sheet, at any height, ends below the bar riding on it: at full height the bar went
    // over the toolbar (its ⋯ button) and the sheet's peek can be no taller (styles.ts).
    const barSpace = sheet && bar && bar.offsetWidth > 0 ? bar.offsetHeight + 8 : 0;
    for (const box of [list, panel]) {
      setVar(box, '--_top-space', `${box === panel ? top + barSpace : top}px`);
      setVar(box, '--_notice-space', `${bottom}px`);
    }
    setVar(panel, '--_header-space', headerSpace);
    const aboveSheet = sheet ? `${host.clientHeight - panel.offsetTop + 8}px` : null;
    if (bar) setVar(bar, '--_bar-bottom', aboveSheet);
    // A side list (not a phone's sheet) ends above the mode bar that starts under it: it
    // came over the bar, and Labels, Channels, Quiz or the protocol picker could not be
    // clicked while the list was open. The bar is read as placed by its values just set.
    const listShown = !list.hidden && list.offsetWidth > 0;
    const underBar =
      listShown && bar && bar.offsetWidth > 0 && !isNarrow(host) && bar.offsetLeft < list.offsetLeft + list.offsetWidth
        ? `${host.clientHeight - bar.offsetTop + 8}px`
        : null;
    setVar(list, '--_list-bottom', underBar ?? aboveSheet);
    setVar(list, '--_list-max-width', beside);
    // The "not medical advice" footnote moves up above a mode bar that reaches under it.
    if (footnote) {
      const covered = bar && bar.offsetWidth > 0 && bar.offsetLeft + bar.offsetWidth + 8 > footnote.offsetLeft;
      setVar(footnote, '--_footnote-bottom', covered ? `${host.clientHeight - bar.offsetTop + 6}px` : null);
    }
  }
}

/** Set (or, for null, remove) a custom property only when it changes. */
function setVar(element: HTMLElement, name: string, value: string | null): void {
  const current = element.style.getPropertyValue(name);
  if (value === null) {
    if (current) element.style.removeProperty(name);
  } else if (current !== value) {
    element.style.setProperty(name, value);
  }
}
