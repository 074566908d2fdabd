import { html, type TemplateResult } from 'lit';
import type { AcuPoint, PlacedMarker } from '../catalogue/types.js';
import type { Translator } from '../i18n/translator.js';
import { planNumber } from '../modes/protocol-highlight.js';
import { emphasisOf, focusCodes } from '../modes/marker-emphasis.js';
import { ClusterLayer, type ClusterLook } from './cluster-layer.js';
import { fitLabels } from './label-layout.js';
import { declutter, eachOpensAlone, MARKER_GAP, mirrorsOf, type Cluster, type DeclutterOptions, type ScreenSpot } from './marker-clusters.js';
import { prefersReducedMotion } from './reduced-motion.js';
import { MarkerButtons, type MarkerLook } from './marker-buttons.js';
import { markerLabel } from './marker-label.js';
import { localPoints } from './localized.js';
import { choosePoint } from './selection.js';
import { activeProtocol, planCodes } from './selectors.js';
import { quizRevealed, quizRunning } from './quiz-selectors.js';
import type { MapState } from './store.js';
import { FrameController } from './frame-controller.js';
import { aboveFootCovers } from './above-foot-covers.js';

/**
 * The markers as buttons over the 3D view: one per placed marker, moved onto its projected
 * position after every frame, with one tab stop for all of them (arrow keys move between
 * the visible ones), the plan's numbers and, with `show-labels`, code tags that do not
 * overlap. Markers whose targets would overlap are shown as one cluster button
 * (marker-clusters.ts): a tap on it zooms in until they stand apart, so the button under
 * the finger is always the point it opens.
 */
export class HotspotController extends FrameController {
  private clusters: ClusterLayer | null = null;
  private markerButtons: MarkerButtons | null = null;
  /** The markers the buttons were made for: a new set starts over. */
  private buttonsFor: readonly PlacedMarker[] | null = null;
  /** How markers look in the current state; made once per update, not once per marker. */
  private looks: Looks | null = null;
  /** The points by code and their place in the set, made once per set. */
  private pointIndex: PointIndex | null = null;
  /** Each marker's twin on the other side of the body (clusters form alike on both), per set. */
  private mirror: { markers: readonly PlacedMarker[]; indexes: number[]; codes: string[] } | null = null;

  hostUpdated(): void {
    this.looks = null;
    const layer = this.layer();
    if (layer && this.buttonsFor !== this.store.state.markers) {
      layer.clear();
      this.buttonsFor = this.store.state.markers;
      // A set small enough has a button per marker at once (hidden until placed); a large
      // one gets buttons for the markers shown alone, as the next frame places them.
      if (this.everyMarker()) this.keepButtons(null);
    } else {
      layer?.restyle(this.look);
    }
    // New buttons, or what decides which are shown (the list, panel or sheet over them, the
    // selected point's markers that never merge, the quiz that hides them, the labels),
    // placed again where the last frame put their markers, without waiting for a frame
    // that may not come.
    const { changed } = this.store;
    const layoutKeys = ['markers', 'listOpen', 'showLabels', 'panel', 'sheet', 'selected', 'quiz', 'moreOpen', 'notice', 'plan', 'protocol', 'points', 'language'] as const;
    if (layoutKeys.some((key) => changed.has(key))) void this.host.updateComplete.then(() => this.position());
  }

  /**
   * The layer of marker buttons: Lit renders the containers, the buttons in them are kept
   * by MarkerButtons and ClusterLayer.
   */
  render(): TemplateResult {
    return html`<div class="hotspots ${quizRunning(this.store.state) ? 'quiz' : ''}" @keydown=${this.onKey}></div>
      <div class="clusters" @keydown=${this.onKey}></div>`;
  }

  /** The marker buttons' keeper, new when Lit made a new container. */
  private layer(): MarkerButtons | null {
    const container = this.host.renderRoot.querySelector<HTMLElement>('.hotspots');
    if (!container) return null;
    if (this.markerButtons?.container !== container) {
      this.markerButtons = new MarkerButtons(container, this.onClick);
      this.buttonsFor = null;
    }
    return this.markerButtons;
  }

  /**
   * Whether every marker has a button, shown or not. Up to EVERY_MARKER_UP_TO markers (the
   * built-in set has 83) they do; beyond, only the markers shown on their own, at most
   * MOST_BUTTONS: the point list is the path to every point then.
   */
  private everyMarker(): boolean {
    return this.store.state.markers.length <= EVERY_MARKER_UP_TO;
  }

