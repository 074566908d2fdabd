import type { LitElement, ReactiveController } from 'lit';
import { LOW_BACK_PAIN_POINTS } from '../catalogue/data/low-back-pain.js';
import type { AcuPoint } from '../catalogue/types.js';
import { addContentVisitors } from '../i18n/content-visitors.js';
import { markStage } from '../perf-mark.js';
import { load3dStage } from './load-3d-stage.js';
import { whenNearViewport } from './near-viewport.js';
import { placeholderShown } from './placeholder.js';
import { clearNotice, reportError } from './report-error.js';
import type { Stage3d } from './stage-3d.js';
import type { MapState, MapStore } from './store.js';


/**
 * Start-up, loading and teardown: waits until the widget nears the viewport (or at once
 * with `loading="eager"`), fetches the 3D stage, makes the view, loads the body and the
 * points, places the markers and fires `load` after the first frame with them. Removing the
 * element from the page tears it all down; putting it back starts again.
 */
export class StageController implements ReactiveController {
  private stopNearWatch: (() => void) | null = null;
  private modelRequest: AbortController | null = null;
  private pointsRequest: AbortController | null = null;
  /** Counts start-ups, so a start-up overtaken by a teardown (or another start) stops. */
  private generation = 0;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-attached after a removal that tore the view down: start again.
    if (this.host.hasUpdated) this.startWhenNeeded();
  }

  hostDisconnected(): void {
    // Moving the element in the DOM disconnects and reconnects it in one task: keep the
    // 3D view through that, and tear down only if it stays out of the document.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.teardown();
    });
  }

  hostUpdated(): void {
    const { changed, state } = this.store;
    // Starting and loading write the store at once (started, "loading", a new point set):
    // they begin just after this update, so those writes make the next update instead of
    // asking for one while this one is finishing (Lit's "change-in-update").
    if (!state.started) {
      queueMicrotask(() => this.startWhenNeeded());
      return;
    }
    const loadModel = changed.has('src') && changed.get('src') !== undefined;
    const loadPoints = changed.has('pointsSrc');
    if (loadModel || loadPoints) {
      queueMicrotask(() => {
        if (loadModel) void this.loadModel();
        if (loadPoints) void this.loadPoints();
      });
    }
  }

  private startWhenNeeded(): void {
    if (this.store.state.started || this.stopNearWatch || !this.host.isConnected) return;
    if (this.store.state.loading === 'eager') {
      void this.start();
    } else {
      this.stopNearWatch = whenNearViewport(this.host, () => {
        this.stopNearWatch = null;
        void this.start();
      });
    }
  }

  private async start(): Promise<void> {
    const { store, host } = this;
    if (store.state.started || !host.isConnected) return;
    store.set('started', true);
    const generation = ++this.generation;
    markStage('start');
    if (store.state.pointsSrc) void this.loadPoints();
    let stage3d: Stage3d;
    try {
      // The placeholder picture first (placeholder.ts says why).
      await placeholderShown(host);
      if (generation !== this.generation) return;
      stage3d = await load3dStage();
    } catch (error) {
      // The chunk beside the entry is missing or the network failed: the list still works.
      if (generation !== this.generation) return;
      store.update({ modelState: 'failed', listOpen: true });
      reportError(host, store, 'model', `The 3D view's code could not be loaded (${(error as Error).message}).`);
      return;
    }
    if (generation !== this.generation) return;
    store.set('stage3d', stage3d);
    if (await stage3d.makeView(host, store, () => generation === this.generation)) void this.loadModel();
  }

  private teardown(): void {
    this.generation++;
    this.modelRequest?.abort();
    this.pointsRequest?.abort();
    this.stopNearWatch?.();
    this.stopNearWatch = null;
    this.store.state.body?.dispose();
    this.store.update({ body: null, model: null, started: false, modelState: 'idle', drawn: false, markers: [] });
  }

  private async loadModel(): Promise<void> {
    const { store } = this;
    const view = store.state.body;
    if (!view) return;
    this.modelRequest?.abort();
    const request = new AbortController();
    this.modelRequest = request;
    // A view exists only once the 3D stage has arrived (start).
    if (await store.state.stage3d!.loadBody(this.host, store, view, request.signal)) this.placeMarkers();
  }

  private async loadPoints(): Promise<void> {
    this.pointsRequest?.abort();
    const url = this.store.state.pointsSrc;
    if (!url) {
      clearNotice(this.store, 'points');
      this.setPoints(LOW_BACK_PAIN_POINTS.points, null);
      return;
    }
    const request = new AbortController();
    this.pointsRequest = request;
    try {
      // The fetch and the schema check are a chunk of their own: only a page with its own
      // points file needs them, so the first stage of every other page is smaller.
      const { loadPointSet, CONTENT_VISITORS } = await import('./points-source.js');
      // A set in several languages brings texts to apply: the functions that do come along.
      addContentVisitors(CONTENT_VISITORS);
      const set = await loadPointSet(url, request.signal);
      if (request.signal.aborted) return;
      clearNotice(this.store, 'points');
      this.setPoints(set.points, set.texts);
    } catch (error) {
      if ((error as Error).name === 'AbortError' || request.signal.aborted) return;
      // The last good set stays on screen.
      const builtIn = this.store.state.points === LOW_BACK_PAIN_POINTS.points;
      reportError(
        this.host,
        this.store,
        'points',
        `${(error as Error).message} The ${builtIn ? 'built-in' : 'previous'} points are still shown.`,
        builtIn ? 'notice.pointsBuiltIn' : 'notice.pointsKept',
      );
    }
  }

  /**
   * Replace the point set and re-place its markers. A fetched set was validated by
   * loadPointSet; the built-in set is validated by the tests (test/node/catalogue/schema.test.ts), not
   * again on every page load.
   */
  private setPoints(points: AcuPoint[], texts: MapState['pointTexts']): void {
    this.store.update({ points, pointTexts: texts });
    this.placeMarkers();
  }

  private placeMarkers(): void {
    // Without a body (the 3D stage not there yet, or no model) there is nothing to place on;
    // placing fires `load` after the first frame with the markers.
    void this.store.state.stage3d?.placeMarkers(this.host, this.store);
  }
}
