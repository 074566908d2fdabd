import type { LitElement } from 'lit';
import { defaultModelUrl } from '../default-model.js';
import { markStage } from '../perf-mark.js';
import { modelMissingLandmarks } from '../catalogue/landmarks-needed.js';
import { BodyView } from '../scene/body-view.js';
import { yieldToMain } from '../yield-to-main.js';
import { fitView, skinColor } from './fit-view.js';
import { clearNotice, reportError } from './report-error.js';
import type { MapStore } from './store.js';

/**
 * The body half of start-up (StageController keeps the when and the cancelling): making the
 * view, loading the body model and placing the markers on it. Only the 3D stage has a use
 * for these, so they come with it (src/element/stage-3d.ts) and the first stage stays small.
 */

/**
 * Make the 3D view in the stage's canvas; without WebGL, say so and return false. In steps
 * (BodyView.createInSteps), after a task break: the stage's code has just been evaluated
 * and the element updated for it. False too when `current` says the start was cancelled.
 */
export async function makeView(host: LitElement, store: MapStore, current: () => boolean): Promise<boolean> {
  await yieldToMain();
  if (!current()) return false;
  const canvas = host.renderRoot.querySelector('canvas')!;
  const stage = host.renderRoot.querySelector<HTMLElement>('.stage')!;
  const view = await BodyView.createInSteps(
    canvas,
    stage,
    {
      rendered: (screen, pixelsPerMetre) => {
        store.frame(screen, pixelsPerMetre);
        // The pressed view button follows the camera: after a turn to a point on the other
        // side, the old preset is no longer what is shown.
        const facing = store.state.body?.facingView() ?? null;
        if (facing !== store.state.facing) store.set('facing', facing);
      },
      interacted: () => store.signal('interacted'),
      resetRequested: () => store.signal('reset'),
    },
    skinColor(host),
  );
  if (!current()) {
    view?.dispose();
    return false;
  }
  if (!view) {
    store.set('webgl', false);
    // The stage itself says the 3D view is unavailable and the list is open: no second message.
    reportError(
      host,
      store,
      'webgl',
      `WebGL is not available (${BodyView.unavailableReason() ?? 'no context'}), so the 3D view is off; the point list is shown instead.`,
      false,
    );
    return false;
  }
  markStage('context');
  store.update({ webgl: true, body: view });
  fitView(host, view);
  view.drawNow();
  return true;
}

/** Load the body model (`src`, else the default) into the view; true once it is shown. */
export async function loadBody(host: LitElement, store: MapStore, view: BodyView, signal: AbortSignal): Promise<boolean> {
  store.set('modelState', 'loading');
  const url = store.state.src || defaultModelUrl(BodyView.canCompileWasm());
  try {
    const model = await view.load(url, {
      signal,
      // A body without the landmarks the points need is refused: the one shown stays.
      missingLandmarks: (landmarks) => modelMissingLandmarks(store.state.points, landmarks),
    });
    if (signal.aborted) return false;
    store.update({ model, modelState: 'ready' });
    clearNotice(store, 'model');
    return true;
  } catch (error) {
    if ((error as Error).name === 'AbortError' || signal.aborted) return false;
    store.set('modelState', 'failed');
    // Without a body the list is the way to the points: open it (a body shown before stays).
    if (!store.state.model) store.set('listOpen', true);
    reportError(host, store, 'model', (error as Error).message);
    return false;
  }
}

/**
 * Place the points' markers on the body shown, and fire `load` after the first frame with
 * them; false when a newer body or point set took over.
 */
export async function placeMarkers(host: LitElement, store: MapStore): Promise<boolean> {
  const { body, model, points } = store.state;
  if (!body || !model) return false;
  const placement = await body.placePoints(points);
  // Placed in slices: a newer body or point set has taken over meanwhile.
  if (!placement || store.state.body !== body || store.state.model !== model || store.state.points !== points) return false;
  const { markers, problems } = placement;
  store.set('markers', markers);
  if (problems.length) {
    // The model was checked for the landmarks the points need (modelMissingLandmarks):
    // what is left is in the points' definitions.
    reportError(
      host,
      store,
      'points',
      `${problems.length} point(s) could not be placed on this body model: ${problems.slice(0, 3).join(' ')}`,
      'notice.unplaced',
    );
  }
  // The first frame with the markers fires `load`, once it is on the page (not only handed
  // to the GPU); `drawn` stays true until the element is torn down.
  void host.updateComplete.then(async () => {
    const view = store.state.body;
    if (!view) return;
    view.drawNow();
    await view.shown();
    if (store.state.body !== view || store.state.drawn) return;
    markStage('drawn');
    store.set('drawn', true);
    host.dispatchEvent(new Event('load', { bubbles: true, composed: true }));
  });
  return true;
}
