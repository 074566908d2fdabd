import type { LitElement, ReactiveController } from 'lit';
import { isNarrow } from './narrow.js';
import type { MapState, MapStore } from './store.js';
import { toolbarGroups, type ToolbarGroup } from './toolbar.js';

/** A toolbar item measured in its row: a group, the list button or the menu button. */
type Item = ToolbarGroup | 'list' | 'more';

/**
 * The toolbar stays one row at any width and in any language (priority+): its groups that
 * do not fit, the least used first, go into the "More" menu, and come back when there is
 * room again. A fixed width breakpoint could not know how long "Points (24)" is in German,
 * or a page's font; this measures. Each item's width is taken while it is in the row
 * (all of them are there when the language, the point count or the size class changes),
 * so a resize decides from numbers, without trying layouts on screen. The fit runs in the
 * resize callback or right after an update, so no frame is painted with a wrapped row.
 */
export class ToolbarFitController implements ReactiveController {
  private observer: ResizeObserver | null = null;
  /** Row widths of the items (with the gap before them), for `measuredFor`. */
  private readonly widths = new Map<Item, number>();
  /** What the widths depend on: the language, the size class (its 44 px controls), the labels. */
  private measuredFor = '';
  /** Whether the host has been laid out since it connected (the first resize callback). */
  private laidOut = false;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.laidOut = false;
    this.observer = new ResizeObserver(() => {
      this.laidOut = true;
      this.fit();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  hostUpdated(): void {
    // The first resize callback fits the row, in the first frame's layout (before it is
    // painted): measuring here before then would lay out the whole page in the script's task.
    if (!this.laidOut) return;
    const { changed } = this.store;
    const keys = ['language', 'points', 'webgl', 'toolbarFolded'] as const;
    // After the update, not in it: a fold is a state change, and it is made before the
    // frame is painted all the same.
    if (this.measuredFor === '' || keys.some((key) => changed.has(key))) void this.host.updateComplete.then(() => this.fit());
  }

  private fit(): void {
    const toolbar = this.host.renderRoot.querySelector<HTMLElement>('.toolbar');
    if (!toolbar || toolbar.clientWidth === 0) return;
    const state = this.store.state;
    const showViews = state.webgl !== false;
    const key = `${state.language.lang} ${isNarrow(this.host)} ${state.points.length} ${showViews}`;
    const groups = toolbarGroups(showViews);
    if (key !== this.measuredFor) {
      this.measuredFor = key;
      this.widths.clear();
      // Everything in the row once, to be measured.
      if (state.toolbarFolded !== 0) {
        this.refold({ toolbarFolded: 0 });
        return;
      }
    }
    const gap = parseFloat(getComputedStyle(toolbar).columnGap) || 0;
    for (const child of toolbar.children) {
      const element = child as HTMLElement;
      const item = (element.dataset.group as ToolbarGroup | undefined) ?? (element.matches('.list-button') ? 'list' : element.matches('.more') ? 'more' : null);
      if (!item) continue;
      // The list button may have given way (styles.ts): its full width is its content's.
      const width = Math.max(element.getBoundingClientRect().width, element.scrollWidth + element.offsetWidth - element.clientWidth);
      this.widths.set(item, width + (item === 'list' ? 0 : gap));
    }
    const folded = this.foldFor(toolbar.clientWidth, groups, gap);
    if (folded !== state.toolbarFolded) this.refold({ toolbarFolded: folded, ...(folded === 0 ? { moreOpen: false } : {}) });
  }

  /**
   * Fold or unfold: a group's buttons move between the row and the menu (and the menu button
   * comes or goes), and a focused one took focus out of the page with it. Focus goes to the
   * row's last button: the menu button, which holds the group now, or where it was.
   */
  private refold(patch: Partial<MapState>): void {
    const root = this.host.renderRoot as ShadowRoot;
    const inToolbar = root.activeElement?.closest('.toolbar');
    this.store.update(patch);
    if (inToolbar) void this.host.updateComplete.then(() => root.activeElement || root.querySelector<HTMLElement>('.toolbar>button:last-of-type')?.focus());
  }

  /**
   * The fewest groups to fold so the row fits `width`. A width not measured yet (the menu
   * button, before anything was folded) is found by folding that far and measuring.
   */
  private foldFor(width: number, groups: readonly ToolbarGroup[], gap: number): number {
    for (let folded = 0; folded < groups.length; folded++) {
      const items: Item[] = ['list', ...groups.slice(0, groups.length - folded), ...(folded > 0 ? (['more'] as const) : [])];
      const row = items.map((item) => this.widths.get(item));
      if (row.some((w) => w === undefined)) return folded;
      // The spacer before the evidence or the menu button adds a gap of its own.
      if (row.reduce((sum: number, w) => sum + w!, 0) + gap <= width + 0.5) return folded;
    }
    return groups.length;
  }
}
