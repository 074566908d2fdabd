import { expect } from '@esm-bundle/chai';
import { resetMouse } from '@web/test-runner-commands';
import { LOW_BACK_PAIN_POINTS } from '../../../src/index.js';
import { cleanup, drawnPixelCount, mount, mountLoaded, nextEvent, panel, pixels, shadow, until, expectSameNode } from '../helpers.js';
import { expectNoticeVisible, notice } from '../support/notice.js';
import { watchPageErrors, type PageErrorWatch } from '../support/page-errors.js';
import { builtInPoints, fileUrl, pointsFileUrl, revokeFileUrls } from '../support/point-files.js';
import { openList, pointList, selectFromList } from '../support/point-list.js';
import { nextError } from '../support/waits.js';

/** The last point of the list: the one a message at the bottom would cover first. */
const LAST_IN_LIST = 'EX-UE7';
const BUILT_IN_COUNT = LOW_BACK_PAIN_POINTS.points.length;

describe('failures: a clear message, and nothing is lost', () => {
  let pageErrors: PageErrorWatch;

  beforeEach(() => {
    pageErrors = watchPageErrors();
  });

  afterEach(async () => {
    cleanup();
    revokeFileUrls();
    pageErrors.stop();
    await resetMouse();
    expect(pageErrors.errors, 'uncaught errors on the page').to.deep.equal([]);
  });

  describe('points-src', () => {
    it('404: error names the file and the status; message shown; built-in points stay and open', async () => {
      const element = mount({ 'points-src': '/test/fixtures/no-such-points.json' });
      const loaded = nextEvent(element, 'load');
      const error = await nextError(element, 'points');
      expect(error.message).to.include('/test/fixtures/no-such-points.json');
      expect(error.message).to.include('404');
      await loaded;
      await element.updateComplete;
      expect(expectNoticeVisible(element).textContent).to.match(/point/i);
      expect(element.points.length).to.equal(BUILT_IN_COUNT);
      expect((await openList(element)).querySelectorAll('button[data-code]').length).to.equal(BUILT_IN_COUNT);
      await selectFromList(element, LAST_IN_LIST);
    });

    it('not JSON: error says so; built-in points stay', async () => {
      const url = fileUrl('{"points": [ {"code": "BL23", ', 'application/json');
      const element = mount({ 'points-src': url });
      const error = await nextError(element, 'points');
      expect(error.message).to.include(url);
      expect(error.message).to.match(/not valid JSON/);
      await element.updateComplete;
      expectNoticeVisible(element);
      expect(element.points.length).to.equal(BUILT_IN_COUNT);
      await selectFromList(element, 'BL23');
    });

    it('schema failure: the message names the point and the field (points[1].location)', async () => {
      const points = builtInPoints(['BL23', 'BL40', 'GB30']) as unknown as Record<string, unknown>[];
      delete points[1].location;
      const element = mount({ 'points-src': pointsFileUrl({ points }) });
      const error = await nextError(element, 'points');
      expect(error.message).to.include('points[1].location');
      await element.updateComplete;
      const box = expectNoticeVisible(element);
      // The developer finds the field in the widget too, without opening the console.
      expect(box.textContent).to.include('points[1].location');
      expect(element.points.length).to.equal(BUILT_IN_COUNT);
      await selectFromList(element, 'BL40');
    });

    it('a broken file after a good one keeps the good points, markers and selection', async () => {
      const element = mount({ 'points-src': pointsFileUrl({ points: builtInPoints(['BL23', 'BL40']) }) });
      await nextEvent(element, 'load');
      await until(() => element.points.length === 2, 'the custom points');
      element.select('BL40');
      await element.updateComplete;
      const markersBefore = shadow(element).querySelectorAll('[part~="hotspot"]').length;
      expect(markersBefore, "two markers each for BL23 and BL40").to.equal(4);

      const broken = builtInPoints(['BL23']) as unknown as Record<string, unknown>[];
      broken[0].code = 42;
      element.setAttribute('points-src', pointsFileUrl({ points: broken }));
      const error = await nextError(element, 'points');
      expect(error.message).to.include('points[0].code');
      await element.updateComplete;
      expectNoticeVisible(element);
      expect(element.points.map((point) => point.code)).to.deep.equal(['BL23', 'BL40']);
      expect(shadow(element).querySelectorAll('[part~="hotspot"]').length).to.equal(markersBefore);
      expect(element.selected).to.equal('BL40');
      expect(panel(element).hidden).to.equal(false);
      await selectFromList(element, 'BL23');
    });

    it('markup in the URL of a failed file shows as text', async () => {
      const element = mount({ 'points-src': '/test/fixtures/<b id="injected">x</b>.json' });
      await nextError(element, 'points');
      await element.updateComplete;
      expectNoticeVisible(element);
      expectSameNode(shadow(element).querySelector('#injected'), null, 'injected markup');
    });
  });

  describe('src (the body model)', () => {
    it('404: model error, a visible message; the list and the panel still work', async () => {
      const element = mount({ src: '/test/fixtures/no-such-body.glb' });
      const error = await nextError(element, 'model');
      expect(error.message).to.include('/test/fixtures/no-such-body.glb');
      expect(error.message).to.include('404');
      expect(error.message).to.match(/missing/);
      await element.updateComplete;
      expectNoticeVisible(element);
      expect(shadow(element).querySelector('.status')?.textContent).to.match(/could not be shown/);
      // The list is the way to the points now: it opens by itself.
      expect(pointList(element).hidden, 'list shown when the body failed').to.equal(false);
      await selectFromList(element, LAST_IN_LIST);
      expect(drawnPixelCount(pixels(element)), 'no half-drawn body').to.equal(0);
    });

    it('an HTML page where the model should be (a host that answers missing files with index.html): says the file is missing', async () => {
      const url = fileUrl('\n  <!doctype html><title>App</title><div id="root"></div>', 'model/gltf-binary');
      const element = mount({ src: url });
      const error = await nextError(element, 'model');
      expect(error.message).to.include(url);
      expect(error.message).to.match(/missing/);
      expect(error.message).to.match(/HTML page/);
      expect(error.message).to.not.match(/not a usable glTF/);
    });

    it('a file that is not glTF: model error naming the file; the list and the panel still work', async () => {
      const url = fileUrl('solid body\nfacet normal 0 0 1\nendsolid', 'model/gltf-binary');
      const element = mount({ src: url });
      const error = await nextError(element, 'model');
      expect(error.message).to.include(url);
      expect(error.message).to.match(/glTF/);
      await element.updateComplete;
      expectNoticeVisible(element);
      await selectFromList(element, 'GB30');
    });

    it('a failed switch of model keeps the body that was shown', async () => {
      const element = await mountLoaded();
      const before = drawnPixelCount(pixels(element));
      element.src = '/test/fixtures/no-such-body.glb';
      await nextError(element, 'model');
      await element.updateComplete;
      expectNoticeVisible(element);
      element.setView('front');
      await until(() => element.queryPoint('CV4')?.visible === true, 'front view');
      expect(drawnPixelCount(pixels(element))).to.be.greaterThan(before * 0.5);
      expect(element.queryPoint('BL23', 'left')).to.not.equal(null);
    });
  });

  it('the message can be dismissed', async () => {
    const element = mount({ 'points-src': '/test/fixtures/no-such-points.json' });
    await nextError(element, 'points');
    await element.updateComplete;
    const box = expectNoticeVisible(element);
    box.querySelector<HTMLButtonElement>('button[aria-label]')!.click();
    await element.updateComplete;
    expect(notice(element)).to.equal(null);
  });
});
