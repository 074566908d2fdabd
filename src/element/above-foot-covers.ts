import type { FreeRect } from '../scene/body-view-types.js';
import type { Box } from './free-rect.js';

// A module of its own: free-rect.ts comes with the first stage, this with the 3D stage.
/**
 * `free` raised above what covers its foot (the "not medical advice" footnote, at the
 * bottom of a phone's view): a cluster zoomed on near the bottom edge (the knee's GB34 on
 * a 320 px phone) must not land its members under it, where they could not be tapped.
 */
export function aboveFootCovers(free: FreeRect, covers: readonly Box[]): FreeRect {
  const middle = (free.top + free.bottom) / 2;
  let bottom = free.bottom;
  for (const box of covers) {
    const across = box.left < free.right && box.right > free.left;
    if (across && box.top > middle && box.top < bottom) bottom = box.top - 4;
  }
  return { ...free, bottom };
}
