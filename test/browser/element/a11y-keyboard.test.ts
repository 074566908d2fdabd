import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { frames, mountLoaded, panel, shadow, until } from '../helpers.js';
import { listToggle, pointList } from '../support/point-list.js';
import { stage, active, expectFocusRing, expectOnTop, tabThrough, describeControl, useA11yHooks } from '../support/a11y-checks.js';

describe('accessibility (WCAG 2.2 AA): keyboard', () => {
  useA11yHooks();

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
      const isMarker = (target: HTMLElement) => ['hotspot', 'cluster'].includes(target.getAttribute('part') ?? '');
      expect(order.filter(isMarker).length, 'one tab stop for all markers and clusters').to.equal(1);
      // Every visible button outside the marker layer is reachable.
      const buttons = [...shadow(element).querySelectorAll<HTMLElement>('button, [tabindex="0"], summary, a[href]')].filter(
        (target) => !isMarker(target) && target.getClientRects().length > 0,
      );
      for (const target of buttons) expect(order, `reachable: ${describeControl(target)} (order: ${names.join(' | ')})`).to.include(target);
      // Walk again and check the ring of each as the keyboard reaches it.
      document.body.prepend(before);
      before.focus();
      for (const target of order) {
        await sendKeys({ press: 'Tab' });
        expect(active(element)).to.equal(target);
        expectFocusRing(target, describeControl(target));
        if (isMarker(target)) expectOnTop(element, target, 'focused marker');
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

      // Tab enters the markers at their roving stop: a marker, or a cluster where markers
      // crowd at this zoom (which one depends on where the reset view settles).
      await sendKeys({ press: 'Tab' });
      const marker = active(element)!;
      expect(['hotspot', 'cluster']).to.include(marker.getAttribute('part'));
      expectOnTop(element, marker, 'first marker stop');
      // The arrows step through markers and clusters (each on top at its centre) to the next marker.
      let next = marker;
      for (let presses = 0; presses < 20 && (next === marker || next.getAttribute('part') !== 'hotspot'); presses++) {
        await sendKeys({ press: 'ArrowRight' });
        next = active(element)!;
        expectOnTop(element, next, 'marker or cluster reached with an arrow key');
      }
      expect(next.getAttribute('part')).to.equal('hotspot');
      expect(next === marker).to.equal(false);
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

    it('ArrowDown walks down the body and ArrowUp up it; left and right go across', async () => {
      const element = await mountLoaded();
      await frames(2);
      stage(element).focus();
      await sendKeys({ press: 'Tab' });
      const centre = () => {
        const box = active(element)!.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      const targets = shadow(element).querySelectorAll('[part~="hotspot"]:not([hidden]), [part~="cluster"]:not([hidden])').length;
      // One pass through all of them in each direction: the only step against the key's
      // direction is the one wrap from the last back to the first.
      for (const [key, axis, sign] of [['ArrowDown', 'y', 1], ['ArrowUp', 'y', -1], ['ArrowRight', 'x', 1], ['ArrowLeft', 'x', -1]] as const) {
        let against = 0;
        let last = centre();
        for (let i = 0; i < targets; i++) {
          await sendKeys({ press: key });
          const now = centre();
          if ((now[axis] - last[axis]) * sign < -1) against++;
          last = now;
        }
        expect(against, `${key}: steps against its direction among ${targets} targets`).to.be.at.most(1);
      }
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
      // At 640 px the evidence is in the toolbar's "More" menu (its row has no room): the
      // menu opens from the keyboard, and focus comes back to its button.
      const more = shadow(element).querySelector<HTMLButtonElement>('[part~="toolbar"] .more');
      if (more) {
        more.focus();
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        expect(more.getAttribute('aria-expanded')).to.equal('true');
      }
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
      expect(active(element)).to.equal(more ?? evidence);
    });
  });
});
