import { defaultAnatomyUrl } from '../default-model.js';
import type { UiKey } from '../i18n/ui/en.js';
import type { MapState } from './store.js';

/**
 * Where the anatomy for the body on show comes from, or why there is none: the anatomy
 * model is made for the built-in body (its bones follow that body's landmarks), and it is
 * meshopt-compressed, which needs WebAssembly.
 */
export function anatomySource(state: Readonly<MapState>): { url: string } | { reason: UiKey } {
  if (state.src) return { reason: 'anatomy.customModel' };
  if (state.body && !state.body.canDecodeCompressed()) {
    return { reason: 'anatomy.noWasm' };
  }
  return { url: defaultAnatomyUrl() };
}
