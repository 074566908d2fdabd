/**
 * Every point one tap away, on a phone (375 x 812, touch) and a desktop (1280 x 800):
 * no shown marker's centre is covered, every point opens in at most two taps on the body
 * from a preset view, the opened point's marker is the element at its own centre (not
 * under the panel, the sheet or the toolbar), and the phone layout keeps one toolbar row,
 * 44 px controls and a bottom sheet that drags between a peek and full height.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, expectSameNode, frames, mountLoaded, panel, pixels, shadow, until, wait } from '../helpers.js';

const VIEWS = ['back', 'left', 'right', 'front'] as const;

interface Target {
  button: HTMLElement;
  codes: string[];
  x: number;
  y: number;
}

/** Markers and clusters on screen, each with what is at its centre. */
function targets(element: AcupointMap): (Target & { top: Element | null })[] {
  const root = shadow(element);
  const box = element.getBoundingClientRect();
  return [...root.querySelectorAll<HTMLElement>('[part~="hotspot"], [part~="cluster"]')]
    .filter((button) => !button.hidden && button.offsetParent !== null)
    .map((button) => {
      const r = button.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const codes = (button.dataset.code ?? button.dataset.codes ?? '').split(' ');
      return { button, codes, x, y, top: root.elementFromPoint(x, y) };
    })
    .filter(({ x, y }) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom);
}

function describeNode(node: Element | null): string {
  return node ? `${node.localName}.${node.className}[${(node as HTMLElement).dataset.code ?? (node as HTMLElement).dataset.codes ?? ''}]` : 'nothing';
}

/** Covered centres, described (empty when every shown button is on top at its centre). */
function covered(element: AcupointMap): string[] {
  return targets(element)
    .filter(({ button, top }) => top !== button)
    .map(({ codes, x, y, top }) => `${codes.join(' ')} at ${x.toFixed(0)},${y.toFixed(0)} under ${describeNode(top)}`);
}

/** A finger (or a mouse) on the screen: whatever is at that point gets the press and the click. */
function tap(element: AcupointMap, x: number, y: number, touch: boolean): void {
  const target = shadow(element).elementFromPoint(x, y);
  if (!target) throw new Error(`nothing at ${x},${y}`);
  const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
  const pointer = { ...init, pointerId: 7, pointerType: touch ? 'touch' : 'mouse', isPrimary: true, button: 0 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...pointer, buttons: 0 }));
  target.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
}

/** Camera moves are instant (reduced motion): a few frames draw the result. */
async function settled(element: AcupointMap): Promise<void> {
  await element.updateComplete;
  await frames(3);
}

async function fromView(element: AcupointMap, view: (typeof VIEWS)[number]): Promise<void> {
  element.selected = null;
  await element.updateComplete;
  element.setView(view);
  await settled(element);
}

/** Fewest taps (1 or 2) on the body that open `code` from preset `view`, or null. */
async function tapsToOpen(element: AcupointMap, code: string, view: (typeof VIEWS)[number], touch: boolean): Promise<number | null> {
  await fromView(element, view);
  for (let taps = 1; taps <= 2; taps++) {
    const shown = targets(element).filter((t) => t.top === t.button && t.codes.includes(code));
    const target = shown.find((t) => t.codes.length === 1) ?? shown[0];
    if (!target) return null;
    tap(element, target.x, target.y, touch);
    await settled(element);
    if (element.selected === code) return taps;
  }
  return null;
}

