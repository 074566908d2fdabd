import type { LitElement, ReactiveController } from 'lit';
import { pointDepth } from '../catalogue/depth.js';
import type { PlacedMarker } from '../catalogue/types.js';
import { anatomySource } from './anatomy-source.js';
import { audience, selectedPoint } from './selectors.js';
import type { MapStore } from './store.js';

/**
 * The selected point's depth view: its numbers at once, and its cross-section once the 3D
 * view has cut it from the body and the anatomy (fetched on first use). Practitioners and
 * students get it with the panel; a patient gets it only on asking (`depthOpen`).
 */
export class DepthController implements ReactiveController {
  /** What the current depth view is for: point, marker, body; null when none. */
  private key: string | null = null;

  constructor(
    host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const state = this.store.state;
    const point = selectedPoint(state);
    const marker = point ? this.markerFor(point.code) : null;
    const wanted = state.panel === 'point' && point && marker && state.model && (audience(state) !== 'patient' || state.depthOpen);
    const index = marker ? state.markers.indexOf(marker) : -1;
    const key = wanted ? `${point.code}|${index}|${state.markers.length}|${state.body ? 'view' : ''}` : null;
    if (key === this.key) return;
    this.key = key;
    if (!key || !point || !marker || !state.model) {
      if (state.depth) this.store.set('depth', null);
      return;
    }
    const depth = pointDepth(point, marker.side, state.model.landmarks);
    const view = state.body;
    const source = anatomySource(state);
    if (!depth || !view || 'reason' in source) {
      this.store.set('depth', {
        code: point.code,
        depth,
        view: { status: 'unavailable', reason: 'reason' in source ? source.reason : 'The cross-section needs the 3D view.' },
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
            view: { status: 'unavailable', reason: `The cross-section could not be drawn: ${error.message}` },
          });
        },
      );
  }

  /** The marker the view is for: the one clicked, else the left one, else the first. */
  private markerFor(code: string): PlacedMarker | null {
    const { markers, selectedMarker } = this.store.state;
    if (selectedMarker !== null && markers[selectedMarker]?.code === code && !markers[selectedMarker].alternative) return markers[selectedMarker];
    const own = markers.filter((m) => m.code === code && !m.alternative);
    return own.find((m) => m.side === 'left') ?? own[0] ?? null;
  }
}
