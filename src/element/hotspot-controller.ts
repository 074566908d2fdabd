import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { PlacedMarker } from '../catalogue/types.js';
import { emphasisOf, focusCodes, planNumber } from '../modes/protocol-highlight.js';
import { fitLabels } from './label-layout.js';
import { markerLabel } from './names.js';
import { choosePoint } from './selection.js';
import { activeProtocol, planCodes, quizRevealed, quizRunning } from './selectors.js';
import type { MapStore } from './store.js';

/**
 * The markers as buttons over the 3D view: one per placed marker, moved onto its projected
 * position after every frame, with one tab stop for all of them (arrow keys move between
 * the visible ones), the plan's numbers and, with `show-labels`, code tags that do not
 * overlap. A click selects the point whose marker is nearest to the pointer.
 */
export class HotspotController implements ReactiveController {
  private stopFrames: (() => void) | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
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

  hostUpdated(): void {
    // New buttons (or the list or the labels toggled) are placed where the last frame put
    // their markers, and new labels laid out, without waiting for a frame that may not come.
    const { changed } = this.store;
    if (changed.has('markers') || changed.has('listOpen') || changed.has('showLabels')) void this.host.updateComplete.then(() => this.position());
  }

  /** The layer of marker buttons. */
  render(): TemplateResult {
    const state = this.store.state;
    const byCode = new Map(state.points.map((point) => [point.code, point]));
    const plan = planCodes(state);
    const focus = focusCodes(activeProtocol(state), plan);
    const revealed = quizRevealed(state);
    const buttons = state.markers.map((marker, index) => {
      const point = byCode.get(marker.code);
      if (!point) return nothing;
      const selected = marker.code === state.selected;
      const emphasis = emphasisOf(marker.code, focus);
      return html`<button
        class="hotspot ${selected ? 'selected' : ''} ${emphasis === 'normal' ? '' : emphasis} ${revealed === marker.code ? 'reveal' : ''}"
        part="hotspot"
        data-index=${index}
        data-code=${marker.code}
        data-side=${marker.side}
        ?data-alternative=${marker.alternative}
        tabindex="-1"
        hidden
        aria-label=${markerLabel(point, marker.side, marker.label, marker.alternative) + markerNote(marker.code, plan, focus)}
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${this.onClick}
      >${this.content(marker, plan)}</button>`;
    });
    return html`<div class="hotspots ${quizRunning(state) ? 'quiz' : ''}" @keydown=${this.onKey}>${buttons}</div>`;
  }

  /** The plan number on a marker, and its label tag when labels are on. */
  private content(marker: PlacedMarker, plan: readonly string[]): TemplateResult {
    const number = planNumber(plan, marker.code);
    return html`${number ? html`<span class="num" aria-hidden="true">${number}</span>` : nothing}${this.store.state.showLabels
      ? html`<span class="tag" aria-hidden="true">${marker.label ? `${marker.code} ${marker.label}` : marker.code}</span>`
      : nothing}`;
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.hotspot')];
  }

  /** After each frame: every button onto its marker, hidden where the marker cannot be seen. */
  private position(): void {
    const { screen, pixelsPerMetre } = this.store;
    // A marker dot about 0.6 cun wide: neighbours 0.5 to 1 cun apart (Jiaji, BL23) stay
    // apart when zoomed out, and grow to an easy target when zoomed in.
    const dot = Math.min(16, Math.max(7, pixelsPerMetre * 0.013));
    const layer = this.host.renderRoot.querySelector<HTMLElement>('.hotspots');
    if (layer && layer.style.getPropertyValue('--dot') !== `${dot.toFixed(1)}px`) layer.style.setProperty('--dot', `${dot.toFixed(1)}px`);
    const buttons = this.buttons();
    // Only what changed is written: with thousands of markers, rewriting every button's
    // style each frame made the browser restyle all of them (issue 17).
    for (const button of buttons) {
      const state = screen[Number(button.dataset.index)];
      if (!state) continue;
      if (button.hidden === state.visible) button.hidden = !state.visible;
      if (!state.visible) continue;
      const transform = `translate(${state.x.toFixed(1)}px, ${state.y.toFixed(1)}px)`;
      if (placed.get(button) !== transform) {
        placed.set(button, transform);
        button.style.transform = transform;
      }
    }
    this.updateTabStop(buttons);
    this.layoutLabels(buttons);
  }

