import { expect } from '@esm-bundle/chai';
import { currentRenderer } from '../../../src/scene/shared-renderer.js';
import { rendererStats } from '../../../src/index.js';
import { cleanup, drawnPixelCount, frames, hotspots, mountLoaded, panel, pixels, until, wait } from '../helpers.js';
import { watchPageErrors, type PageErrorWatch } from '../support/page-errors.js';

function loseContextExtension(): WEBGL_lose_context {
  const gl = currentRenderer()!.renderer.getContext();
  const extension = gl.getExtension('WEBGL_lose_context');
  expect(extension, 'WEBGL_lose_context').to.not.equal(null);
  return extension!;
}

/** Blank the widget's canvas so that only a new frame can put the body back. */
function blank(canvas: HTMLCanvasElement): void {
  canvas.getContext('2d')!.clearRect(0, 0, canvas.width, canvas.height);
}

describe('WebGL context lost and restored', () => {
  let pageErrors: PageErrorWatch;

  beforeEach(() => {
    pageErrors = watchPageErrors();
  });

  afterEach(async () => {
    cleanup();
    await wait(0);
    pageErrors.stop();
    expect(pageErrors.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('drawing stops while lost and resumes after restore, with body and markers in place', async () => {
    const element = await mountLoaded({ selected: 'BL23' });
    // A point selected before load is framed once placed: settle on the back view, the
    // same view the restored context is compared in.
    await wait(900);
    element.setView('back');
    await wait(900);
    await frames(2);
    const canvas = element.shadowRoot!.querySelector('canvas')!;
    const drawnBefore = drawnPixelCount(pixels(element));
    const bl23Before = element.queryPoint('BL23', 'left')!;
    expect(drawnBefore).to.be.greaterThan(1000);

    const extension = loseContextExtension();
    extension.loseContext();
    await until(() => rendererStats().contextLost, 'webglcontextlost');
    // While lost: input and API calls must not throw, nothing is drawn.
    blank(canvas);
    const framesWhileLost = rendererStats().framesDrawn;
    element.setView('left');
    element.select('BL40');
    await element.updateComplete;
    await wait(300);
    expect(rendererStats().framesDrawn, 'no frames while lost').to.equal(framesWhileLost);
    expect(panel(element).hidden, 'the panel works while the view is lost').to.equal(false);

    extension.restoreContext();
    await until(() => !rendererStats().contextLost, 'webglcontextrestored');
    element.setView('back');
    await until(() => drawnPixelCount(pixels(element)) > drawnBefore * 0.8, 'the body drawn again', 15000);
    await wait(900);
    await frames(2);
    const drawnAfter = drawnPixelCount(pixels(element));
    expect(drawnAfter / drawnBefore).to.be.within(0.8, 1.25);
    const bl23After = element.queryPoint('BL23', 'left')!;
    expect(bl23After.visible).to.equal(true);
    expect(Math.abs(bl23After.x - bl23Before.x)).to.be.lessThan(30);
    expect(Math.abs(bl23After.y - bl23Before.y)).to.be.lessThan(30);
    // Its marker is shown again: alone, or in the cluster of the crowded lower back.
    const marker = hotspots(element, 'BL23').find((button) => button.dataset.side === 'left')!;
    const cluster = element.shadowRoot!.querySelector<HTMLElement>('[part~="cluster"][data-codes~="BL23"]:not([hidden])');
    expect(!marker.hidden || cluster !== null, 'BL23 shown').to.equal(true);
    expect(rendererStats().geometries, 'model geometry uploaded again').to.be.greaterThan(0);
    expect(rendererStats().contexts).to.equal(1);
  });

  it('a widget added while the context is lost draws once it is restored', async () => {
    const first = await mountLoaded();
    const extension = loseContextExtension();
    extension.loseContext();
    await until(() => rendererStats().contextLost, 'webglcontextlost');
    const second = document.createElement('acupoint-map');
    second.setAttribute('loading', 'eager');
    second.style.cssText = 'width: 400px; height: 400px';
    document.body.append(second);
    await wait(500);
    extension.restoreContext();
    await until(() => !rendererStats().contextLost, 'webglcontextrestored');
    await until(() => drawnPixelCount(pixels(second)) > 1000, 'the second widget drawn', 30000);
    await until(() => drawnPixelCount(pixels(first)) > 1000, 'the first widget drawn', 15000);
  });

  it('removing a widget while the context is lost throws nothing and frees the context', async () => {
    const element = await mountLoaded();
    loseContextExtension().loseContext();
    await until(() => rendererStats().contextLost, 'webglcontextlost');
    element.remove();
    await wait(0);
    expect(rendererStats().contexts).to.equal(0);
  });
});
