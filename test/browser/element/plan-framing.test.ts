/**
 * A practitioner chooses a protocol on a phone: its card opens as a sheet with the mode bar
 * above it, and the camera frames the protocol's points in what is left above them,
 * zooming out as far as that takes (BL40, BL60 and KI3 were under the card and the bar:
 * the view moved but never zoomed out). Every point's marker centre is then inside the
 * free part and a tap there reaches it (or the cluster it is in). Points the view cannot
 * show with the others (on the other side of the body) are named in the card.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { PROTOCOLS } from '../../../src/catalogue/protocols.js';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, frames, mountLoaded, shadow, until } from '../helpers.js';

const CHRONIC = PROTOCOLS.find((p) => p.id === 'chronic-nonspecific')!;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What nothing covers, in page px: below the toolbar, above the mode bar and a sheet, left of a side panel. */
function freeArea(element: AcupointMap): Box {
  const root = shadow(element);
  const host = element.getBoundingClientRect();
  const free = { left: host.left, top: host.top, right: host.right, bottom: host.bottom };
  const toolbar = root.querySelector<HTMLElement>('.toolbar')!.getBoundingClientRect();
  free.top = Math.max(free.top, toolbar.bottom);
  const bar = root.querySelector<HTMLElement>('.mode-bar')!.getBoundingClientRect();
  const panel = root.querySelector<HTMLElement>('.panel')!;
  const card = panel.getBoundingClientRect();
  if (!panel.hidden && card.left - host.left < 20) free.bottom = Math.min(free.bottom, card.top);
  else if (!panel.hidden) free.right = Math.min(free.right, card.left);
  // The bar where it reaches into the figure's column (beside a side panel it may not).
  if (bar.left < (free.left + free.right) / 2 + 60) free.bottom = Math.min(free.bottom, bar.top);
  return free;
}

/** Each marker of the protocol's points the view shows, and what a tap at it reaches; empty when all are fine. */
function problems(element: AcupointMap, codes: readonly string[]): string[] {
  const root = shadow(element);
  const host = element.getBoundingClientRect();
  const free = freeArea(element);
  const inside = (x: number, y: number) => x >= free.left && x <= free.right && y >= free.top && y <= free.bottom;
  const clusters = [...root.querySelectorAll<HTMLElement>('[part~="cluster"]')].filter((c) => !c.hidden && c.offsetParent !== null);
  const out: string[] = [];
  for (const code of codes) {
    let shown = 0;
    // A point's first marker on each side (a midline point has one, asked without a side).
    for (const side of ['left', 'right', undefined] as const) {
      const at = element.queryPoint(code, side);
      if (!at || !at.visible) continue;
      shown++;
      const x = host.left + at.x;
      const y = host.top + at.y;
      const where = `${code} ${side ?? 'midline'} at ${at.x.toFixed(0)},${at.y.toFixed(0)}`;
      if (!inside(x, y)) {
        out.push(`${where}: outside the free part (${[free.left, free.top, free.right, free.bottom].map((v) => (v - (v === free.left || v === free.right ? host.left : host.top)).toFixed(0)).join(' ')})`);
        continue;
      }
      const top = root.elementFromPoint(x, y) as HTMLElement | null;
      if (top?.matches('[part~="hotspot"]') && top.dataset.code === code) continue;
      // Merged: the nearest shown cluster with this code is on top at its own centre, in the free part.
      const near = clusters
        .filter((c) => c.dataset.codes!.split(' ').includes(code))
        .map((c) => {
          const r = c.getBoundingClientRect();
          return { c, cx: r.left + r.width / 2, cy: r.top + r.height / 2 };
        })
        .sort((a, b) => Math.hypot(a.cx - x, a.cy - y) - Math.hypot(b.cx - x, b.cy - y))[0];
      if (near && Math.hypot(near.cx - x, near.cy - y) < 80 && inside(near.cx, near.cy) && root.elementFromPoint(near.cx, near.cy) === near.c) continue;
      out.push(`${where}: a tap reaches ${top ? `${top.localName}.${top.className}[${top.dataset.code ?? top.dataset.codes ?? ''}]` : 'nothing'}`);
    }
    if (shown > 0) continue;
    // Its first markers face away (a hand has two EX-UE7): another of its buttons or a cluster shows it.
    const other = [...root.querySelectorAll<HTMLElement>('[part~="hotspot"], [part~="cluster"]')].find(
      (b) => !b.hidden && b.offsetParent !== null && (b.dataset.code === code || (b.dataset.codes ?? '').split(' ').includes(code)),
    );
    const r = other?.getBoundingClientRect();
    if (!other || !r) out.push(`${code}: no marker shown`);
    else if (!inside(r.left + r.width / 2, r.top + r.height / 2) || root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) !== other) out.push(`${code}: its button is covered or outside the free part`);
  }
  return out;
}

/** A finger on the screen: whatever is at that point gets the press and the click. */
function tap(element: AcupointMap, x: number, y: number): void {
  const target = shadow(element).elementFromPoint(x, y)!;
  const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
  const pointer = { ...init, pointerId: 9, pointerType: 'touch', isPrimary: true, button: 0 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...pointer, buttons: 0 }));
  target.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
}

