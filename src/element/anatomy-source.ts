import { defaultAnatomyUrl } from '../default-model.js';
import type { MapState } from './store.js';

/**
 * Where the anatomy for the body on show comes from, or why there is none: the anatomy
 * model is made for the built-in body (its bones follow that body's landmarks), and it is
 * meshopt-compressed, which needs WebAssembly.
 */
export function anatomySource(state: Readonly<MapState>): { url: string } | { reason: string } {
  if (state.src) return { reason: 'The anatomy layer is made for the built-in body model, so it is not shown on this custom model.' };
  if (state.body && !state.body.canDecodeCompressed()) {
    return { reason: 'This page blocks WebAssembly, which the anatomy model needs, so the anatomy layer is not available here.' };
  }
  return { url: defaultAnatomyUrl() };
}
