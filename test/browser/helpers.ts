import type { AcupointMap } from '../../src/index.js';
import '../../src/index.js';
import { currentRenderer } from '../../src/scene/shared-renderer.js';

/** Mount a widget of a fixed size and return it (not yet loaded). */
export function mount(attributes: Record<string, string | boolean> = {}, size = { width: 640, height: 520 }): AcupointMap {
  const element = document.createElement('acupoint-map');
  element.style.width = `${size.width}px`;
  element.style.height = `${size.height}px`;
  element.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  document.body.append(element);
  return element;
}

export function nextEvent<T extends Event = Event>(target: EventTarget, type: string, timeout = 30000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Mount and wait for `load` (model + points ready, first frame drawn). */
export async function mountLoaded(attributes: Record<string, string | boolean> = {}, size?: { width: number; height: number }): Promise<AcupointMap> {
  const element = mount(attributes, size);
  await nextEvent(element, 'load');
  return element;
}

export function shadow(element: AcupointMap): ShadowRoot {
  return element.shadowRoot!;
}

export function canvasOf(element: AcupointMap): HTMLCanvasElement {
  return shadow(element).querySelector('canvas')!;
}

/** The shared WebGL canvas, if this widget shows it directly (it is alone on screen). */
export function directCanvasOf(element: AcupointMap): HTMLCanvasElement | null {
  const gl = currentRenderer()?.renderer.domElement;
  return gl && gl.getRootNode() === element.shadowRoot ? gl : null;
}

/**
 * Pixels of what the widget's stage shows (RGBA): its 2D canvas, or the WebGL canvas while
 * the widget is alone on screen (drawn again and read at once, as shown pixels of a WebGL
 * canvas cannot be read back; transparent while the context is lost).
 */
export function pixels(element: AcupointMap): ImageData {
  const canvas = canvasOf(element);
  if (directCanvasOf(element)) {
    const frame = currentRenderer()!.readDirectFrame();
    if (!frame) return new ImageData(Math.max(1, canvas.width), Math.max(1, canvas.height));
    return frame.getContext('2d')!.getImageData(0, 0, frame.width, frame.height);
  }
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
}

/** How many pixels the body covers: the canvas is transparent where nothing was drawn. */
export function drawnPixelCount(image: ImageData): number {
  let count = 0;
  for (let i = 3; i < image.data.length; i += 4) if (image.data[i] > 200) count++;
  return count;
}

/** Mean colour of the opaque pixels. */
export function meanDrawnColour(image: ImageData): [number, number, number] {
  let r = 0, g = 0, b = 0, n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i + 3] > 200) {
      r += image.data[i];
      g += image.data[i + 1];
      b += image.data[i + 2];
      n++;
    }
  }
  return n ? [r / n, g / n, b / n] : [0, 0, 0];
}

/** Fraction of pixels that differ (by more than a small tolerance) between two images. */
export function differingFraction(a: ImageData, b: ImageData): number {
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) + Math.abs(a.data[i + 3] - b.data[i + 3]);
    if (d > 24) differing++;
  }
  return differing / (a.data.length / 4);
}

export function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Wait until `check` is true, polling each frame. */
export async function until(check: () => boolean, what: string, timeout = 10000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await frames(1);
  }
}

export function hotspots(element: AcupointMap, code?: string): HTMLButtonElement[] {
  const selector = code ? `[part~="hotspot"][data-code="${code}"]` : '[part~="hotspot"]';
  return [...shadow(element).querySelectorAll<HTMLButtonElement>(selector)];
}

export function panel(element: AcupointMap): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="panel"]')!;
}

export function cleanup(): void {
  for (const element of document.querySelectorAll('acupoint-map')) element.remove();
}

/**
 * `actual` is the element `expected` (or both are null). Compares here instead of with
 * chai's `.equal` on elements: a failing assertion carrying a DOM node cannot be cloned to
 * the test runner, and the run then hangs until the browser is killed.
 */
export function expectSameNode(actual: Element | null, expected: Element | null, what: string): void {
  if (actual === expected) return;
  const describe = (node: Element | null) => (node ? node.outerHTML.slice(0, 100) : 'nothing');
  throw new Error(`${what}: expected ${describe(expected)}, found ${describe(actual)}`);
}