  /** One tab stop for all markers: the focused one, else the selected one if visible, else the first visible. */
  private updateTabStop(buttons: HTMLButtonElement[]): void {
    const visible = buttons.filter((button) => !button.hidden);
    const root = this.host.renderRoot;
    const focused = root instanceof ShadowRoot ? root.activeElement : null;
    const stop =
      visible.find((button) => button === focused) ??
      visible.find((button) => button.dataset.code === this.store.state.selected) ??
      visible[0];
    for (const button of buttons) {
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
    const rank = (button: HTMLButtonElement) =>
      button.classList.contains('selected') ? 0 : button.classList.contains('focus') ? 1 : button.classList.contains('dimmed') ? 3 : 2;
    const shown = buttons
      .filter((button) => !button.hidden && button.querySelector('.tag'))
      .sort((a, b) => rank(a) - rank(b));
    const boxes = shown.map((button) => {
      const state = screen[Number(button.dataset.index)];
      const text = button.querySelector('.tag')!.textContent ?? '';
      // The tag starts 10 px right of the marker centre; ~7 px per character at 12 px bold.
      return { x: state.x + 10, y: state.y - 10, width: 10 + 7.2 * text.length, height: 18 };
    });
    // Marker dots are obstacles: a tag never hides another marker.
    const dots = buttons
      .filter((button) => !button.hidden)
      .map((button) => {
        const state = screen[Number(button.dataset.index)];
        return { x: state.x - 6, y: state.y - 6, width: 12, height: 12 };
      });
    const keep = fitLabels(boxes, dots);
    shown.forEach((button, index) => {
      button.querySelector<HTMLElement>('.tag')!.hidden = !keep.has(index);
    });
  }

  private readonly onClick = (event: MouseEvent): void => {
    event.stopPropagation();
    if (this.store.state.body?.lastPressWasDrag && event.detail !== 0) return;
    const button = event.currentTarget as HTMLButtonElement;
    // Markers a few pixels apart overlap their 24 px targets: a pointer click picks the
    // marker whose centre is nearest to where the pointer was, not the topmost button.
    const nearest = event.detail > 0 ? this.nearestVisibleMarker(event) : null;
    const marker = nearest ?? Number(button.dataset.index);
    const code = this.store.state.markers[marker]?.code ?? button.dataset.code!;
    // The cun ruler explains the marker clicked (this side, this member of a group).
    choosePoint(this.store, code, { marker, trigger: button });
  };

  /** Index of the visible marker nearest the pointer, within 14 px, or null. */
  private nearestVisibleMarker(event: MouseEvent): number | null {
    const rect = this.host.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    let best: number | null = null;
    let bestDistance = Infinity;
    this.store.screen.forEach((state, index) => {
      if (!state.visible) return;
      const distance = Math.hypot(state.x - x, state.y - y);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = index;
      }
    });
    return bestDistance <= 14 ? best : null;
  }

  /** Arrow keys move between visible markers; Enter/Space click (native button behaviour). */
  private readonly onKey = (event: KeyboardEvent): void => {
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
    if (!keys.includes(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    const screen = this.store.screen;
    const at = (button: HTMLElement) => screen[Number(button.dataset.index)] ?? { x: 0, y: 0 };
    const visible = this.buttons()
      .filter((button) => !button.hidden)
      .sort((a, b) => at(a).x - at(b).x || at(a).y - at(b).y);
    const current = visible.indexOf(event.target as HTMLButtonElement);
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
    const next = visible[(current + step + visible.length) % visible.length];
    if (next) {
      for (const button of visible) button.tabIndex = button === next ? 0 : -1;
      next.focus();
    }
  };
}

/** The transform last written to each marker button. */
const placed = new WeakMap<HTMLButtonElement, string>();

/** Extra words for a marker's accessible name. */
function markerNote(code: string, plan: readonly string[], focus: ReadonlySet<string> | null): string {
  const number = planNumber(plan, code);
  if (number) return `, plan point ${number}`;
  return emphasisOf(code, focus) === 'focus' ? ', in the chosen protocol' : '';
}
