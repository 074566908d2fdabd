/**
 * The toolbar is one row at every width and in every language: the groups that do not fit
 * (the evidence first, then the anatomy switch, then the views) are in the "More" menu,
 * every action stays reachable there, and the menu works from the keyboard.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, expectSameNode, frames, mountLoaded, shadow, until } from '../helpers.js';
import { axeViolations } from '../support/axe.js';

const WIDTHS = [1280, 800, 700, 640, 560, 375, 320, 700, 1280];
const LANGUAGES = ['en', 'de', 'es', 'zh-Hans'];

/** Shown things in the toolbar's row (not in its menu). */
function rowItems(element: AcupointMap): HTMLElement[] {
  const toolbar = shadow(element).querySelector<HTMLElement>('[part~="toolbar"]')!;
  return [...toolbar.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && !child.matches('.spacer, .more-items') && child.getClientRects().length > 0,
  );
}

/** Every action's button, whether in the row or in the menu (by its place among the actions). */
function actions(element: AcupointMap): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button:not(.more):not(.list-button)')];
}

describe('the toolbar keeps one row', () => {
  let element: AcupointMap;

  before(async () => {
    await setViewport({ width: 1400, height: 900 });
    element = await mountLoaded({}, { width: 1280, height: 600 });
  });

  after(() => cleanup());

  for (const lang of LANGUAGES) {
    it(`${lang}: one row at ${[...new Set(WIDTHS)].join(', ')} px, growing and shrinking; every action in the row or the menu`, async () => {
      element.setAttribute('lang', lang);
      await until(() => shadow(element).querySelector(`.lang-root[lang="${lang}"]`) !== null, `the widget speaks ${lang}`, 60000);
      const problems: string[] = [];
      for (const width of WIDTHS) {
        element.style.width = `${width}px`;
        await element.updateComplete;
        await frames(2);
        const toolbar = shadow(element).querySelector<HTMLElement>('[part~="toolbar"]')!.getBoundingClientRect();
        const host = element.getBoundingClientRect();
        const row = rowItems(element).map((item) => ({ item, box: item.getBoundingClientRect() }));
        const tallest = Math.max(...row.map(({ box }) => box.height));
        if (toolbar.height > tallest + 0.5) problems.push(`${width}: toolbar ${toolbar.height.toFixed(0)} px high, its tallest item ${tallest.toFixed(0)} px`);
        for (const { item, box } of row) {
          const name = item.getAttribute('aria-label') ?? item.textContent!.trim();
          if (Math.abs(box.top - toolbar.top) > 0.5 + (toolbar.height - box.height) / 2) problems.push(`${width}: ${name} is not in the row`);
          if (box.left < host.left || box.right > host.right) problems.push(`${width}: ${name} outside the widget (${box.left.toFixed(0)}..${box.right.toFixed(0)})`);
        }
        // Every action is shown in the row, or in the menu behind a shown "More" button.
        const more = shadow(element).querySelector<HTMLElement>('.more');
        const menu = shadow(element).querySelector<HTMLElement>('#more-items');
        const all = actions(element);
        expect(all.length, `${width}: the views, the anatomy and the evidence`).to.equal(6);
        for (const action of all) {
          const inRow = action.getClientRects().length > 0 && !menu?.contains(action);
          const inMenu = !!menu?.contains(action) && !!more && more.getClientRects().length > 0;
          if (!inRow && !inMenu) problems.push(`${width}: ${action.textContent!.trim()} is nowhere`);
        }
        if (width >= 1280) expect(more, `${lang} at ${width}: nothing needs the menu`).to.equal(null);
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('the menu from the keyboard at 640 px: Enter opens it, a view chosen in it applies and focus returns to its button; Escape closes it; the evidence opens from it and gives focus back to it', async () => {
    element.setAttribute('lang', 'en');
    await until(() => shadow(element).querySelector('.lang-root[lang="en"]') !== null, 'English');
    element.style.width = '640px';
    await element.updateComplete;
    await frames(2);
    const root = shadow(element);
    const more = root.querySelector<HTMLButtonElement>('.more')!;
    expect(more, 'at 640 px something is in the menu').to.not.equal(null);
    expect(more.getAttribute('aria-label')).to.match(/^More: .*evidence$/);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(await axeViolations(element)).to.deep.equal([]);
    // Tab goes from the menu button into the menu.
    await sendKeys({ press: 'Tab' });
    expect(root.querySelector('#more-items')!.contains(root.activeElement), 'Tab enters the menu').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expectSameNode(root.activeElement, more, 'Escape: focus on the menu button');
    // The evidence, from the menu: it opens, and closing it gives focus back to the menu button.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const evidence = root.querySelector<HTMLButtonElement>('#more-items .evidence')!;
    evidence.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(root.querySelector('[part~="panel"]')!.hasAttribute('hidden'), 'the evidence is open').to.equal(false);
    expect(more.getAttribute('aria-expanded'), 'a choice closes the menu').to.equal('false');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expectSameNode(root.activeElement, more, 'the evidence closed: focus on the menu button');
  });

  it('the views fold last: at 375 px all three groups are in the menu, and a view chosen there applies', async () => {
    element.style.width = '375px';
    await element.updateComplete;
    await frames(2);
    const root = shadow(element);
    const menu = root.querySelector<HTMLElement>('#more-items')!;
    expect(menu.querySelector('.views'), 'the views in the menu').to.not.equal(null);
    root.querySelector<HTMLButtonElement>('.more')!.click();
    await element.updateComplete;
    [...menu.querySelectorAll<HTMLButtonElement>('.views button')].find((b) => b.textContent!.trim() === 'Left')!.click();
    await element.updateComplete;
    expect(element.view).to.equal('left');
    element.style.width = '1280px';
    await element.updateComplete;
    await frames(2);
    expect(root.querySelector('.more'), 'wide again: no menu').to.equal(null);
    expect(root.querySelector('[part~="toolbar"] > .views'), 'the views back in the row').to.not.equal(null);
  });
  it('a focused button that folds into the menu (a resize narrower) leaves focus on the menu button, closed; one that unfolds, in the row', async () => {
    const root = shadow(element);
    const resize = async (width: number) => {
      element.style.width = `${width}px`;
      await element.updateComplete;
      await frames(3);
      await element.updateComplete;
    };
    await resize(1280);
    const evidence = root.querySelector<HTMLButtonElement>('[part~="toolbar"] > .evidence')!;
    evidence.focus();
    await resize(640);
    const more = root.querySelector<HTMLButtonElement>('.more');
    expect(root.querySelector('#more-items .evidence'), 'the evidence folded').to.not.equal(null);
    expectSameNode(root.activeElement, more, 'the evidence folded: focus on the menu button');
    expect(more!.getAttribute('aria-expanded'), 'the menu stays closed').to.equal('false');
    // Wider again: the menu button goes, and focus is on the evidence button in its place.
    await resize(1280);
    expect(root.querySelector('.more'), 'no menu').to.equal(null);
    expectSameNode(root.activeElement, root.querySelector('[part~="toolbar"] > .evidence'), 'unfolded: focus on the evidence button');
    // A view button folds last (at 375 px): focus on the menu button again.
    [...root.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] > .views button')].find((b) => b.textContent!.trim() === 'Left')!.focus();
    await resize(375);
    expect(root.querySelector('#more-items .views'), 'the views folded').to.not.equal(null);
    expectSameNode(root.activeElement, root.querySelector('.more'), 'the views folded: focus on the menu button');
    await resize(1280);
  });
});
