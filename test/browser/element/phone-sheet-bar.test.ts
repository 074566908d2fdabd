/**
 * Issue 15, "phone layout": a practitioner's mode bar rides on the bottom sheet, and at no
 * height of the sheet (peek, full, or part way through a drag) does it, or anything else,
 * cover the toolbar's buttons, its open "More" menu, or the sheet's handle and close button.
 * At full height the bar went over the toolbar: a tap on ⋯ reached the bar instead.
 */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, frames, mountLoaded, panel, shadow } from '../helpers.js';

/** Whether a tap at the centre of `target` reaches it (nothing of the widget lies over it). */
function reachable(element: AcupointMap, target: HTMLElement): string {
  const r = target.getBoundingClientRect();
  const hit = shadow(element).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit && target.contains(hit) ? 'reached' : `covered by ${hit?.className || hit?.tagName}`;
}

async function settled(element: AcupointMap): Promise<void> {
  await element.updateComplete;
  await frames(3);
}

describe('phone: the mode bar and the bottom sheet leave the toolbar free', () => {
  afterEach(() => cleanup());
  after(() => document.body.style.removeProperty('margin'));

  for (const [width, height] of [
    [375, 812],
    [320, 568],
    [812, 375],
  ]) {
    it(`at ${width} x ${height}: the toolbar, its menu, the sheet's handle and close button stay reachable at every height`, async () => {
      await setViewport({ width, height });
      document.body.style.margin = '0';
      const element = await mountLoaded({ mode: 'practitioner', plan: 'BL23 BL25' }, { width, height });
      const root = shadow(element);
      const select = root.querySelector<HTMLSelectElement>('.protocol-picker select')!;
      select.value = 'chronic-nonspecific';
      select.dispatchEvent(new Event('change'));
      await settled(element);
      const sheet = panel(element);
      expect(sheet.hidden, 'the protocol card is open').to.equal(false);
      const bar = root.querySelector<HTMLElement>('.mode-bar')!;
      const handle = root.querySelector<HTMLElement>('[part~="sheet-handle"]')!;
      const isSheet = handle.offsetWidth > 0;
      expect(isSheet, 'a bottom sheet on a portrait phone only').to.equal(width < 560);

      const check = async (when: string) => {
        const controls = [
          ...root.querySelectorAll<HTMLElement>('.toolbar > button:not([hidden]), .toolbar .views button'),
          ...root.querySelectorAll<HTMLElement>('.panel > header .close'),
          ...(isSheet ? [handle] : []),
        ].filter((b) => b.offsetWidth > 0);
        expect(controls.length, 'controls to check').to.be.greaterThan(2);
        for (const control of controls) {
          const name = control.getAttribute('aria-label') ?? control.textContent!.trim();
          expect(reachable(element, control), `${when}: ${name}`).to.equal('reached');
        }
        // The bar is whole in the widget, below the toolbar, and (on a sheet) above the sheet.
        const toolbar = root.querySelector<HTMLElement>('.toolbar')!.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        expect(b.top, `${when}: the bar below the toolbar`).to.be.at.least(toolbar.bottom);
        if (isSheet && !when.includes('drag')) expect(b.bottom, `${when}: the bar above the sheet`).to.be.at.most(sheet.getBoundingClientRect().top);
        // The ⋯ menu, opened, is over everything else.
        const more = root.querySelector<HTMLButtonElement>('.toolbar .more');
        if (more && more.offsetWidth > 0) {
          more.click();
          await settled(element);
          for (const item of root.querySelectorAll<HTMLElement>('#more-items button')) {
            expect(reachable(element, item), `${when}, menu open: ${item.textContent!.trim()}`).to.equal('reached');
          }
          more.click();
          await settled(element);
        }
      };

      await check('peek');
      if (!isSheet) return;
      // Full height from the handle (a tap, or Enter).
      handle.click();
      await settled(element);
      expect(sheet.dataset.sheet).to.equal('full');
      await check('full');
      // Back to the peek and part way up in a drag: the finger still down.
      handle.click();
      await settled(element);
      const top = sheet.getBoundingClientRect().top;
      const send = (type: string, y: number, time: number) =>
        handle.dispatchEvent(
          new PointerEvent(type, { pointerId: 5, pointerType: 'touch', isPrimary: true, clientX: width / 2, clientY: y, button: 0, buttons: 1, bubbles: true, composed: true, timeStamp: time } as PointerEventInit),
        );
      send('pointerdown', top + 10, 0);
      for (let i = 1; i <= 3; i++) send('pointermove', top + 10 - 30 * i, i * 40);
      await settled(element);
      expect(sheet.getBoundingClientRect().top, 'dragged up').to.be.lessThan(top - 60);
      await check('mid-drag');
      send('pointerup', top - 80, 130);
      await settled(element);
      expect(sheet.dataset.sheet).to.equal('full');
      await check('full after a drag');
    });
  }
});
