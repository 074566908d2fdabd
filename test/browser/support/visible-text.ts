import type { AcupointMap } from '../../../src/index.js';
import { contrast, gradientStops, over, parseColour, type Rgba } from './contrast.js';

export interface TextContrast {
  text: string;
  where: string;
  ratio: number;
}

function rendered(node: Element): boolean {
  if (node.closest('.visually-hidden')) return false;
  const style = getComputedStyle(node);
  return node.getClientRects().length > 0 && style.visibility === 'visible';
}

function ownText(node: Element): string {
  return [...node.childNodes]
    .filter((child) => child.nodeType === Node.TEXT_NODE)
    .map((child) => child.textContent ?? '')
    .join('')
    .trim();
}

/** Opaque colours that can be behind the widget's overlays: the stage gradient and the body pixels. */
function underlays(element: AcupointMap, rect: DOMRect): Rgba[] {
  const root = element.shadowRoot!;
  const stage = root.querySelector<HTMLElement>('[part~="stage"]')!;
  const stageStyle = getComputedStyle(stage);
  const base = [...gradientStops(stageStyle.backgroundImage)];
  const plain = parseColour(stageStyle.backgroundColor);
  if (plain[3] > 0) base.push(over(plain, [255, 255, 255, 1]));
  if (base.length === 0) base.push([255, 255, 255, 1]);
  const canvas = root.querySelector('canvas')!;
  const stageRect = stage.getBoundingClientRect();
  const result = [...base];
  if (canvas.width > 0) {
    const image = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const sx = canvas.width / stageRect.width;
    const sy = canvas.height / stageRect.height;
    for (let i = 0; i <= 6; i++) {
      for (let j = 0; j <= 3; j++) {
        const x = Math.floor((rect.left + (rect.width * i) / 6 - stageRect.left) * sx);
        const y = Math.floor((rect.top + (rect.height * j) / 3 - stageRect.top) * sy);
        if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) continue;
        const k = (y * canvas.width + x) * 4;
        const alpha = image.data[k + 3] / 255;
        if (alpha < 0.05) continue;
        for (const colour of base) result.push(over([image.data[k], image.data[k + 1], image.data[k + 2], alpha], colour));
      }
    }
  }
  return result;
}

/**
 * The contrast of every piece of visible text in the widget against what is really behind
 * it: the element's own and its ancestors' backgrounds, over the stage gradient and the
 * body's pixels, with opacity applied. Returns the worst case for each piece of text.
 */
export function textContrasts(element: AcupointMap): TextContrast[] {
  const root = element.shadowRoot!;
  const results: TextContrast[] = [];
  for (const node of root.querySelectorAll('*')) {
    const text = ownText(node);
    if (!text || !rendered(node)) continue;
    let fg = parseColour(getComputedStyle(node).color);
    const backgrounds: Rgba[] = [];
    let opacity = 1;
    let opaque = false;
    for (let at: Element | null = node; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      opacity *= Number(style.opacity);
      if (at.matches('[part~="stage"]')) break;
      const bg = parseColour(style.backgroundColor);
      if (bg[3] > 0) backgrounds.push(bg);
      if (bg[3] >= 1) {
        opaque = true;
        break;
      }
    }
    fg = [fg[0], fg[1], fg[2], fg[3] * opacity];
    const rect = node.getBoundingClientRect();
    const bases = opaque ? [backgrounds.pop()!] : underlays(element, rect);
    let worst = Infinity;
    for (const base of bases) {
      let behind = base;
      for (const bg of [...backgrounds].reverse()) behind = over(bg, behind);
      worst = Math.min(worst, contrast(over(fg, behind), behind));
    }
    const where = `${node.localName}${node.className ? '.' + String(node.className).trim().replace(/\s+/g, '.') : ''}`;
    results.push({ text: text.slice(0, 40), where, ratio: Math.round(worst * 100) / 100 });
  }
  return results;
}
