import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { describeMeasurement } from '../catalogue/describe-measurement.js';
import { sidesOf } from '../catalogue/place.js';
import type { Vec3 } from '../catalogue/types.js';
import { CHANNELS } from '../modes/channels.js';
import { meridianLines, type MeridianLine } from '../modes/meridian-paths.js';
import { rulerGeometry, type RulerGeometry } from '../modes/ruler-geometry.js';
import type { BodyView } from '../scene/body-view.js';
import type { MapInternals } from './map-internals.js';

interface OverlayHost extends LitElement {
  showMeridians: boolean;
  selected: string | null;
  mode: string;
}

/**
 * The student's drawings on the body: channel lines (`show-meridians`) with their legend,
 * and the cun ruler of the selected point with its caption. Builds them from the loaded
 * body and the placed markers, hands them to the view, and keeps the captions (DOM) on
 * the projected 3D positions each frame.
 */
export class OverlayController implements ReactiveController {
  private view: BodyView | null = null;
  private lines: { markers: unknown; lines: MeridianLine[] } | null = null;
  private meridiansShown = false;
  private rulerFor: { markers: unknown; index: number } | null = null;
  /** The ruler on show, for the caption and the panel. */
  ruler: RulerGeometry | null = null;

  constructor(
    private readonly host: OverlayHost,
    private readonly internals: MapInternals,
  ) {
    host.addController(this);
  }

  /** Before each render, so the caption and the panel show the ruler in the same update. */
  hostUpdate(): void {
    this.sync();
  }

  /** Bring the view's overlays in line with the attributes, the selection and the body. */
  sync(): void {
    const { view, model, markers } = this.internals;
    if (view !== this.view) {
      // A new view (or none) starts without overlays.
      this.view = view;
      this.meridiansShown = false;
      this.rulerFor = null;
    }
    if (!view || !model || markers.length === 0) return;

    const wantMeridians = this.host.showMeridians;
    if (wantMeridians && (!this.meridiansShown || this.lines?.markers !== markers)) {
      if (this.lines?.markers !== markers) this.lines = { markers, lines: meridianLines(model.landmarks, model.surface, markers) };
      view.showMeridians(this.lines.lines);
      this.meridiansShown = true;
    } else if (!wantMeridians && this.meridiansShown) {
      view.showMeridians(null);
      this.meridiansShown = false;
    }

    const index = this.host.mode === 'student' ? this.rulerMarkerIndex() : -1;
    if (this.rulerFor?.markers === markers && this.rulerFor.index === index) return;
    this.rulerFor = { markers, index };
    this.ruler = index < 0 ? null : this.buildRuler(index);
    view.showRuler(this.ruler);
  }

  /** The caption of the ruler (in the stage) and the channel legend. */
  render(): TemplateResult {
    const ruler = this.ruler;
    return html`${ruler
      ? html`<div
          class="ruler-label"
          part="ruler-label"
          aria-hidden="true"
          data-cun=${ruler.cun}
          data-scale-cun=${ruler.scaleCun}
          data-ticks=${ruler.ticks.length}
        >
          ${ruler.label}
        </div>`
      : nothing}
    ${this.host.showMeridians
      ? html`<ul class="legend" part="legend" aria-label="Channel colours">
          ${CHANNELS.map(
            // An SVG fill, not an inline style: pages with a strict style-src CSP block style attributes.
            (channel) => html`<li>
              <svg class="swatch" viewBox="0 0 20 6" aria-hidden="true"><rect width="20" height="6" rx="3" fill=${channel.color}></rect></svg>
              <span><b>${channel.code}</b> ${channel.name}</span>
            </li>`,
          )}
        </ul>`
      : nothing}`;
  }

  /** After each frame: keep the ruler's caption beside the ruler. */
  position(): void {
    const label = this.host.renderRoot.querySelector<HTMLElement>('.ruler-label');
    const view = this.internals.view;
    const ruler = this.ruler;
    if (!label || !view || !ruler) return;
    const at = view.project(ruler.labelAt, null);
    label.hidden = !at.visible;
    if (!at.visible) return;
    // Beside a vertical ruler (on the outer side), above a horizontal one.
    const line = ruler.lines.reduce<Vec3[]>((a, b) => (b.length > a.length ? b : a), []);
    let placement = 'side';
    if (line.length > 1) {
      const a = view.project(line[0], null);
      const b = view.project(line[line.length - 1], null);
      if (Math.abs(b.x - a.x) > Math.abs(b.y - a.y)) placement = 'above';
    }
    const outerLeft = at.x < this.host.getBoundingClientRect().width / 2 - 4;
    label.dataset.placement = placement === 'above' ? 'above' : outerLeft ? 'left' : 'right';
    label.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px)`;
  }

  /** The marker the ruler explains: the one clicked, else a visible one, else the first. */
  private rulerMarkerIndex(): number {
    const { markers, screen, lastMarkerIndex } = this.internals;
    const code = this.host.selected;
    if (!code) return -1;
    if (lastMarkerIndex !== null && markers[lastMarkerIndex]?.code === code) return lastMarkerIndex;
    let best = -1;
    markers.forEach((marker, index) => {
      if (marker.code !== code || marker.alternative) return;
      const state = screen[index];
      const bestState = best >= 0 ? screen[best] : undefined;
      if (best < 0 || (state?.visible && (!bestState?.visible || state.depth < bestState.depth))) best = index;
    });
    return best;
  }

  private buildRuler(index: number): RulerGeometry | null {
    const { markers, points, model } = this.internals;
    const marker = markers[index];
    const point = points.find((p) => p.code === marker.code);
    if (!point || !model) return null;
    // Markers are placed per definition, then per side: recover the definition's index.
    const sides = sidesOf(point);
    const ofPoint = markers.filter((m) => m.code === marker.code);
    const markerIndex = Math.floor(ofPoint.indexOf(marker) / sides.length);
    try {
      return rulerGeometry(describeMeasurement(point, markerIndex, marker.side, model.landmarks, model.surface), model.surface);
    } catch {
      // A point this body cannot measure has no marker either; nothing to explain.
      return null;
    }
  }
}
