import { html, nothing, type TemplateResult } from 'lit';
import type { Vec3 } from '../geometry/vec3.js';
import type { Translator } from '../i18n/translator.js';
import type { RulerGeometry } from '../modes/ruler-geometry.js';
import { localChannels } from './local-channels.js';
import { localPoints } from './localized.js';
import type { BodyView } from '../scene/body-view.js';
import { FrameController } from './frame-controller.js';

/**
 * The student's drawings on the body: channel lines (`show-meridians`) with their legend,
 * and the cun ruler of the selected point with its caption. Asks the view to draw them for
 * the placed markers, keeps the ruler in the store (the panel explains it too), and keeps
 * the caption (DOM) on the ruler's projected position each frame.
 */
export class OverlayController extends FrameController {
  private view: BodyView | null = null;
  private meridiansFor: unknown = null;
  private rulerFor: { markers: unknown; index: number; language: unknown } | null = null;

  /** Before each render, so the caption and the panel show the ruler in the same update. */
  hostUpdate(): void {
    const { body: view, model, markers, showMeridians, mode, language } = this.store.state;
    if (view !== this.view) {
      // A new view (or none) starts without overlays.
      this.view = view;
      this.meridiansFor = null;
      this.rulerFor = null;
    }
    if (!view || !model || markers.length === 0) return;

    const meridiansFor = showMeridians ? markers : null;
    if (meridiansFor !== this.meridiansFor) {
      view.showMeridians(meridiansFor);
      this.meridiansFor = meridiansFor;
    }

    const index = mode === 'student' ? this.rulerMarkerIndex() : -1;
    if (this.rulerFor?.markers === markers && this.rulerFor.index === index && this.rulerFor.language === language) return;
    this.rulerFor = { markers, index, language };
    const marker = index < 0 ? null : markers[index];
    // The marker's "approximate" note in the widget's language (placement kept the loaded text).
    const note = marker ? localPoints(this.store.state).find((p) => p.code === marker.code)?.markers[marker.definition]?.approximate : undefined;
    this.store.set('ruler', view.showRuler(marker, language, note));
  }

  /** How the selected point is measured, for the student's point panel (the ruler it explains is drawn on the body). */
  renderMeasurement(): TemplateResult | typeof nothing {
    return renderMeasurement(this.store.state.ruler, this.store.state.language);
  }

  /** The caption of the ruler (in the stage) and the channel legend. */
  render(): TemplateResult {
    const { ruler, showMeridians } = this.store.state;
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
    ${showMeridians
      ? html`<ul class="legend" part="legend" aria-label=${this.store.state.language.t('legend.channels')}>
          ${localChannels(this.store.state).map(
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
  protected position(): void {
    const label = this.host.renderRoot.querySelector<HTMLElement>('.ruler-label');
    const { body: view, ruler } = this.store.state;
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
    const { markers, selected: code, selectedMarker } = this.store.state;
    const screen = this.store.screen;
    if (!code) return -1;
    if (selectedMarker !== null && markers[selectedMarker]?.code === code) return selectedMarker;
    let best = -1;
    markers.forEach((marker, index) => {
      if (marker.code !== code || marker.alternative) return;
      const state = screen[index];
      const bestState = best >= 0 ? screen[best] : undefined;
      if (best < 0 || (state?.visible && (!bestState?.visible || state.depth < bestState.depth))) best = index;
    });
    return best;
  }
}

/** The student's point panel: how the point is measured, in the words of the ruler on the body. */
function renderMeasurement(ruler: RulerGeometry | null, tr: Translator): TemplateResult | typeof nothing {
  if (!ruler) return nothing;
  return html`<h3>${tr.t('measure.heading')}</h3>
    <p>${ruler.caption}${ruler.detail ? html`<br /><span class="exact">${ruler.detail}</span>` : nothing}</p>
    ${ruler.note ? html`<p class="approximate"><strong>${tr.t('measure.approximate')}${tr.t('label.separator')}</strong>${ruler.note}</p>` : nothing}
    <p class="exact">${tr.t('measure.ruler')}</p>`;
}
