import { expect } from '@esm-bundle/chai';
import { rendererStats, type AcupointMap } from '../../../src/index.js';
import { cleanup, drawnPixelCount, frames, hotspots, mount, nextEvent, pixels, until, wait } from '../helpers.js';
import { contextsMade, installLeakCounters, liveContexts, liveGlobalListeners, liveObservations } from '../support/leak-counters.js';
import { watchPageErrors, type PageErrorWatch } from '../support/page-errors.js';

installLeakCounters();

/** Let removals finish: teardown runs in a microtask after the element leaves the document. */
async function settle(): Promise<void> {
  await wait(0);
  await frames(1);
}

function expectNothingLeft(): void {
  expect(rendererStats().contexts, 'shared renderer released').to.equal(0);
  expect(rendererStats().views).to.equal(0);
  expect(liveContexts(), 'live WebGL contexts').to.equal(0);
  expect(liveGlobalListeners(), 'listeners on window/document/media queries').to.deep.equal([]);
  expect(liveObservations(), 'observed elements').to.equal(0);
}

describe('many widgets, added, removed and moved', () => {
  let pageErrors: PageErrorWatch;

  beforeEach(() => {
    pageErrors = watchPageErrors();
  });

  afterEach(async () => {
    cleanup();
    await settle();
    pageErrors.stop();
    expect(pageErrors.errors, 'uncaught errors').to.deep.equal([]);
    expectNothingLeft();
  });

  it('added and removed 15 times (loaded, loading, not yet started): nothing leaks', async () => {
    for (let round = 0; round < 15; round++) {
      const element = mount({ loading: round % 5 === 4 ? 'lazy' : 'eager' }, { width: 320, height: 320 });
      if (round % 3 === 0) {
        // Fully loaded, then removed.
        await nextEvent(element, 'load');
        expect(liveContexts()).to.equal(1);
      } else if (round % 3 === 1) {
        // Removed while the model is still loading.
        await wait(20);
      }
      // round % 3 === 2: removed in the same task it was added.
      element.remove();
      await settle();
      expectNothingLeft();
    }
    expect(contextsMade(), 'a context per loaded round at most').to.be.at.most(15);
  });

  it('moved between parents: the view, its context and its markers stay; no new context', async () => {
    const left = document.createElement('div');
    const right = document.createElement('div');
    document.body.append(left, right);
    const element = mount();
    left.append(element);
    await nextEvent(element, 'load');
    const made = contextsMade();
    const framesBefore = rendererStats().framesDrawn;
    for (let move = 0; move < 6; move++) {
      (move % 2 ? left : right).append(element);
      await settle();
      expect(element.isConnected).to.equal(true);
      expect(rendererStats().views, 'still one view').to.equal(1);
    }
    // moveBefore / insertBefore within the same parent, too.
    right.insertBefore(element, null);
    await settle();
    expect(contextsMade(), 'no new WebGL context for a move').to.equal(made);
    expect(liveContexts()).to.equal(1);
    element.setView('front');
    await until(() => rendererStats().framesDrawn > framesBefore, 'drawing after the moves');
    await wait(900);
    await frames(2);
    expect(drawnPixelCount(pixels(element))).to.be.greaterThan(1000);
    expect(hotspots(element, 'CV4').some((button) => !button.hidden), 'markers still placed').to.equal(true);
    expect(liveGlobalListeners().filter((entry) => entry.includes('prefers-reduced-motion')).length, 'one motion listener').to.equal(1);
    left.remove();
    right.remove();
  });

  it('four on one page share one context; removing three returns memory to one widget', async () => {
    const first = mount({}, { width: 300, height: 300 });
    await nextEvent(first, 'load');
    await frames(2);
    const baseline = { ...rendererStats() };
    expect(baseline.geometries).to.be.greaterThan(0);

    const others: AcupointMap[] = [];
    for (let i = 0; i < 3; i++) others.push(mount({ view: ['front', 'left', 'right'][i] }, { width: 300, height: 300 }));
    await Promise.all(others.map((element) => nextEvent(element, 'load')));
    await frames(2);
    expect(liveContexts(), 'one live context for four widgets').to.equal(1);
    expect(rendererStats().views).to.equal(4);
    expect(rendererStats().geometries).to.be.greaterThan(baseline.geometries);
    for (const element of [first, ...others]) {
      expect(drawnPixelCount(pixels(element)), 'each widget draws its body').to.be.greaterThan(500);
    }
    expect(liveGlobalListeners().filter((entry) => entry.includes('prefers-reduced-motion')).length).to.equal(4);

    for (const element of others) element.remove();
    await settle();
    expect(rendererStats().views).to.equal(1);
    expect(rendererStats().geometries, 'geometries back to one widget').to.equal(baseline.geometries);
    expect(rendererStats().textures, 'textures back to one widget').to.equal(baseline.textures);
    expect(liveContexts()).to.equal(1);
    expect(liveGlobalListeners().filter((entry) => entry.includes('prefers-reduced-motion')).length).to.equal(1);
    // The one left still works.
    first.setView('front');
    await until(() => first.queryPoint('CV4')?.visible === true, 'the first widget turning');
  });

  it('removed and re-added later: starts again with a fresh view', async () => {
    const element = mount();
    await nextEvent(element, 'load');
    element.remove();
    await settle();
    expectNothingLeft();
    const loaded = nextEvent(element, 'load');
    document.body.append(element);
    await loaded;
    expect(liveContexts()).to.equal(1);
    expect(drawnPixelCount(pixels(element))).to.be.greaterThan(1000);
  });
});