  /** Buttons for every marker, or (a large set) for those shown on their own. */
  private keepButtons(single: readonly number[] | null, keepAlso: Element | null = null): void {
    const { markers } = this.store.state;
    const wanted = this.everyMarker() ? markers.map((_, index) => index) : (single ?? []).slice(0, MOST_BUTTONS);
    this.layer()?.keep(wanted, (index) => markers[index], this.look, keepAlso);
  }

  private readonly look = (index: number): MarkerLook | null => {
    const state = this.store.state;
    const marker = state.markers[index];
    const point = marker && this.points().byCode.get(marker.code);
    if (!marker || !point) return null;
    const looks = (this.looks ??= looksOf(state));
    // The group member's label ("WHO alternative") in the widget's language.
    const label = point.markers[marker.definition]?.label ?? marker.label;
    const selected = marker.code === state.selected;
    const emphasis = emphasisOf(marker.code, looks.focus);
    const number = planNumber(looks.plan, marker.code);
    return {
      classes: [selected ? 'selected' : '', emphasis === 'normal' ? '' : emphasis, looks.revealed === marker.code ? 'reveal' : '']
        .filter(Boolean)
        .join(' '),
      label:
        markerLabel(point, marker.side, state.language, label, marker.alternative) +
        markerNote(marker.code, looks.plan, looks.focus, state.language),
      pressed: selected,
      number,
      tag: state.showLabels ? (label ? `${marker.code} ${label}` : marker.code) : null,
    };
  };

  /** The current set's points by code, and their order (cluster members are listed in it). */
  private points(): PointIndex {
    // In the widget's language: the buttons' names (a new copy when the language changes).
    const points = localPoints(this.store.state);
    if (this.pointIndex?.points !== points) {
      this.pointIndex = {
        points,
        byCode: new Map(points.map((point) => [point.code, point])),
        order: new Map(points.map((point, index) => [point.code, index])),
      };
    }
    return this.pointIndex;
  }

  private buttons(): HTMLButtonElement[] {
    return this.markerButtons?.all() ?? [];
  }

  /** After each frame: every button onto its marker, hidden where the marker cannot be seen. */
  protected position(): void {
    const { screen, pixelsPerMetre } = this.store;
    // A marker dot about 0.6 cun wide: neighbours 0.5 to 1 cun apart (Jiaji, BL23) stay
    // apart when zoomed out, and grow to an easy target when zoomed in.
    const dot = Math.min(16, Math.max(7, pixelsPerMetre * 0.013));
    const layer = this.layer();
    if (layer && layer.container.style.getPropertyValue('--dot') !== `${dot.toFixed(1)}px`) layer.container.style.setProperty('--dot', `${dot.toFixed(1)}px`);
    const { markers, selected } = this.store.state;
    // A marker under a toolbar button, the list, the panel or a bar is not shown: it could not be tapped.
    const covers = this.store.covers;
    const inView = screen.map((s) => ({
      ...s,
      visible: s.visible && !covers.some((box) => s.x >= box.left && s.x <= box.right && s.y >= box.top && s.y <= box.bottom),
    }));
    const root = this.host.renderRoot as ShadowRoot;
    const focused = root.activeElement as HTMLElement | null;
    // Markers whose targets would overlap merge into clusters (not in the quiz, where the
    // markers are hidden); the selected point's markers always stay themselves.
    const pinned = new Set(markers.flatMap((marker, index) => (marker.code === selected ? [index] : [])));
    const layout = quizRunning(this.store.state) ? null : declutter(inView, { gap: MARKER_GAP, pinned, ...this.pairing() });
    if (!this.everyMarker()) {
      // A large set: buttons for the markers shown alone (in the quiz, the answer's).
      const revealed = quizRevealed(this.store.state);
      const alone = layout?.single ?? inView.flatMap((spot, index) => (spot.visible && markers[index]?.code === revealed ? [index] : []));
      this.keepButtons(alone, focused);
    }
    const buttons = this.buttons();
    const single = new Set(layout?.single);
    // Only what changed is written: with thousands of markers, rewriting every button's
    // style each frame made the browser restyle all of them (issue 17).
    for (const button of buttons) {
      const index = Number(button.dataset.index);
      const state = inView[index];
      if (!state) continue;
      const hidden = !state.visible || (layout !== null && !single.has(index));
      if (button.hidden !== hidden) button.hidden = hidden;
      if (hidden) continue;
      const transform = `translate(${state.x.toFixed(1)}px, ${state.y.toFixed(1)}px)`;
      if (placed.get(button) !== transform) {
        placed.set(button, transform);
        button.style.transform = transform;
      }
    }
    const container = this.host.renderRoot.querySelector<HTMLElement>('.clusters');
    if (container && !this.clusters) this.clusters = new ClusterLayer(container, (cluster, button) => this.openCluster(cluster, button));
    this.clusters?.update(layout?.clusters ?? [], (members) => this.pointsOf(members), this.clusterLook(), this.store.state.language);
    this.keepFocus(focused, layout?.clusters ?? []);
    this.focusWhenShown(buttons, root.activeElement);
    this.updateTabStop(buttons);
    this.layoutLabels(buttons);
  }

