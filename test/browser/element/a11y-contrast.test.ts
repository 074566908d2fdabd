import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { frames, mount, nextEvent, panel, shadow, wait } from '../helpers.js';
import { listToggle, pointList } from '../support/point-list.js';
import { textContrasts } from '../support/visible-text.js';
import { nextError } from '../support/waits.js';
import { expectOnTop, describeControl, toolbarButtons, expectFits, markerContrast, useA11yHooks } from '../support/a11y-checks.js';

describe('accessibility (WCAG 2.2 AA): contrast, zoom and reflow', () => {
  useA11yHooks();

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

    it("the panel's badges take the clinic's --acupoint-accent and keep 4.5:1", async () => {
      const element = mount({ selected: 'BL23' });
      element.style.setProperty('--acupoint-accent', '#7a2e8e');
      await element.updateComplete;
      await frames(2);
      const badge = panel(element).querySelector<HTMLElement>('.badge')!;
      // A purple accent: more red than green in the badge's text and tint (the default is teal).
      for (const property of ['color', 'background-color'] as const) {
        const [r, g] = (getComputedStyle(badge)[property === 'color' ? 'color' : 'backgroundColor'].match(/[\d.]+/g) ?? []).map(Number);
        const scale = r <= 1 && g <= 1 ? 255 : 1;
        expect(r * scale, `${property} red`).to.be.greaterThan(g * scale);
      }
      const low = textContrasts(element).filter((entry) => entry.ratio < 4.5);
      expect(low, JSON.stringify(low)).to.deep.equal([]);
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
