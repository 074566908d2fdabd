import { addEnglish } from '../i18n/translator.js';
import type { Stage3d } from './stage-3d.js';

/**
 * The second stage (three.js and all that needs it), fetched on first call and shared by
 * every widget on the page: the chunk is found relative to the entry, so dist/ works
 * wherever it is copied. The English words only that stage shows come with it and join the
 * translators before any of its code runs.
 */
export function load3dStage(): Promise<Stage3d> {
  return import('./stage-3d.js').then((stage) => {
    addEnglish(stage.EN_UI_3D);
    return stage;
  });
}
