/** Checks shared by the accessibility tests (test/browser/a11y-*.test.ts). */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, hotspots, pixels, shadow } from '../helpers.js';
import { contrast, parseColour, type Rgba } from './contrast.js';
import { watchPageErrors, type PageErrorWatch } from './page-errors.js';

export function stage(element: AcupointMap): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="stage"]')!;
}

export function active(element: AcupointMap): HTMLElement | null {
  return shadow(element).activeElement as HTMLElement | null;
}

/** A visible keyboard focus indicator: an outline of at least 2 px with 3:1 against what is around it. */
export function expectFocusRing(target: HTMLElement, what: string): void {
  const style = getComputedStyle(target);
  expect(target.matches(':focus-visible'), `${what} matches :focus-visible`).to.equal(true);
  expect(style.outlineStyle, `${what} outline style`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `${what} outline width`).to.be.at.least(2);
  const ring = parseColour(style.outlineColor);
  expect(ring[3], `${what} outline opaque`).to.equal(1);
  // Worst of the backgrounds a ring can sit on here: panel white, stage grey, the skin.
  for (const behind of ['#ffffff', '#dde4ea', '#e3c2a6']) {
    expect(contrast(ring, parseColour(behind)), `${what} ring vs ${behind}`).to.be.at.least(3);
  }
  // Not clipped away: the ring's box is inside the widget.
  const rect = target.getBoundingClientRect();
  const host = (target.getRootNode() as ShadowRoot).host.getBoundingClientRect();
  const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  if (reach > 0) {
    expect(rect.left - reach, `${what} ring inside the widget (left)`).to.be.at.least(host.left - 0.5);
    expect(rect.right + reach, `${what} ring inside the widget (right)`).to.be.at.most(host.right + 0.5);
  }
}

/** Nothing of the widget's own covers `target`'s centre (WCAG 2.4.11 focus not obscured). */
export function expectOnTop(element: AcupointMap, target: HTMLElement, what: string): void {
  const rect = target.getBoundingClientRect();
  const hit = shadow(element).elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  expect(hit === target || target.contains(hit), `${what} is not covered (found ${hit?.localName}.${hit?.className})`).to.equal(true);
}

/** Tab from just before the widget until focus leaves it; returns what was focused. */
export async function tabThrough(element: AcupointMap, before: HTMLElement): Promise<HTMLElement[]> {
  before.focus();
  const seen: HTMLElement[] = [];
  for (let i = 0; i < 60; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement !== element) break;
    const focused = active(element)!;
    if (seen.includes(focused)) break;
    seen.push(focused);
  }
  return seen;
}

export function describeControl(target: HTMLElement): string {
  return `${target.getAttribute('part') ?? target.localName}:${(target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 30)}`;
}

export function toolbarButtons(element: AcupointMap): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="toolbar"] button')].filter((b) => b.getClientRects().length > 0);
}

/** Every visible box lies within the widget horizontally, and no box scrolls sideways. */
export function expectFits(element: AcupointMap, state: string): void {
  const host = element.getBoundingClientRect();
  const boxes = [...shadow(element).querySelectorAll<HTMLElement>('[part~="toolbar"] button, [part~="point-list"], [part~="panel"], [part~="notice"], .footnote')];
  for (const box of boxes) {
    if (box.getClientRects().length === 0) continue;
    const rect = box.getBoundingClientRect();
    const name = `${state}: ${box.getAttribute('part') ?? box.className} ${describeControl(box)}`;
    expect(rect.left, `${name} left`).to.be.at.least(host.left - 0.5);
    expect(rect.right, `${name} right`).to.be.at.most(host.right + 0.5);
    expect(box.scrollWidth, `${name} scrolls sideways`).to.be.at.most(box.clientWidth + 1);
    for (const child of box.querySelectorAll<HTMLElement>('*')) {
      if (child.getClientRects().length === 0 || getComputedStyle(child).position === 'fixed') continue;
      const inner = child.getBoundingClientRect();
      expect(inner.right, `${name}: ${child.localName}.${child.className} sticks out`).to.be.at.most(rect.right + 0.5);
    }
  }
}

/**
 * Marker contrast against the skin as drawn around it: the core against the skin, and
 * where it is lower, the white ring against the skin and the core against the ring
 * (a dark core in a white ring reads on light and dark skin alike).
 */
