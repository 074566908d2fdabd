import type { FreeRect } from '../scene/body-view-types.js';
import { isNarrow } from './narrow.js';

/**
 * The part of the widget's view that nothing covers: left of a side panel, above a bottom
 * sheet and (unless `cardsOnly`) below the toolbar and above the mode bar and a notice
 * (`cardsOnly` on a phone: above the mode bar too).
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
  // On a phone the mode bar spans the foot of the view for as long as the mode is on: the
  // figure is framed above it, as above a sheet (its feet were under the bar).
  const bars = cardsOnly ? (isNarrow(host) ? ['.mode-bar'] : []) : ['.mode-bar', '.notice'];
  for (const selector of bars) {
    const bar = root.querySelector<HTMLElement>(selector);
    if (bar && bar.offsetWidth > 0 && bar.offsetTop > height / 2) free.bottom = Math.min(free.bottom, bar.offsetTop - 4);
  }
  return free;
}

/** A box in CSS px of the widget's own box. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The boxes over the view that a marker must not hide under: the toolbar's buttons (and
 * its open menu), the point list, the panel, the mode or quiz bar, a notice, the footnote.
 */
export function measureCovers(host: HTMLElement, root: ParentNode): Box[] {
  const origin = host.getBoundingClientRect();
  const selectors = '.toolbar > button, .more-items[data-open], .toolbar .views button, .toolbar .evidence, .point-list, .panel, .mode-bar, .notice, .footnote';
  return [...root.querySelectorAll<HTMLElement>(selectors)]
    .filter((box) => !box.hidden && box.offsetWidth > 0)
    .map((box) => {
      const r = box.getBoundingClientRect();
      return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
    });
}
