/**
 * Colours from a URL or a form: `#2f5d8a`, `2f5d8a` (a `#` in a URL starts the fragment, so
 * the embed page accepts hex without it) or `#25a`. Pure: runs in Node and in the page.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** `#rrggbb` for a 3- or 6-digit hex colour with or without `#`, else null. */
export function normaliseHex(value: string): string | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

/** The channels of `#rrggbb`, or of `rgb(r, g, b)` / `rgba(...)` as getComputedStyle writes it. */
export function parseRgb(value: string): Rgb | null {
  const hex = normaliseHex(value);
  if (hex) {
    const n = Number.parseInt(hex.slice(1), 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
  }
  const match = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/i.exec(value.trim());
  return match ? { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]) } : null;
}

/** WCAG 2 relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const INK: Rgb = { r: 17, g: 24, b: 39 };

/**
 * Text colour for buttons filled with `accent`: white unless the clinic's colour is so
 * light that dark text reads better (a yellow or a pale green brand colour).
 */
export function textOn(accent: Rgb): '#ffffff' | '#111827' {
  return contrastRatio(accent, WHITE) >= contrastRatio(accent, INK) ? '#ffffff' : '#111827';
}

/** Contrast of the accent as text on the widget's white panel (links use it). */
export function accentOnWhite(accent: Rgb): number {
  return contrastRatio(accent, WHITE);
}