export function markerContrast(element: AcupointMap): { required: Record<string, number>; measured: Record<string, number> } {
  const image = pixels(element);
  const scale = image.width / element.getBoundingClientRect().width;
  const required: Record<string, number> = {};
  const measured: Record<string, number> = {};
  const kinds: [string, HTMLButtonElement | undefined][] = [
    // The shown marker nearest the middle of the view: on skin all round (at the body's
    // edge the transparent canvas would read as black).
    ['marker', nearestMiddle(element, hotspots(element).filter((b) => !b.hidden && !b.classList.contains('selected') && !b.hasAttribute('data-alternative')))],
    ['selected marker', hotspots(element).find((b) => !b.hidden && b.classList.contains('selected'))],
  ];
  for (const [kind, button] of kinds) {
    expect(button, kind).to.not.equal(undefined);
    const before = getComputedStyle(button!, '::before');
    const core = parseColour(before.backgroundColor);
    const rings = solidRings(before.boxShadow);
    expect(rings.length, `${kind}: rings around the dot`).to.be.greaterThan(0);
    const skin = skinAround(image, button!, element, scale, parseFloat(before.width));
    const coreVsSkin = Math.min(...skin.map((s) => contrast(core, s)));
    // Each ring against the darkest and the lightest skin beside the marker.
    const ringsVsSkin = rings.map((ring) => Math.min(...skin.map((s) => contrast(ring, s))));
    const coreVsRing = contrast(core, rings[0]);
    measured[`${kind}: core vs skin`] = round(coreVsSkin);
    rings.forEach((_, i) => (measured[`${kind}: ring ${i + 1} vs skin`] = round(ringsVsSkin[i])));
    measured[`${kind}: core vs inner ring`] = round(coreVsRing);
    // The marker's edge stands out (its core or one of its rings), and the core is told
    // apart from the ring around it.
    required[kind] = round(Math.max(coreVsSkin, ...ringsVsSkin));
    required[`${kind} core`] = round(coreVsRing);
  }
  return { required, measured };
}

/** Opaque rings drawn right around the dot (box-shadows with no offset or blur), inner first. */
export function solidRings(boxShadow: string): Rgba[] {
  const layers = boxShadow.split(/,(?![^(]*\))/).map((layer) => layer.trim());
  const rings: { spread: number; colour: Rgba }[] = [];
  for (const layer of layers) {
    const colour = layer.match(/rgba?\([^)]*\)/)?.[0];
    const lengths = layer.replace(/rgba?\([^)]*\)/, '').trim().split(/\s+/).filter((part) => part.endsWith('px')).map(parseFloat);
    if (!colour || layer.includes('inset') || lengths.length < 4) continue;
    const [dx, dy, blur, spread] = lengths;
    const parsed = parseColour(colour);
    if (dx === 0 && dy === 0 && blur === 0 && spread > 0 && parsed[3] === 1) rings.push({ spread, colour: parsed });
  }
  return rings.sort((a, b) => a.spread - b.spread).map((ring) => ring.colour);
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Skin pixels in a ring just outside a marker (the 10 % darkest and lightest, to ignore outliers). */
export function skinAround(image: ImageData, button: HTMLElement, element: AcupointMap, scale: number, dot: number): Rgba[] {
  const host = element.getBoundingClientRect();
  const rect = button.getBoundingClientRect();
  const cx = (rect.left + rect.width / 2 - host.left) * scale;
  const cy = (rect.top + rect.height / 2 - host.top) * scale;
  const samples: Rgba[] = [];
  for (let angle = 0; angle < 360; angle += 15) {
    for (const r of [dot / 2 + 5, dot / 2 + 8]) {
      const x = Math.round(cx + Math.cos((angle * Math.PI) / 180) * r * scale);
      const y = Math.round(cy + Math.sin((angle * Math.PI) / 180) * r * scale);
      if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
      const k = (y * image.width + x) * 4;
      if (image.data[k + 3] < 250) continue;
      samples.push([image.data[k], image.data[k + 1], image.data[k + 2], 1]);
    }
  }
  expect(samples.length, 'skin around the marker').to.be.greaterThan(10);
  samples.sort((a, b) => contrast(a, [0, 0, 0, 1]) - contrast(b, [0, 0, 0, 1]));
  const cut = Math.floor(samples.length * 0.1);
  return samples.slice(cut, samples.length - cut);
}

/** Each test starts from a clean page and must leave no uncaught error behind. */
export function useA11yHooks(): void {
  let pageErrors: PageErrorWatch;

  beforeEach(() => {
    pageErrors = watchPageErrors();
  });

  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
    await resetMouse();
    pageErrors.stop();
    expect(pageErrors.errors, 'uncaught errors').to.deep.equal([]);
  });
}

function nearestMiddle(element: AcupointMap, buttons: HTMLButtonElement[]): HTMLButtonElement | undefined {
  const box = element.getBoundingClientRect();
  const off = (b: HTMLButtonElement) => {
    const r = b.getBoundingClientRect();
    return Math.hypot(r.left + r.width / 2 - (box.left + box.width / 2), r.top + r.height / 2 - (box.top + box.height / 2));
  };
  return [...buttons].sort((a, b) => off(a) - off(b))[0];
}
