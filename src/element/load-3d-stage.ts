import type { Stage3d } from './stage-3d.js';

/**
 * The second stage (three.js and all that needs it), fetched on first call and shared by
 * every widget on the page: the chunk is found relative to the entry, so dist/ works
 * wherever it is copied.
 */
export function load3dStage(): Promise<Stage3d> {
  return import('./stage-3d.js');
}
