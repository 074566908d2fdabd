/** Helpers shared by the audience-mode tests. */
import { sendMouse } from '@web/test-runner-commands';
import type { AcupointMap } from '../../src/index.js';
import { frames, mount, nextEvent, shadow, wait } from './helpers.js';

/** Mount and wait for `load`, patiently: SwiftShader on a busy machine can take a minute. */
export async function mountReady(attributes: Record<string, string | boolean> = {}, size?: { width: number; height: number }): Promise<AcupointMap> {
  const element = mount(attributes, size);
  await nextEvent(element, 'load', 180000);
  return element;
}

/** Pixels of the image within `tolerance` (summed RGB distance) of `hex`. */
export function pixelsNear(image: ImageData, hex: string, tolerance = 60): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i + 3] < 200) continue;
    if (Math.abs(image.data[i] - r) + Math.abs(image.data[i + 1] - g) + Math.abs(image.data[i + 2] - b) <= tolerance) count++;
  }
  return count;
}

/** WCAG contrast of two sRGB colours given as [r, g, b] 0..255. */
export function contrastRatio(a: number[], b: number[]): number {
  const lum = ([r, g, bl]: number[]) =>
    [r, g, bl]
      .map((v) => v / 255)
      .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** "rgb(71, 85, 105)" -> [71, 85, 105]. */
export function rgb(value: string): number[] {
  return (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

/** A real mouse click at CSS pixel (x, y) of the element. */
export async function clickAt(element: AcupointMap, x: number, y: number): Promise<void> {
  const rect = element.getBoundingClientRect();
  const at = [Math.round(rect.left + x), Math.round(rect.top + y)] as [number, number];
  // A click outside the viewport reaches nothing (focus can scroll a tall widget up).
  if (at[0] < 0 || at[1] < 0 || at[0] >= innerWidth || at[1] >= innerHeight) {
    throw new Error(`click at (${at[0]}, ${at[1]}) is outside the ${innerWidth} x ${innerHeight} viewport`);
  }
  await sendMouse({ type: 'click', position: at });
}

/** Let a camera transition (650 ms) finish and a frame draw. */
export async function settle(): Promise<void> {
  await wait(800);
  await frames(2);
}

export function $(element: AcupointMap, selector: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(selector);
}

export function $$(element: AcupointMap, selector: string): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(selector)];
}

/** The button in the widget whose text contains `text`. */
export function button(element: AcupointMap, text: string | RegExp): HTMLButtonElement {
  const found = $$(element, 'button').find((b) =>
    typeof text === 'string' ? b.textContent!.includes(text) : text.test(b.textContent!),
  );
  if (!found) throw new Error(`no button "${String(text)}"`);
  return found as HTMLButtonElement;
}
