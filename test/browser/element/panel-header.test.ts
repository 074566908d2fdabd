/**
 * A long panel keeps its header (the title and the close button) in view while its body
 * scrolls (field finding F2: the close button scrolled away with the content), on a desktop
 * side panel and on a phone's bottom sheet; Tab still reaches the close button first, and a
 * link or summary that focus scrolls into view stops below the header, not under it
 * (WCAG 2.4.11, focus not obscured).
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, expectSameNode, frames, mountLoaded, panel, shadow, until } from '../helpers.js';

/** The close button is on screen inside the panel and is what a tap at its centre reaches. */
function expectCloseReachable(element: AcupointMap, what: string): void {
  const box = panel(element).getBoundingClientRect();
  const close = panel(element).querySelector<HTMLElement>('.close')!;
  const r = close.getBoundingClientRect();
  expect(r.top, `${what}: close below the panel's top`).to.be.at.least(box.top - 0.5);
  expect(r.bottom, `${what}: close above the panel's foot`).to.be.at.most(box.bottom + 0.5);
  const at = shadow(element).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  expect(at !== null && close.contains(at), `${what}: the close button is on top at its centre (found ${at?.localName}.${at?.className})`).to.equal(true);
}

/** Scroll the panel's body to its end and let the sticky header settle. */
async function scrollToEnd(element: AcupointMap): Promise<void> {
  const box = panel(element);
  box.scrollTop = box.scrollHeight;
  await frames(2);
  expect(box.scrollTop, 'the panel is long enough to scroll').to.be.greaterThan(200);
}

describe('the panel header stays in view while a long panel scrolls', () => {
  afterEach(async () => {
    cleanup();
    document.body.style.removeProperty('margin');
    await setViewport({ width: 800, height: 600 });
  });

  it('desktop side panel: title and close stay at the top, Tab goes to close first, focused content stops below the header', async () => {
    await setViewport({ width: 960, height: 640 });
    document.body.style.margin = '0';
    const element = await mountLoaded({ mode: 'practitioner', selected: 'BL23' }, { width: 960, height: 640 });
    await until(() => panel(element).hidden === false, 'the panel');
    await element.updateComplete;
    const box = panel(element);
    const header = box.querySelector<HTMLElement>(':scope > header')!;
    const title = header.querySelector('h2')!;
    await scrollToEnd(element);
    expect(header.getBoundingClientRect().top, 'the header at the panel top').to.be.closeTo(box.getBoundingClientRect().top, 1);
    expect(shadow(element).elementFromPoint(title.getBoundingClientRect().left + 8, title.getBoundingClientRect().top + 8), 'the title is not covered').to.satisfy((node: Element | null) => !!node && title.contains(node));
    expectCloseReachable(element, 'scrolled to the end');

    // From the top again: the first Tab stop in the panel is the close button, then the body.
    box.scrollTop = 0;
    box.focus();
    await sendKeys({ press: 'Tab' });
    expectSameNode(shadow(element).activeElement, header.querySelector('.close'), 'Tab from the panel reaches close first');
    // Every focus stop further down is scrolled into view below the header, never under it.
    let stops = 0;
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      await frames(1);
      const focused = shadow(element).activeElement as HTMLElement | null;
      if (!focused || !box.contains(focused)) break;
      stops++;
      const r = focused.getBoundingClientRect();
      const under = header.getBoundingClientRect().bottom;
      expect(r.top, `${focused.localName}.${focused.className} "${focused.textContent!.trim().slice(0, 30)}" is below the header (scrollTop ${box.scrollTop})`).to.be.at.least(under - 1);
    }
    expect(stops, 'several focus stops in the panel body').to.be.at.least(4);
    expect(box.scrollTop, 'Tab scrolled the panel').to.be.greaterThan(100);
    // A stop that lies under the header when focus reaches it (scrolled there by hand, or
    // reached going back up) is scrolled down into view below the header.
    const body = [...box.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), summary')].filter((node) => node.offsetParent !== null && !header.contains(node));
    for (const stop of body) {
      box.scrollTop += stop.getBoundingClientRect().top - box.getBoundingClientRect().top - 10;
      await frames(1);
      stop.focus();
      await frames(1);
      const under = header.getBoundingClientRect().bottom;
      expect(stop.getBoundingClientRect().top, `${stop.localName}.${stop.className} "${stop.textContent!.trim().slice(0, 30)}" is scrolled below the header on focus`).to.be.at.least(under - 1);
    }
    expectCloseReachable(element, 'after tabbing down');
  });

  it('phone bottom sheet at full height: the handle and the header stay, close still closes', async () => {
    await setViewport({ width: 375, height: 812 });
    document.body.style.margin = '0';
    const element = await mountLoaded({ selected: 'BL23' }, { width: 375, height: 812 });
    await until(() => panel(element).hidden === false, 'the sheet');
    const box = panel(element);
    const handle = box.querySelector<HTMLElement>(':scope > .sheet-handle')!;
    handle.click();
    await element.updateComplete;
    await until(() => box.dataset.sheet === 'full', 'the sheet at full height');
    await frames(2);
    await scrollToEnd(element);
    const header = box.querySelector<HTMLElement>(':scope > header')!;
    const top = box.getBoundingClientRect().top;
    expect(handle.getBoundingClientRect().top, 'the handle at the top').to.be.closeTo(top, 1);
    expect(header.getBoundingClientRect().top, 'the header right under the handle').to.be.closeTo(handle.getBoundingClientRect().bottom, 1);
    expectCloseReachable(element, 'sheet scrolled to the end');
    // A disclosure focused while under the header is scrolled below the handle and header.
    const stop = [...box.querySelectorAll<HTMLElement>('summary')].filter((node) => node.offsetParent !== null).at(-1)!;
    box.scrollTop += stop.getBoundingClientRect().top - top - 20;
    await frames(1);
    stop.focus();
    await frames(1);
    expect(stop.getBoundingClientRect().top, 'the focused summary below the header').to.be.at.least(header.getBoundingClientRect().bottom - 1);
    box.querySelector<HTMLElement>('.close')!.click();
    await element.updateComplete;
    expect(element.selected, 'close closed the point').to.equal(null);
  });
});