  /**
   * How the markers merge: each one's twin on the other side, its point (rows of one point
   * gather), and where a cluster button shows whole: half a button in from the view's
   * edges and from a side panel or a sheet (the toolbar's row is not free, but a cluster
   * between its buttons is seen).
   */
  private pairing(): Required<Pick<DeclutterOptions, 'mirror' | 'pointOf' | 'bounds'>> {
    const { markers } = this.store.state;
    if (this.mirror?.markers !== markers) this.mirror = { markers, indexes: mirrorsOf(markers), codes: markers.map((marker) => marker.code) };
    const inset = MARKER_GAP / 2 + 2;
    const free = this.store.free ?? { left: 0, top: 0, right: this.host.clientWidth, bottom: this.host.clientHeight };
    const bounds = { left: free.left + inset, top: inset, right: free.right - inset, bottom: free.bottom - inset };
    return { mirror: this.mirror.indexes, pointOf: this.mirror.codes, bounds };
  }

  /** How a cluster shows the plan and the chosen protocol, as its markers would. */
  private clusterLook(): (points: readonly AcuPoint[]) => ClusterLook {
    const state = this.store.state;
    const { plan, focus } = (this.looks ??= looksOf(state));
    return (points) => {
      const numbers = points.map((point) => planNumber(plan, point.code)).filter((n) => n > 0).sort((a, b) => a - b);
      const focused = focus ? points.filter((point) => focus.has(point.code)).length : 0;
      return { numbers, emphasis: !focus ? 'normal' : focused ? 'focus' : 'dimmed', focused, tag: state.showLabels };
    };
  }

  /**
   * A focused marker that merged into a cluster (or a cluster that split) while the view
   * moved: focus goes to the cluster now holding it, or else to the nearest shown target,
   * never lost to the page.
   */
  private keepFocus(focused: HTMLElement | null, clusters: readonly Cluster[]): void {
    if (!focused || !focused.hidden || !(focused.matches('.hotspot') || focused.matches('.cluster'))) return;
    const targets = this.targets();
    if (targets.length === 0) return;
    const index = focused.dataset.index;
    const holder = index === undefined ? -1 : clusters.findIndex((cluster) => cluster.members.includes(Number(index)));
    const x = Number(focused.dataset.x ?? this.store.screen[Number(index)]?.x ?? 0);
    const y = Number(focused.dataset.y ?? this.store.screen[Number(index)]?.y ?? 0);
    const at = (button: HTMLElement) =>
      button.dataset.x ? { x: Number(button.dataset.x), y: Number(button.dataset.y) } : (this.store.screen[Number(button.dataset.index)] ?? { x: 0, y: 0 });
    const next =
      (holder >= 0 ? this.clusters?.buttonFor(clusters[holder]) : undefined) ??
      targets.reduce((a, b) => (Math.hypot(at(a).x - x, at(a).y - y) <= Math.hypot(at(b).x - x, at(b).y - y) ? a : b));
    next.tabIndex = 0;
    next.focus();
  }

  /**
   * The marker a closed panel was opened from, once its button shows again (see
   * `focusMarkerWhenShown`); dropped when focus has moved on from the stage meanwhile.
   */
  private focusWhenShown(buttons: readonly HTMLButtonElement[], active: Element | null): void {
    const wanted = this.store.state.focusMarkerWhenShown;
    if (!wanted) return;
    if (active && !active.matches('[part~="stage"]')) {
      this.store.set('focusMarkerWhenShown', null);
      return;
    }
    const button = buttons.find((b) => !b.hidden && b.dataset.code === wanted.code && b.dataset.side === wanted.side);
    if (!button) return;
    this.store.set('focusMarkerWhenShown', null);
    button.tabIndex = 0;
    button.focus();
  }

