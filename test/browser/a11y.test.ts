import { expect } from '@esm-bundle/chai';
import { emulateMedia, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { rendererStats, type AcupointMap } from '../../src/index.js';
import { cleanup, frames, hotspots, mount, mountLoaded, nextEvent, panel, shadow, until, wait } from './helpers.js';
import { axeViolations } from './support/axe.js';
import { contrast, parseColour, type Rgba } from './support/contrast.js';
import { watchPageErrors, type PageErrorWatch } from './support/page-errors.js';
import { listToggle, pointList } from './support/point-list.js';
import { textContrasts } from './support/visible-text.js';
import { nextError } from './support/waits.js';

function stage(element: AcupointMap): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="stage"]')!;
}

function active(element: AcupointMap): HTMLElement | null {
  return shadow(element).activeElement as HTMLElement | null;
}

/** A visible keyboard focus indicator: an outline of at least 2 px with 3:1 against what is around it. */
function expectFocusRing(target: HTMLElement, what: string): void {
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
function expectOnTop(element: AcupointMap, target: HTMLElement, what: string): void {
  const rect = target.getBoundingClientRect();
  const hit = shadow(element).elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  expect(hit === target || target.contains(hit), `${what} is not covered (found ${hit?.localName}.${hit?.className})`).to.equal(true);
}

/** Tab from just before the widget until focus leaves it; returns what was focused. */
async function tabThrough(element: AcupointMap, before: HTMLElement): Promise<HTMLElement[]> {
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

function describeControl(target: HTMLElement): string {
  return `${target.getAttribute('part') ?? target.localName}:${(target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 30)}`;
}

describe('accessibility (WCAG 2.2 AA)', () => {
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

  describe('axe-core finds no violations', () => {
    it('default view', async () => {
      const element = await mountLoaded();
      await frames(2);
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('panel open (all sections expanded) and the list open', async () => {
      const element = await mountLoaded({ selected: 'BL23' });
      for (const details of panel(element).querySelectorAll('details')) details.open = true;
      listToggle(element).click();
      await element.updateComplete;
      await frames(2);
      expect(panel(element).hidden).to.equal(false);
      expect(pointList(element).hidden).to.equal(false);
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('evidence open', async () => {
      const element = await mountLoaded();
      const evidence = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((b) =>
        /evidence/i.test(b.textContent ?? ''),
      )!;
      evidence.click();
      await element.updateComplete;
      expect(panel(element).textContent).to.match(/evidence/i);
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('with an error message shown', async () => {
      const element = mount({ 'points-src': '/test/fixtures/no-such-points.json' });
      const loaded = nextEvent(element, 'load');
      await nextError(element, 'points');
      await loaded;
      await element.updateComplete;
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('the no-WebGL fallback', async () => {
      await wait(0);
      expect(rendererStats().contexts, 'no renderer left from other tests').to.equal(0);
      const realGetContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return type.includes('webgl') ? null : (realGetContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof realGetContext;
      try {
        const element = mount({ selected: 'BL40' });
        await nextError(element, 'webgl');
        await element.updateComplete;
        expect(await axeViolations(element)).to.deep.equal([]);
      } finally {
        HTMLCanvasElement.prototype.getContext = realGetContext;
      }
    });

    for (const mode of ['practitioner', 'student']) {
      it(`mode=${mode}, with a point open`, async () => {
        const element = await mountLoaded({ mode, selected: 'BL40' });
        await wait(300);
        await frames(2);
        expect(await axeViolations(element)).to.deep.equal([]);
      });
    }
  });

  describe('names and announcements', () => {
    it('markers and list entries are named with code and name; the panel is a named dialog and is announced', async () => {
      const element = await mountLoaded();
      for (const marker of hotspots(element)) {
        expect(marker.getAttribute('aria-label')).to.match(/^[A-Z][A-Z0-9-]* [A-Z][a-z]+/);
      }
      expect(hotspots(element, 'BL23')[0].getAttribute('aria-label')).to.match(/^BL23 Shenshu, Kidney Shu/);
      for (const entry of pointList(element).querySelectorAll<HTMLButtonElement>('button[data-code]')) {
        const name = entry.textContent!.replace(/\s+/g, ' ').trim();
        expect(name.startsWith(entry.dataset.code!), `${entry.dataset.code} list entry name: ${name}`).to.equal(true);
        expect(name.length).to.be.greaterThan(entry.dataset.code!.length + 3);
      }
      element.select('BL23');
      await element.updateComplete;
      const dialog = panel(element);
      expect(dialog.getAttribute('role')).to.equal('dialog');
      const title = shadow(element).getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(title.textContent).to.include('BL23');
      const live = shadow(element).querySelector('[aria-live]')!;
      expect(live.textContent).to.match(/BL23 Shenshu/);
      element.clearSelection();
      await element.updateComplete;
      expect(live.textContent).to.match(/closed/i);
    });
  });

  describe('keyboard alone', () => {
    it('Tab reaches every control once, each with a visible focus ring; markers are one tab stop', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      const element = await mountLoaded();
      await frames(2);
      const order = await tabThrough(element, before);
      const names = order.map(describeControl);
      expect(order[0], 'the 3D view comes first').to.equal(stage(element));
      expect(order.filter((target) => target.getAttribute('part') === 'hotspot').length, 'one tab stop for all markers').to.equal(1);
      // Every visible button outside the marker layer is reachable.
      const buttons = [...shadow(element).querySelectorAll<HTMLElement>('button, [tabindex="0"], summary, a[href]')].filter(
        (target) => target.getAttribute('part') !== 'hotspot' && target.getClientRects().length > 0,
      );
      for (const target of buttons) expect(order, `reachable: ${describeControl(target)} (order: ${names.join(' | ')})`).to.include(target);
      // Walk again and check the ring of each as the keyboard reaches it.
      document.body.prepend(before);
      before.focus();
      for (const target of order) {
        await sendKeys({ press: 'Tab' });
        expect(active(element)).to.equal(target);
        expectFocusRing(target, describeControl(target));
        if (target.getAttribute('part') === 'hotspot') expectOnTop(element, target, 'focused marker');
      }
      before.remove();
    });

    it('the view turns and zooms with keys; a marker opens with Enter; Escape closes and focus returns', async () => {
      const element = await mountLoaded();
      await frames(2);
      stage(element).focus();
      const start = element.queryPoint('BL23', 'left')!;
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => Math.abs(element.queryPoint('BL23', 'left')!.x - start.x) > 5, 'arrow keys turn the body');
      const spread = () => Math.abs(element.queryPoint('BL23', 'left')!.x - element.queryPoint('BL23', 'right')!.x);
      const before = spread();
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      await until(() => spread() > before * 1.15, '+ zooms in');
      await sendKeys({ press: 'Home' });
      await until(() => Math.abs(element.queryPoint('BL23', 'left')!.x - start.x) < 3, 'Home resets', 5000);

      await sendKeys({ press: 'Tab' });
      const marker = active(element)!;
      expect(marker.getAttribute('part')).to.equal('hotspot');
      await sendKeys({ press: 'ArrowRight' });
      const next = active(element)!;
      expect(next).to.not.equal(marker);
      expectOnTop(element, next, 'marker reached with an arrow key');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await until(() => active(element) === panel(element), 'focus moves into the panel');
      expect(element.selected).to.equal(next.dataset.code);
      expectFocusRing(panel(element), 'panel');
      await sendKeys({ press: 'Tab' });
      expect(active(element)?.getAttribute('part'), 'first stop in the panel: close').to.equal('panel-close');
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(panel(element).hidden).to.equal(true);
      expect(active(element)).to.equal(next);
    });

    it('the list and the evidence open and close from the keyboard', async () => {
      const element = await mountLoaded();
      listToggle(element).focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(pointList(element).hidden).to.equal(false);
      let guard = 0;
      while (!active(element)?.closest('[part~="point-list"]') && guard++ < 12) await sendKeys({ press: 'Tab' });
      const entry = active(element)!;
      expect(entry.dataset.code, 'Tab reaches the list').to.be.a('string');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.selected).to.equal(entry.dataset.code);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(active(element)).to.equal(entry);
      const evidence = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((b) =>
        /evidence/i.test(b.textContent ?? ''),
      )!;
      evidence.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(panel(element).hidden).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(panel(element).hidden).to.equal(true);
      expect(active(element)).to.equal(evidence);
    });
  });

  describe('reduced motion', () => {
    it('camera moves are instant and auto-rotate stays off; CSS transitions off', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await mountLoaded({ 'auto-rotate': true });
      await frames(3);
      const frameCount = rendererStats().framesDrawn;
      await wait(800);
      expect(rendererStats().framesDrawn, 'auto-rotate does not draw').to.equal(frameCount);
      element.setView('front');
      await element.updateComplete;
      await frames(2);
      expect(element.queryPoint('CV4')!.visible, 'front view at once').to.equal(true);
      expect(element.queryPoint('BL23', 'left')!.visible).to.equal(false);
      const marker = hotspots(element).find((button) => !button.hidden)!;
      expect(getComputedStyle(marker, '::before').transitionDuration).to.equal('0s');
    });

    it('the preference is followed live: auto-rotate stops when it is turned on', async () => {
      const element = await mountLoaded({ 'auto-rotate': true });
      const frameCount = rendererStats().framesDrawn;
      await until(() => rendererStats().framesDrawn > frameCount + 3, 'auto-rotate turning', 60000);
      await emulateMedia({ reducedMotion: 'reduce' });
      await frames(3);
      const stopped = rendererStats().framesDrawn;
      await wait(600);
      expect(rendererStats().framesDrawn).to.equal(stopped);
      element.setView('left');
      await element.updateComplete;
      await frames(2);
      expect(element.queryPoint('BL23', 'left')!.visible).to.equal(true);
      expect(element.queryPoint('BL23', 'right')!.visible).to.equal(false);
    });

    it('without the preference, a view change is animated (the test above can fail)', async () => {
      const element = await mountLoaded();
      element.setView('front');
      await element.updateComplete;
      await frames(2);
      expect(element.queryPoint('CV4')!.visible, 'still turning after two frames').to.equal(false);
    });
  });

  describe('contrast', () => {
    it('all visible text is at least 4.5:1 against what is behind it (panel, list, toolbar, notice)', async () => {
      const element = mount({ selected: 'BL23', 'points-src': '/test/fixtures/no-such-points.json' });
      const loaded = nextEvent(element, 'load');
      await nextError(element, 'points');
      await loaded;
      for (const details of panel(element).querySelectorAll('details')) details.open = true;
      listToggle(element).click();
      await element.updateComplete;
      await frames(2);
      const measured = textContrasts(element);
      expect(measured.length).to.be.greaterThan(40);
      const low = measured.filter((entry) => entry.ratio < 4.5);
      expect(low, JSON.stringify(low)).to.deep.equal([]);
      console.log(`text contrast: lowest ${Math.min(...measured.map((m) => m.ratio))} (${measured.sort((a, b) => a.ratio - b.ratio).slice(0, 4).map((m) => `${m.where} ${m.ratio}`).join(', ')})`);
    });

    for (const skin of ['default', '#8d5524', '#f1d3bd']) {
      it(`markers stand out at least 3:1 against the skin (${skin})`, async () => {
        const element = mount();
        if (skin !== 'default') element.style.setProperty('--acupoint-skin', skin);
        await nextEvent(element, 'load');
        await frames(3);
        element.select('BL40');
        await element.updateComplete;
        await wait(900);
        await frames(2);
        const { required, measured } = markerContrast(element);
        console.log(`markers on skin ${skin}: ${JSON.stringify(measured)}`);
        for (const [kind, value] of Object.entries(required)) expect(value, `${kind}: ${JSON.stringify(measured)}`).to.be.at.least(3);
      });
    }
  });

  describe('zoom and reflow', () => {
    for (const { width, label } of [
      { width: 320, label: '320 CSS px (400 % zoom of 1280)' },
      { width: 640, label: '640 CSS px (200 % zoom of 1280)' },
    ]) {
      it(`${label}: nothing overflows sideways, controls are reachable, the panel fits`, async () => {
        await setViewport({ width, height: 720 });
        const element = document.createElement('acupoint-map');
        element.setAttribute('loading', 'eager');
        element.style.height = '540px';
        document.body.append(element);
        await nextEvent(element, 'load');
        await frames(2);
        expectFits(element, 'default view');
        listToggle(element).click();
        await element.updateComplete;
        expectFits(element, 'list open');
        for (const target of toolbarButtons(element)) expectOnTop(element, target, `toolbar ${describeControl(target)} with the list open`);
        const entry = pointList(element).querySelector<HTMLButtonElement>('button[data-code="BL40"]')!;
        entry.scrollIntoView({ block: 'nearest' });
        expectOnTop(element, entry, 'list entry');
        entry.click();
        await element.updateComplete;
        await frames(2);
        expectFits(element, 'panel open');
        const close = shadow(element).querySelector<HTMLElement>('[part~="panel-close"]')!;
        expectOnTop(element, close, 'panel close button');
        expect(document.documentElement.scrollWidth, 'page does not scroll sideways').to.be.at.most(width);
      });
    }
  });
});

function toolbarButtons(element: AcupointMap): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="toolbar"] button')].filter((b) => b.getClientRects().length > 0);
}

/** Every visible box lies within the widget horizontally, and no box scrolls sideways. */
function expectFits(element: AcupointMap, state: string): void {
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
function markerContrast(element: AcupointMap): { required: Record<string, number>; measured: Record<string, number> } {
  const root = shadow(element);
  const canvas = root.querySelector('canvas')!;
  const image = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const scale = canvas.width / element.getBoundingClientRect().width;
  const required: Record<string, number> = {};
  const measured: Record<string, number> = {};
  const kinds: [string, HTMLButtonElement | undefined][] = [
    ['marker', hotspots(element).find((b) => !b.hidden && !b.classList.contains('selected') && !b.hasAttribute('data-alternative'))],
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
function solidRings(boxShadow: string): Rgba[] {
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

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Skin pixels in a ring just outside a marker (the 10 % darkest and lightest, to ignore outliers). */
function skinAround(image: ImageData, button: HTMLElement, element: AcupointMap, scale: number, dot: number): Rgba[] {
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
