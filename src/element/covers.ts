import type { Box } from './free-rect.js';

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
