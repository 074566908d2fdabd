import { expect } from '@esm-bundle/chai';
import { rendererStats } from '../../../src/index.js';
import { frames, hotspots, mount, mountLoaded, nextEvent, panel, shadow, wait } from '../helpers.js';
import { axeViolations } from '../support/axe.js';
import { listToggle, pointList } from '../support/point-list.js';
import { nextError } from '../support/waits.js';
import { useA11yHooks } from '../support/a11y-checks.js';

describe('accessibility (WCAG 2.2 AA): axe-core and names', () => {
  useA11yHooks();

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

    it('a phone: clusters with plan numbers, the point list as a sheet, the menu open', async () => {
      const element = await mountLoaded({ mode: 'practitioner', plan: 'BL23 BL25 EX-B2 BL40' }, { width: 375, height: 812 });
      await frames(2);
      expect(shadow(element).querySelector('[part~="cluster"]:not([hidden]) ~ .plan'), 'a cluster shows plan numbers').to.not.equal(null);
      listToggle(element).click();
      shadow(element).querySelector<HTMLButtonElement>('.more')!.click();
      await element.updateComplete;
      await frames(2);
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
});