  /** The distinct points of these markers, in the set's order. */
  private pointsOf(members: readonly number[]): AcuPoint[] {
    const { markers } = this.store.state;
    const { byCode, order } = this.points();
    const codes = [...new Set(members.map((index) => markers[index]?.code))].filter((code) => byCode.has(code));
    return codes.sort((a, b) => order.get(a)! - order.get(b)!).map((code) => byCode.get(code)!);
  }

  /** Markers and clusters on screen: the arrow keys' targets, with one tab stop among them. */
  private targets(buttons = this.buttons()): HTMLButtonElement[] {
    return [...buttons.filter((button) => !button.hidden), ...(this.clusters?.visibleButtons() ?? [])];
  }

  /**
   * A cluster was tapped: the markers of one point open it (keep-in-sight then zooms until
   * they stand apart); those of several points are zoomed in on until they stand apart,
   * and focus follows to the first of them, so the keyboard path is two keys too.
   */
  private openCluster(cluster: Cluster, button: HTMLButtonElement): void {
    const points = this.pointsOf(cluster.members);
    const body = this.store.state.body;
    if (points.length === 0) return;
    if (points.length === 1 || !body) {
      choosePoint(this.store, points[0].code, { trigger: button });
      return;
    }
    const free = aboveFootCovers(this.store.free ?? { left: 0, top: 0, right: this.host.clientWidth, bottom: this.host.clientHeight }, this.store.covers);
    // On a phone, the zoom keeps a lower back's width in view where one tap still opens
    // each point (a row of one point's markers may stay one button), not a close-up of skin.
    const pairing = this.pairing();
    const { markers, selected } = this.store.state;
    const pinned = new Set(markers.flatMap((marker, index) => (marker.code === selected ? [index] : [])));
    const opens = (spots: readonly ScreenSpot[]) => eachOpensAlone(declutter(spots, { gap: MARKER_GAP, pinned, ...pairing }), cluster.members, pairing.pointOf);
    body.spreadMarkers(cluster.members, MARKER_GAP, prefersReducedMotion(), free, { context: CLOSE_UP_CONTEXT, opens });
    const tr = this.store.state.language;
    this.store.set('announcement', tr.t('announce.zoomed', { count: points.length, codes: tr.list(points.map((point) => point.code)) }));
    const keyboard = (this.host.renderRoot as ShadowRoot).activeElement === button;
    if (keyboard) void this.afterCameraStops().then(() => {
      const first = this.buttons().find((candidate) => !candidate.hidden && cluster.members.includes(Number(candidate.dataset.index)));
      if (!first) return;
      for (const other of this.targets()) other.tabIndex = other === first ? 0 : -1;
      first.focus();
    });
  }

