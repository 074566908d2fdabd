/**
 * The widths at which the widget is laid out for a phone: one toolbar row, and the panel
 * and the point list as bottom sheets (styles.ts's container query says the same).
 */
export const NARROW_MAX_WIDTH = 560;

/** The widget is laid out for a phone. */
export function isNarrow(host: HTMLElement): boolean {
  return host.clientWidth > 0 && host.clientWidth <= NARROW_MAX_WIDTH;
}
