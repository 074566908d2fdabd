import { expect } from '@esm-bundle/chai';
import { rendererStats } from '../../../src/index.js';
import { cleanup, mount, panel, shadow, until } from '../helpers.js';
import { listToggle, pointList } from '../support/point-list.js';

/**
 * What works before the 3D stage: a widget far below the fold has not asked for it, and
 * still shows its picture placeholder, its list, the point panels and "About the evidence".
 */
describe('before the 3D stage', () => {
  afterEach(cleanup);

  it('a widget far below the fold: list, point panel and evidence work; no 3D view was made', async () => {
    window.scrollTo(0, 0);
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    document.body.append(spacer);
    try {
      const element = mount();
      element.setAttribute('loading', 'lazy');
      await element.updateComplete;
      const placeholder = shadow(element).querySelector<HTMLImageElement>('img.placeholder');
      expect(placeholder, 'the still picture').to.exist;
      expect(placeholder!.getAttribute('loading')).to.equal('lazy');
      expect(placeholder!.src).to.match(/body-back\.webp$/);

      listToggle(element).click();
      await element.updateComplete;
      expect(pointList(element).hidden).to.equal(false);
      expect(pointList(element).querySelectorAll('button[data-code]').length, 'every point listed').to.be.greaterThan(20);

      // Nothing of the 3D stage has run for this widget.
      const started = () => Boolean(shadow(element).querySelector('.hotspots')) || /Loading the 3D body/.test(shadow(element).textContent ?? '');
      expect(started(), 'marker layer or loading words').to.equal(false);
      expect(rendererStats().views, 'views on the shared renderer').to.equal(0);

      // A point's panel (focusing it scrolls the widget into view, which then starts the
      // 3D stage: the panel does not wait for it).
      pointList(element).querySelector<HTMLButtonElement>('button[data-code="BL23"]')!.click();
      await element.updateComplete;
      expect(panel(element).hidden).to.equal(false);
      expect(panel(element).querySelector('#panel-title')!.textContent).to.include('BL23');
      // The patient's "What a session is like" is a chunk of its own, fetched with the panel.
      await until(() => panel(element).querySelector('[part~="session-info"]') !== null, 'the session section arrived');
      expect(panel(element).querySelector('[part~="session-info"]')!.textContent).to.include('20 to 30 minutes');

      const evidence = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((b) =>
        /evidence/i.test(b.textContent ?? ''),
      )!;
      evidence.click();
      await element.updateComplete;
      expect(panel(element).querySelector('#panel-title')!.textContent).to.match(/evidence/i);
      await until(() => panel(element).querySelectorAll('h3').length > 2, 'the evidence text arrived');
    } finally {
      spacer.remove();
    }
  });
});