  private afterCameraStops(): Promise<void> {
    return new Promise((resolve) => {
      const start = performance.now();
      const check = () => {
        if (!this.store.state.body?.moving || performance.now() - start > 2000) requestAnimationFrame(() => resolve());
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }

  /** One tab stop for all markers: the focused one, else the selected one if visible, else the first visible. */
  private updateTabStop(buttons: HTMLButtonElement[]): void {
    const visible = this.targets(buttons);
    const root = this.host.renderRoot;
    const focused = root instanceof ShadowRoot ? root.activeElement : null;
    const stop =
      visible.find((button) => button === focused) ??
      visible.find((button) => button.dataset.code === this.store.state.selected) ??
      visible[0];
    for (const button of [...buttons, ...(this.clusters?.visibleButtons() ?? [])]) {
      const tabIndex = button === stop ? 0 : -1;
      if (button.tabIndex !== tabIndex) button.tabIndex = tabIndex;
    }
  }

  /**
   * Label tags that would overlap are hidden, the selected and highlighted points' labels
   * first, so crowded places stay readable and zooming in shows more.
   */
  private layoutLabels(buttons: readonly HTMLButtonElement[]): void {
    if (!this.store.state.showLabels) return;
    const screen = this.store.screen;
    const at = (button: HTMLElement) =>
      button.dataset.x ? { x: Number(button.dataset.x), y: Number(button.dataset.y) } : (screen[Number(button.dataset.index)] ?? { x: 0, y: 0 });
    // Clusters rank with the highlighted markers: they stand for several points.
    const rank = (button: HTMLButtonElement) =>
      button.classList.contains('selected')
        ? 0
        : button.classList.contains('focus') || (button.matches('.cluster') && !button.classList.contains('dimmed'))
          ? 1
          : button.classList.contains('dimmed')
            ? 3
            : 2;
    const targets = this.targets([...buttons]);
    const tagOf = (button: HTMLButtonElement) => (button.matches('.cluster') ? ClusterLayer.tagOf(button) : button.querySelector<HTMLElement>('.tag'));
    const shown = targets.filter((button) => tagOf(button)).sort((a, b) => rank(a) - rank(b));
    const boxes = shown.map((button) => {
      const { x, y } = at(button);
      const text = tagOf(button)!.textContent ?? '';
      // The tag starts 10 px right of a marker's centre, 16 px of a cluster's (styles.ts);
      // ~7 px per character at 12 px bold.
      const offset = button.matches('.cluster') ? 16 : 10;
      return { x: x + offset, y: y - 10, width: 10 + 7.2 * text.length, height: 18 };
    });
    // Marker dots and cluster buttons are obstacles: a tag never hides another target.
    const dots = targets.map((button) => {
      const { x, y } = at(button);
      const r = button.matches('.cluster') ? 13 : 6;
      return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
    });
    const keep = fitLabels(boxes, dots);
    shown.forEach((button, index) => {
      tagOf(button)!.hidden = !keep.has(index);
    });
  }

  private readonly onClick = (event: MouseEvent): void => {
    event.stopPropagation();
    if (this.store.state.body?.lastPressWasDrag && event.detail !== 0) return;
    const button = event.currentTarget as HTMLButtonElement;
    // Shown markers never overlap (declutter): the button under the finger is the point.
    const marker = Number(button.dataset.index);
    const code = this.store.state.markers[marker]?.code ?? button.dataset.code!;
    // The cun ruler explains the marker clicked (this side, this member of a group).
    choosePoint(this.store, code, { marker, trigger: button });
  };

  /** Arrow keys move between visible markers and clusters; Enter/Space click (native button behaviour). */
  private readonly onKey = (event: KeyboardEvent): void => {
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
    if (!keys.includes(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    const screen = this.store.screen;
    const at = (button: HTMLElement) =>
      button.dataset.x ? { x: Number(button.dataset.x), y: Number(button.dataset.y) } : (screen[Number(button.dataset.index)] ?? { x: 0, y: 0 });
    // Left and right step across the body, up and down along it: each keeps its own order,
    // so ArrowDown never jumps up the leg (in one left-to-right order it went from the
    // calf to the knee above it).
    const across = event.key === 'ArrowRight' || event.key === 'ArrowLeft';
    const visible = this.targets().sort((a, b) =>
      across ? at(a).x - at(b).x || at(a).y - at(b).y : at(a).y - at(b).y || at(a).x - at(b).x,
    );
    const current = visible.indexOf(event.target as HTMLButtonElement);
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
    const next = visible[(current + step + visible.length) % visible.length];
    if (next) {
      for (const button of visible) button.tabIndex = button === next ? 0 : -1;
      next.focus();
    }
  };
}

/**
 * Up to this many markers every marker has a button, shown or hidden (the built-in set has
 * 83; a practice's own few hundred). Beyond, only the markers shown on their own have one.
 */
export const EVERY_MARKER_UP_TO = 600;
/**
 * Metres of body a tap on a cluster keeps across the view when it can (a lower back's
 * width with its outline): a narrower close-up backs off while one tap still opens each point.
 */
export const CLOSE_UP_CONTEXT = 0.36;
/** The most marker buttons a large set gets at once (README, "Limits and failures"). */
export const MOST_BUTTONS = 400;

/** What every marker's look depends on, worked out once per update. */
interface Looks {
  plan: string[];
  focus: ReadonlySet<string> | null;
  revealed: string | null;
}

function looksOf(state: Readonly<MapState>): Looks {
  const plan = planCodes(state);
  return { plan, focus: focusCodes(activeProtocol(state), plan), revealed: quizRevealed(state) };
}

interface PointIndex {
  points: readonly AcuPoint[];
  byCode: Map<string, AcuPoint>;
  order: Map<string, number>;
}

/** The transform last written to each marker button. */
const placed = new WeakMap<HTMLButtonElement, string>();

/** Extra words for a marker's accessible name. */
function markerNote(code: string, plan: readonly string[], focus: ReadonlySet<string> | null, tr: Translator): string {
  const number = planNumber(plan, code);
  if (number) return tr.t('marker.planPoint', { number });
  return emphasisOf(code, focus) === 'focus' ? tr.t('marker.inProtocol') : '';
}