async function chooseProtocol(element: AcupointMap, id: string): Promise<void> {
  const select = shadow(element).querySelector<HTMLSelectElement>('.protocol-picker select')!;
  select.value = id;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
  expect(element.protocol).to.equal(id);
}

describe("a protocol's points framed in what its card leaves free", () => {
  afterEach(async () => {
    cleanup();
    document.body.style.removeProperty('margin');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const size of [
    { width: 375, height: 812 },
    { width: 320, height: 568 },
    { width: 812, height: 375 },
  ]) {
    it(`${size.width}x${size.height}, chronic non-specific with its card open: every point in the free part, a tap there reaches it`, async () => {
      await setViewport(size);
      await emulateMedia({ reducedMotion: 'reduce' });
      document.body.style.margin = '0';
      const element = await mountLoaded({ mode: 'practitioner' }, size);
      await chooseProtocol(element, CHRONIC.id);
      const panel = shadow(element).querySelector<HTMLElement>('.panel')!;
      await until(() => !panel.hidden && panel.querySelector('h2')?.textContent === CHRONIC.name, 'the card open');
      await until(() => problems(element, CHRONIC.points).length === 0, 'the plan framed', 15000).catch(() => {
        throw new Error(problems(element, CHRONIC.points).join('\n'));
      });
      await frames(3);
      expect(problems(element, CHRONIC.points), 'still so a few frames later').to.deep.equal([]);
      expect(panel.querySelector('.out-of-view'), 'all of it in view: nothing named').to.equal(null);
      // A finger on a plan point shown on its own opens it (or, on a cluster, zooms in).
      const lone = [...shadow(element).querySelectorAll<HTMLElement>('[part~="hotspot"], [part~="cluster"]')].find(
        (b) => !b.hidden && b.offsetParent !== null && CHRONIC.points.some((code) => b.dataset.code === code || (b.dataset.codes ?? '').split(' ').includes(code)),
      )!;
      const r = lone.getBoundingClientRect();
      tap(element, r.left + r.width / 2, r.top + r.height / 2);
      await element.updateComplete;
      if (lone.dataset.code) expect(element.selected, 'the tapped point opens').to.equal(lone.dataset.code);
      else expect(shadow(element).querySelector('.visually-hidden[aria-live]')!.textContent, 'the tapped cluster zooms').to.match(/^Zoomed/);
    });
  }

  for (const [from, to] of [
    [
      { width: 375, height: 812 },
      { width: 812, height: 375 },
    ],
    [
      { width: 812, height: 375 },
      { width: 375, height: 812 },
    ],
  ]) {
    it(`turning the phone (${from.width}x${from.height} to ${to.width}x${to.height}) with the card open frames the plan again in what the card leaves`, async () => {
      await setViewport(from);
      await emulateMedia({ reducedMotion: 'reduce' });
      document.body.style.margin = '0';
      const element = await mountLoaded({ mode: 'practitioner' }, from);
      await chooseProtocol(element, CHRONIC.id);
      await until(() => problems(element, CHRONIC.points).length === 0, 'the plan framed', 15000).catch(() => {
        throw new Error(problems(element, CHRONIC.points).join('\n'));
      });
      // The device turns: the page and the widget take the new size (on a phone the card
      // goes from a sheet to a side panel, or back).
      await setViewport(to);
      element.style.width = `${to.width}px`;
      element.style.height = `${to.height}px`;
      await frames(6);
      await until(() => problems(element, CHRONIC.points).length === 0, 'the plan framed again', 8000).catch(() => {
        throw new Error(`after turning:\n${problems(element, CHRONIC.points).join('\n')}`);
      });
    });
  }

  it('375x812: a protocol with a point on the other side of the body names it in the card; choosing it there shows it', async () => {
    const size = { width: 375, height: 812 };
    await setViewport(size);
    await emulateMedia({ reducedMotion: 'reduce' });
    document.body.style.margin = '0';
    const element = await mountLoaded({ mode: 'practitioner' }, size);
    // GV26 is on the upper lip; the other four are on the back, the hands and the ankle.
    const acute = PROTOCOLS.find((p) => p.id === 'acute-lumbar-strain')!;
    await chooseProtocol(element, acute.id);
    const panel = shadow(element).querySelector<HTMLElement>('.panel')!;
    await until(() => panel.querySelector('.out-of-view') !== null, 'the card names what is out of view', 15000);
    expect(panel.querySelector('.out-of-view')!.textContent).to.equal('Not in view now: GV26. Choose a point in the list to show it.');
    const back = acute.points.filter((code) => code !== 'GV26');
    await until(() => problems(element, back).length === 0, 'the back points framed', 15000).catch(() => {
      throw new Error(problems(element, back).join('\n'));
    });
    const gv26 = [...panel.querySelectorAll<HTMLButtonElement>('.protocol-points button')].find((b) => b.textContent!.includes('GV26'))!;
    gv26.click();
    await element.updateComplete;
    expect(element.selected).to.equal('GV26');
    await until(() => element.queryPoint('GV26')?.visible === true, 'GV26 turned to');
  });
});
