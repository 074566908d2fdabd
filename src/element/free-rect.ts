import type { FreeRect } from '../scene/body-view-types.js';

/**
 * The part of the widget's view that nothing covers: left of a side panel, above a bottom
 * sheet and (unless `cardsOnly`) below the toolbar and above the mode bar and a notice
 * (`cardsOnly`: above a mode or quiz bar only where it reaches into the figure's column).
 * CSS px of the widget's own box (offsets), whatever transform or zoom the page applies.
 */
export function measureFreeRect(host: HTMLElement, root: ParentNode, cardsOnly = false): FreeRect {
  const height = host.clientHeight;
  const free = { left: 0, top: 0, right: host.clientWidth, bottom: height };
  const toolbar = root.querySelector<HTMLElement>('.toolbar');
  if (toolbar && !cardsOnly) free.top = toolbar.offsetTop + toolbar.offsetHeight + 4;
  const panel = root.querySelector<HTMLElement>('.panel');
  if (panel && !panel.hidden && panel.offsetWidth > 0) {
    // A bottom sheet spans the width; a side panel leaves the width to its left.
    if (panel.offsetLeft < 20) free.bottom = Math.min(free.bottom, panel.offsetTop - 4);
    else free.right = panel.offsetLeft - 8;
  }
  // The mode bar (or the quiz bar) spans the foot of the view for as long as the mode is
  // on: where it reaches into the figure's column the figure is framed above it, as above
  // a sheet, wide or narrow (the feet and the ankle points KI3, BL60 were under it). On a
  // phone it sits on top of the sheet, in the view's upper half with a protocol's card
  // open: what counts is that it ends at the foot of what is free.
  const bars = cardsOnly ? ['.mode-bar'] : ['.mode-bar', '.notice'];
  for (const selector of bars) {
    const bar = root.querySelector<HTMLElement>(selector);
    if (!bar || bar.offsetWidth === 0) continue;
    if (bar.offsetTop <= height / 2 && bar.offsetTop + bar.offsetHeight < free.bottom - 16) continue;
    if (cardsOnly && !overlapsFigure(bar, free)) continue;
    free.bottom = Math.min(free.bottom, bar.offsetTop - 4);
  }
  return free;
}

/**
 * Whether a bar at the foot reaches into the figure's column: the middle of the free
 * width, as wide as a standing figure framed in that height (arms and a turn included).
 */
function overlapsFigure(bar: HTMLElement, free: { left: number; right: number; top: number; bottom: number }): boolean {
  const centre = (free.left + free.right) / 2;
  const half = Math.max(60, 0.25 * (free.bottom - free.top));
  return bar.offsetLeft < centre + half && bar.offsetLeft + bar.offsetWidth > centre - half;
}

/** A box in CSS px of the widget's own box. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
