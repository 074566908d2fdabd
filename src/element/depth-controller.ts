import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import type { AcuPoint, PlacedMarker } from '../catalogue/types.js';
import { adoptStyles } from './adopt-styles.js';
import type { PanelDepth } from './panel.js';
import { visitDepthTexts } from '../i18n/content-texts.js';
import { addEnglish } from '../i18n/translator.js';
import { translated } from './localized.js';
import { audience, selectedSourcePoint } from './selectors.js';
import type { MapStore } from './store.js';

type DepthLib = typeof import('./depth-panel.js');


/**
 * The selected point's depth view: its numbers, and its cross-section once the 3D view has
 * cut it from the body and the anatomy (both fetched on first use). Practitioners and
 * students get it with the panel; a patient gets it only on asking (`depthOpen`).
 */
export class DepthController implements ReactiveController {
  /** What the current depth view is for: point, marker, body; null when none. */
  private key: string | null = null;
  private lib: DepthLib | null = null;
  private libLoad: Promise<DepthLib> | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const state = this.store.state;
    // As loaded: the needle's angle is read from the catalogue's English wording.
    const point = selectedSourcePoint(state);
    const marker = point ? this.markerFor(point.code) : null;
    const wanted = state.panel === 'point' && point && marker && state.model && (audience(state) !== 'patient' || state.depthOpen);
    if (wanted && !this.lib) {
      this.libLoad ??= import('./depth-panel.js');
      void this.libLoad.then((lib) => {
        // Its English words join the translators before anything of it is drawn.
        addEnglish(lib.EN_UI_DEPTH);
        this.lib = lib;
        adoptStyles(this.host, lib.depthStyles);
        this.host.requestUpdate();
      });
      return;
    }
    const index = marker ? state.markers.indexOf(marker) : -1;
    const key = wanted ? `${point.code}|${index}|${state.markers.length}|${state.body ? 'view' : ''}` : null;
    if (key === this.key) return;
    this.key = key;
    const lib = this.lib;
    if (!key || !point || !marker || !state.model || !lib) {
      if (state.depth) this.store.set('depth', null);
      return;
    }
    const depth = lib.pointDepth(point, marker.side, state.model.landmarks);
    const view = state.body;
    const source = lib.anatomySource(state);
    if (!depth || !view || 'reason' in source) {
      this.store.set('depth', {
        code: point.code,
        depth,
        view: { status: 'unavailable', reason: 'reason' in source ? source.reason : 'depth.needsView' },
      });
      return;
    }
    this.store.set('depth', { code: point.code, depth, view: { status: 'loading' } });
    view
      .depthSection(source.url, marker, { angle: depth.angle, depth: depth.metres[1], atRisk: depth.atRisk?.modelStructures ?? [] })
      .then(
        (section) => {
          if (this.key === key) this.store.set('depth', { code: point.code, depth, view: { status: 'ready', section } });
        },
        (error: Error) => {
          if (this.key !== key) return;
          this.store.set('depth', {
            code: point.code,
            depth,
            view: { status: 'unavailable', reason: 'depth.failed', detail: error.message },
          });
        },
      );
  }

  /** The depth view's place in the panel of `point`. */
  panelDepth(point: AcuPoint): PanelDepth {
    const state = this.store.state;
    const depth = state.depth?.code === point.code ? state.depth : null;
    const lib = this.lib;
    const open = audience(state) !== 'patient' || state.depthOpen;
    const source = depth?.depth?.atRisk ?? null;
    // What lies under the point, in the widget's language (the same facts as measured).
    const atRisk = source && translated(source, state.language.texts, (copy, replace) => visitDepthTexts(point.code, copy, replace));
    return {
      open,
      toggled: (next) => this.store.set('depthOpen', next),
      content:
        lib && depth
          ? lib.renderDepthView(point, depth.depth, depth.view, state.language, atRisk)
          : open
            ? html`<div class="depth-wait" role="status">${state.language.t('depth.drawing')}</div>`
            : nothing,
      risk: lib && depth?.depth ? lib.riskSentence(depth.depth, depth.view.status === 'ready' ? depth.view.section.risks : null, state.language, atRisk) : null,
    };
  }

  /** The marker the view is for: the one clicked, else the left one, else the first. */
  private markerFor(code: string): PlacedMarker | null {
    const { markers, selectedMarker } = this.store.state;
    if (selectedMarker !== null && markers[selectedMarker]?.code === code && !markers[selectedMarker].alternative) return markers[selectedMarker];
    const own = markers.filter((m) => m.code === code && !m.alternative);
    return own.find((m) => m.side === 'left') ?? own[0] ?? null;
  }
}