for (const size of [
  { width: 375, height: 812, touch: true },
  { width: 320, height: 568, touch: true },
  { width: 1280, height: 800, touch: false },
]) {
  describe(`every point one tap away at ${size.width}x${size.height}${size.touch ? ' (touch)' : ''}`, () => {
    let element: AcupointMap;

    before(async () => {
      await setViewport({ width: size.width, height: size.height });
      await emulateMedia({ reducedMotion: 'reduce' });
      document.body.style.margin = '0';
      element = await mountLoaded({}, { width: size.width, height: size.height });
      await settled(element);
    });

    after(async () => {
      cleanup();
      document.body.style.removeProperty('margin');
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('no shown marker or cluster has its centre covered, in any preset view', async () => {
      for (const view of VIEWS) {
        await fromView(element, view);
        expect(targets(element).length, `${view}: something shown`).to.be.at.least(view === 'back' ? 10 : 3);
        expect(covered(element), `${view} view`).to.deep.equal([]);
      }
    });

    it('the crowded lumbar rows are one cluster button with its codes and a spoken name', async () => {
      await fromView(element, 'back');
      const cluster = targets(element).find((t) => t.button.getAttribute('part') === 'cluster' && t.codes.includes('BL23'));
      expect(cluster, 'BL23 is in a cluster in the full back view').to.not.equal(undefined);
      expect(cluster!.button.getAttribute('aria-label')).to.match(/^Lower back, \d+ points: .*BL23/);
      expect(Number(cluster!.button.textContent)).to.equal(cluster!.codes.length);
    });

    it('every point opens in at most two taps from a preset view, and then its marker is on top at its centre', async () => {
      const slow: string[] = [];
      const hidden: string[] = [];
      for (const point of element.points) {
        let opened: number | null = null;
        for (const view of VIEWS) {
          opened = await tapsToOpen(element, point.code, view, size.touch);
          if (opened !== null) break;
        }
        if (opened === null) {
          slow.push(point.code);
          continue;
        }
        // The opened point stays in sight beside its panel (or above the sheet).
        const own = targets(element).filter((t) => t.codes.length === 1 && t.codes[0] === point.code);
        if (!own.some((t) => t.top === t.button)) hidden.push(point.code);
      }
      expect(slow, 'points not opened in two taps').to.deep.equal([]);
      expect(hidden, 'points whose marker is hidden or covered once open').to.deep.equal([]);
    });

    it('a point opened from the list (or an attribute) is turned to and framed beside its panel', async () => {
      for (const code of ['CV4', 'KI3', 'BL23', 'SI3']) {
        await fromView(element, 'back');
        element.selected = code;
        await settled(element);
        const own = targets(element).filter((t) => t.codes.length === 1 && t.codes[0] === code);
        expect(own.some((t) => t.top === t.button), `${code} in sight`).to.equal(true);
        const sheet = panel(element).getBoundingClientRect();
        for (const t of own.filter((t) => t.top === t.button)) {
          if (size.width < 560) expect(t.y, `${code} above the sheet`).to.be.lessThan(sheet.top);
          else expect(t.x, `${code} left of the panel`).to.be.lessThan(sheet.left);
        }
      }
    });
  });
}

describe('phone layout', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  after(() => {
    document.body.style.removeProperty('margin');
  });

  for (const width of [375, 320]) {
    it(`at ${width} px: one toolbar row of 44 px controls, the rest in a menu; nothing over the head`, async () => {
      await setViewport({ width, height: 812 });
      document.body.style.margin = '0';
      const element = await mountLoaded({}, { width, height: 812 });
      const toolbar = shadow(element).querySelector<HTMLElement>('[part~="toolbar"]')!;
      const shown = [...toolbar.querySelectorAll<HTMLElement>('button')].filter((b) => b.offsetParent !== null && b.getBoundingClientRect().width > 0);
      expect(toolbar.getBoundingClientRect().height, 'toolbar height').to.be.at.most(44);
      expect(new Set(shown.map((b) => Math.round(b.getBoundingClientRect().top))).size, 'one row').to.equal(1);
      for (const button of shown) {
        const r = button.getBoundingClientRect();
        expect(r.height, button.textContent!).to.be.at.least(44);
        expect(r.width, button.textContent!).to.be.at.least(44);
        expect(r.right, 'inside the widget').to.be.at.most(width);
      }
      // Nothing of the figure (its head) is under a toolbar button: no drawn pixel there.
      const image = pixels(element);
      const scale = image.width / width;
      const host = element.getBoundingClientRect();
      let headTop = -1;
      for (let y = 0; y < image.height && headTop < 0; y++) {
        for (let x = 0; x < image.width; x++) if (image.data[(y * image.width + x) * 4 + 3] > 200) { headTop = y / scale; break; }
      }
      expect(headTop, 'the figure is drawn').to.be.greaterThan(0);
      for (const button of shown) {
        const r = button.getBoundingClientRect();
        let under = 0;
        for (let y = Math.floor((r.top - host.top) * scale); y < (r.bottom - host.top) * scale; y++) {
          for (let x = Math.floor((r.left - host.left) * scale); x < (r.right - host.left) * scale; x++) {
            if (image.data[(y * image.width + x) * 4 + 3] > 200) under++;
          }
        }
        expect(under, `body pixels under ${button.textContent!.trim() || button.getAttribute('aria-label')}`).to.equal(0);
      }
      // The menu holds the views and the evidence, and Escape closes it.
      const more = toolbar.querySelector<HTMLButtonElement>('.more')!;
      more.click();
      await element.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      const items = [...toolbar.querySelectorAll<HTMLElement>('#more-items button')];
      expect(items.map((b) => b.textContent!.trim())).to.include.members(['Back', 'Front', 'Left', 'Right', 'About the evidence']);
      for (const item of items) expect(item.getBoundingClientRect().height).to.be.at.least(44);
      items.find((b) => b.textContent!.trim() === 'Front')!.click();
      await element.updateComplete;
      expect(more.getAttribute('aria-expanded'), 'a choice closes the menu').to.equal('false');
      expect(element.view).to.equal('front');
      cleanup();
    });
  }

  it('the bottom sheet: a peek with the point above it, dragged up to full height, down to the peek, flicked down to close', async () => {
    await setViewport({ width: 375, height: 812 });
    document.body.style.margin = '0';
    const element = await mountLoaded({ selected: 'BL40' }, { width: 375, height: 812 });
    await wait(900);
    await frames(2);
    const sheet = panel(element);
    const handle = shadow(element).querySelector<HTMLElement>('[part~="sheet-handle"]')!;
    const peek = sheet.getBoundingClientRect();
    expect(peek.height).to.be.closeTo(812 * 0.45, 2);
    expect(peek.bottom).to.be.closeTo(812, 1);
    const drag = (fromY: number, toY: number, steps = 6) => {
      const send = (type: string, y: number, time: number) =>
        handle.dispatchEvent(new PointerEvent(type, { pointerId: 3, pointerType: 'touch', isPrimary: true, clientX: 180, clientY: y, button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, composed: true, timeStamp: time } as PointerEventInit));
      send('pointerdown', fromY, 0);
      for (let i = 1; i <= steps; i++) send('pointermove', fromY + ((toY - fromY) * i) / steps, i * 40);
      send('pointerup', toY, steps * 40 + 10);
      handle.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    };
    drag(peek.top + 10, 200, 12);
    await element.updateComplete;
    await frames(2);
    expect(sheet.dataset.sheet).to.equal('full');
    expect(sheet.getBoundingClientRect().top, 'full: just below the toolbar').to.be.lessThan(120);
    expect(handle.getAttribute('aria-expanded')).to.equal('true');
    drag(sheet.getBoundingClientRect().top + 10, 500, 12);
    await element.updateComplete;
    expect(sheet.dataset.sheet).to.equal('peek');
    // The keyboard (or a plain tap on the handle) toggles.
    handle.click();
    await element.updateComplete;
    expect(sheet.dataset.sheet).to.equal('full');
    handle.click();
    await element.updateComplete;
    expect(sheet.dataset.sheet).to.equal('peek');
    drag(sheet.getBoundingClientRect().top + 10, 780, 3);
    await element.updateComplete;
    expect(sheet.hidden, 'flicked down: closed').to.equal(true);
    expect(element.selected).to.equal(null);
    cleanup();
  });

  it('the point list is a bottom sheet too: a peek, full height from its handle, Escape closes it; a point chosen closes it', async () => {
    await setViewport({ width: 375, height: 812 });
    document.body.style.margin = '0';
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mountLoaded({}, { width: 375, height: 812 });
    const root = shadow(element);
    const chip = root.querySelector<HTMLButtonElement>('.list-button')!;
    const list = root.querySelector<HTMLElement>('[part~="point-list"]')!;
    chip.click();
    await settled(element);
    const peek = list.getBoundingClientRect();
    expect(peek.height, 'a peek').to.be.closeTo(812 * 0.45, 2);
    expect(peek.bottom).to.be.closeTo(812, 1);
    expect(peek.width).to.be.closeTo(375, 1);
    const handle = root.querySelector<HTMLButtonElement>('[part~="list-sheet-handle"]')!;
    expect(handle.getBoundingClientRect().width, 'the handle spans the sheet').to.be.closeTo(375, 1);
    handle.click();
    await element.updateComplete;
    expect(list.dataset.sheet).to.equal('full');
    expect(list.getBoundingClientRect().top, 'full: just below the toolbar').to.be.lessThan(120);
    // Rows a thumb can pick.
    for (const row of list.querySelectorAll<HTMLElement>('li button')) expect(row.getBoundingClientRect().height).to.be.at.least(44);
    // Escape in the list closes it (not the panel under it) and gives focus to its button.
    list.querySelector<HTMLButtonElement>('li button')!.focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(list.hidden).to.equal(true);
    expectSameNode(root.activeElement, chip, 'focus on the list button');
    // Opened again, as a peek; a point chosen closes it and opens the point's sheet, the point above it.
    chip.click();
    await element.updateComplete;
    expect(list.dataset.sheet).to.equal('peek');
    list.querySelector<HTMLButtonElement>('button[data-code="BL40"]')!.click();
    await settled(element);
    expect(list.hidden, 'the list gave way').to.equal(true);
    expect(element.selected).to.equal('BL40');
    const sheet = panel(element).getBoundingClientRect();
    const own = targets(element).filter((t) => t.codes.length === 1 && t.codes[0] === 'BL40' && t.top === t.button);
    expect(own.length, 'BL40 in sight').to.be.greaterThan(0);
    for (const t of own) expect(t.y).to.be.lessThan(sheet.top);
    // Closing the point's sheet gives focus to the list's button, which is on screen.
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expectSameNode(root.activeElement, chip, 'focus on the list button');
    cleanup();
  });

  it("a practitioner's mode bar on a phone: the whole figure is framed above it", async () => {
    await setViewport({ width: 375, height: 812 });
    document.body.style.margin = '0';
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mountLoaded({ mode: 'practitioner', plan: 'BL23 BL40 KI3' }, { width: 375, height: 812 });
    await settled(element);
    const bar = shadow(element).querySelector<HTMLElement>('.mode-bar')!.getBoundingClientRect();
    expect(bar.top, 'the bar at the foot').to.be.greaterThan(600);
    const image = pixels(element);
    const scale = image.width / 375;
    let lowest = -1;
    for (let y = image.height - 1; y >= 0 && lowest < 0; y--) {
      for (let x = 0; x < image.width; x++) if (image.data[(y * image.width + x) * 4 + 3] > 200) { lowest = y / scale; break; }
    }
    expect(lowest, 'the figure is drawn').to.be.greaterThan(0);
    expect(lowest, 'the feet above the bar').to.be.lessThan(bar.top);
    cleanup();
  });

  it('the menu closes on a press outside it (the body, the page), not on one inside it', async () => {
    await setViewport({ width: 375, height: 812 });
    document.body.style.margin = '0';
    const element = await mountLoaded({}, { width: 375, height: 812 });
    const root = shadow(element);
    const more = root.querySelector<HTMLButtonElement>('.more')!;
    const press = (target: Element) =>
      target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerId: 4, pointerType: 'touch', isPrimary: true }));
    more.click();
    await element.updateComplete;
    press(root.querySelector('#more-items .views button')!);
    await element.updateComplete;
    expect(more.getAttribute('aria-expanded'), 'a press inside').to.equal('true');
    press(root.querySelector('[part~="stage"]')!);
    await element.updateComplete;
    expect(more.getAttribute('aria-expanded'), 'a press on the body').to.equal('false');
    more.click();
    await element.updateComplete;
    press(document.body);
    await element.updateComplete;
    expect(more.getAttribute('aria-expanded'), 'a press on the page').to.equal('false');
    cleanup();
  });

  it('keyboard: Enter on a cluster zooms in and moves focus to its first point; Enter opens it', async () => {
    await setViewport({ width: 375, height: 812 });
    document.body.style.margin = '0';
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mountLoaded({}, { width: 375, height: 812 });
    await settled(element);
    const root = shadow(element);
    const cluster = root.querySelector<HTMLButtonElement>('[part~="cluster"][data-codes~="BL23"]:not([hidden])')!;
    expect(cluster, 'the lower back cluster').to.not.equal(null);
    const codes = cluster.dataset.codes!.split(' ');
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root.activeElement?.getAttribute('part') === 'hotspot', 'focus on a point of the cluster', 5000);
    // Once the camera has stopped, focus rests on the cluster's first point.
    await wait(300);
    await settled(element);
    const first = root.activeElement as HTMLButtonElement;
    expect(codes).to.include(first.dataset.code);
    expect(shadow(element).querySelector('.visually-hidden[aria-live]')!.textContent).to.match(/^Zoomed in on \d+ points/);
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(element.selected).to.equal(first.dataset.code);
    await emulateMedia({ reducedMotion: 'no-preference' });
    cleanup();
  });

  it('at 375 px every visible button is at least 24 x 24 px (closed, a point open, the menu open, the list open)', async () => {
    await setViewport({ width: 375, height: 812 });
    document.body.style.margin = '0';
    const element = await mountLoaded({}, { width: 375, height: 812 });
    const small = () =>
      [...shadow(element).querySelectorAll<HTMLElement>('button, summary, a, select')]
        // Links and buttons inside a sentence are exempt (WCAG 2.5.8 "inline").
        .filter((b) => b.offsetParent !== null && getComputedStyle(b).display !== 'inline')
        .map((b) => ({ name: b.getAttribute('aria-label') ?? b.textContent!.trim(), r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 23.9 || r.height < 23.9))
        .map(({ name, r }) => `${name}: ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
    expect(small(), 'closed').to.deep.equal([]);
    element.selected = 'BL40';
    await settled(element);
    expect(small(), 'a point open').to.deep.equal([]);
    shadow(element).querySelector<HTMLButtonElement>('.more')!.click();
    await element.updateComplete;
    expect(small(), 'menu open').to.deep.equal([]);
    shadow(element).querySelector<HTMLButtonElement>('.list-button')!.click();
    await element.updateComplete;
    expect(small(), 'the point list open').to.deep.equal([]);
    cleanup();
  });

  it('a point chosen before the body loads (attribute, link) is framed above the sheet once it is placed', async () => {
    await setViewport({ width: 375, height: 812 });
    document.body.style.margin = '0';
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mountLoaded({ selected: 'BL23' }, { width: 375, height: 812 });
    await settled(element);
    const sheet = panel(element).getBoundingClientRect();
    const own = targets(element).filter((t) => t.codes.length === 1 && t.codes[0] === 'BL23');
    expect(own.length, 'both BL23 markers shown').to.equal(2);
    for (const t of own) {
      expect(t.top === t.button, 'BL23 on top at its centre').to.equal(true);
      expect(t.y).to.be.lessThan(sheet.top);
    }
    expect(covered(element)).to.deep.equal([]);
    // Apart from every other shown button (no cluster pushed against it).
    for (const t of own) {
      for (const other of targets(element)) {
        if (other.button !== t.button) expect(Math.hypot(other.x - t.x, other.y - t.y), other.codes.join(' ')).to.be.at.least(25.5);
      }
    }
    await emulateMedia({ reducedMotion: 'no-preference' });
    cleanup();
  });

  for (const [width, height] of [
    [812, 375],
    [568, 320],
  ]) {
    it(`a landscape phone (${width} x ${height}) keeps the side panel and both BL57 markers beside it`, async () => {
      await setViewport({ width, height });
      document.body.style.margin = '0';
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await mountLoaded({ selected: 'BL57' }, { width, height });
      await settled(element);
      const side = panel(element).getBoundingClientRect();
      expect(side.left, 'a side panel').to.be.greaterThan(width * 0.4);
      const own = targets(element).filter((t) => t.codes.length === 1 && t.codes[0] === 'BL57' && t.top === t.button);
      expect(own.length, 'both BL57 markers on top at their centres').to.equal(2);
      for (const t of own) expect(t.x).to.be.lessThan(side.left);
      // Clusters at the view's edge (the ankles, below the calf framed) show whole, left of
      // the panel, and on top at their centres: once they were cut in half by the bottom edge.
      const host = element.getBoundingClientRect();
      const clusters = [...shadow(element).querySelectorAll<HTMLElement>('[part~="cluster"]')].filter((b) => !b.hidden);
      if (width === 812) expect(clusters.length, 'the ankles clustered').to.be.greaterThan(0);
      for (const button of clusters) {
        const r = button.getBoundingClientRect();
        const where = `${button.dataset.codes} at ${r.left.toFixed(0)},${r.top.toFixed(0)}`;
        expect(r.top >= host.top && r.bottom <= host.bottom && r.left >= host.left && r.right <= side.left, `${where}: whole`).to.equal(true);
        expect(shadow(element).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2), `${where}: on top`).to.equal(button);
      }
      await emulateMedia({ reducedMotion: 'no-preference' });
      cleanup();
    });
  }
});
