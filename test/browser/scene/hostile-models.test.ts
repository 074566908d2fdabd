/**
 * Hostile body models and hung servers (issue 17): each is refused with an `error` event and
 * a message in the widget, the body shown before stays drawn with its markers, and nothing
 * escapes to the page. The files are made in the test (test/shared/hostile-glb.ts).
 */
import { expect } from '@esm-bundle/chai';
import { FETCH_TIMING } from '../../../src/net/fetch-file.js';
import { cleanup, drawnPixelCount, hotspots, mountLoaded, pixels, shadow, until } from '../helpers.js';
import { expectNoticeVisible, notice } from '../support/notice.js';
import { watchPageErrors, type PageErrorWatch } from '../support/page-errors.js';
import { fileUrl, revokeFileUrls } from '../support/point-files.js';
import { stubFetch, type FetchStub } from '../support/fetch-stub.js';
import { nextError, recordErrors } from '../support/waits.js';
import { deepChain, glb, sharedChildren, splitGlb, tetrahedron, withoutLandmarks } from '../../shared/hostile-glb.js';
import type { AcupointMap } from '../../../src/index.js';

const SHIPPED_URL = new URL('../../../models/body.quantized.glb', import.meta.url).href;
let shipped: ArrayBuffer;

/** The element's model state: 'loading' until a model is shown or refused. */
function modelState(element: AcupointMap): string {
  return (element as unknown as { store: { state: { modelState: string } } }).store.state.modelState;
}

function glbUrl(data: ArrayBuffer): string {
  return URL.createObjectURL(new Blob([data], { type: 'model/gltf-binary' }));
}

/** What the user has: a drawn body and its markers. */
function snapshot(element: AcupointMap) {
  return { drawn: drawnPixelCount(pixels(element)), markers: hotspots(element).length, landmarks: element.landmarks.length };
}

async function expectBodyKept(element: AcupointMap, before: ReturnType<typeof snapshot>): Promise<void> {
  await element.updateComplete;
  const after = snapshot(element);
  expect(after.markers, 'markers kept').to.equal(before.markers);
  expect(after.landmarks, 'landmarks kept').to.equal(before.landmarks);
  expect(after.drawn, 'body still drawn').to.be.greaterThan(before.drawn * 0.9);
  expect(shadow(element).querySelector('.status'), 'no "could not be shown" over a body that is there').to.equal(null);
}

describe('hostile body models: refused, the good body stays', () => {
  let pageErrors: PageErrorWatch;
  let element: AcupointMap;
  let before: ReturnType<typeof snapshot>;

  beforeEach(async () => {
    shipped ??= await (await fetch(SHIPPED_URL)).arrayBuffer();
    pageErrors = watchPageErrors();
    element = await mountLoaded({ src: SHIPPED_URL });
    before = snapshot(element);
    expect(before.drawn).to.be.greaterThan(1000);
    expect(before.markers).to.be.greaterThan(20);
  });

  afterEach(() => {
    cleanup();
    revokeFileUrls();
    pageErrors.stop();
    expect(pageErrors.errors, 'uncaught errors on the page').to.deep.equal([]);
  });

  const cases: [string, () => ArrayBuffer, RegExp][] = [
    ['shared children (2^40 nodes if expanded)', () => sharedChildren(splitGlb(shipped), 40), /is a child of both node/],
    ['a chain of 4,000 nested nodes', () => deepChain(splitGlb(shipped), 4000), /nested more than 64 levels/],
    ['no landmarks', () => withoutLandmarks(shipped), /cannot carry the points: it has no landmark/],
    ['NaN positions', () => {
      const bad = tetrahedron({ positions: [0, 0, 0, 1, 0, 0, NaN, 1, 0, 0, 0, 1] });
      return glb(bad.json, bad.bin);
    }, /not finite \(NaN or infinity\)/],
    ['a flat mesh', () => {
      const flat = tetrahedron({ positions: [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0] });
      return glb(flat.json, flat.bin);
    }, /flat or collapsed/],
    ['an empty mesh', () => {
      const empty = tetrahedron();
      empty.json.accessors[0].count = 0;
      empty.json.accessors[1].count = 0;
      return glb(empty.json, empty.bin);
    }, /has no triangles/],
    ['a JSON chunk holding null', () => glb(null, new Uint8Array(4)), /does not hold a glTF description/],
    ['extensionsRequired that is a number', () => {
      const { json, bin } = splitGlb(shipped);
      json.extensionsRequired = 5;
      return glb(json, bin);
    }, /"extensionsRequired" must be a list/],
    ['a negative accessor count', () => {
      const { json, bin } = splitGlb(shipped);
      json.accessors[0].count = -5;
      return glb(json, bin);
    }, /"count" must be a whole number of 0 or more/],
  ];

  for (const [name, make, expected] of cases) {
    it(`${name}: a model error in words, the body and markers stay`, async () => {
      const url = glbUrl(make());
      element.src = url;
      const error = await nextError(element, 'model');
      expect(error.message).to.include(url);
      expect(error.message).to.match(expected);
      expect(error.message).to.not.match(/is not a function|Cannot read properties|not iterable|Invalid typed array|call stack/);
      await element.updateComplete;
      expectNoticeVisible(element);
      await expectBodyKept(element, before);
      URL.revokeObjectURL(url);
    });
  }

  it('fuzz: truncated and mutated copies of the shipped model, one after another', async () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const { json, bin } = splitGlb(shipped);
    const odd = [null, -1, 0, 3.5, 'x', [], {}, 1e9];
    for (let i = 0; i < 10; i++) {
      let data: ArrayBuffer;
      if (i % 2 === 0) {
        data = shipped.slice(0, Math.floor(next() * shipped.byteLength));
      } else {
        const mutated = structuredClone(json);
        const targets = [mutated.accessors[1], mutated.nodes[0], mutated.bufferViews[0], mutated.meshes[0].primitives[0], mutated.scenes[0]];
        const target = targets[Math.floor(next() * targets.length)] as Record<string, unknown>;
        const keys = Object.keys(target);
        target[keys[Math.floor(next() * keys.length)]] = odd[Math.floor(next() * odd.length)];
        data = glb(mutated, bin);
      }
      const url = glbUrl(data);
      const errors = recordErrors(element);
      element.src = url;
      await element.updateComplete;
      // Settled: refused (an error event) or shown (the model state is ready again).
      await until(() => errors.length > 0 || modelState(element) === 'ready', 'the model settled', 30000);
      if (errors.length) expect(errors[0].type).to.equal('model');
      await expectBodyKept(element, before);
      URL.revokeObjectURL(url);
    }
  });
});

describe('hung servers: a timeout said in words, the last good state kept, a later change retries', () => {
  let pageErrors: PageErrorWatch;
  let stub: FetchStub;

  beforeEach(() => {
    pageErrors = watchPageErrors();
    FETCH_TIMING.stallMs = 600;
  });

  afterEach(() => {
    stub?.restore();
    FETCH_TIMING.stallMs = 30_000;
    cleanup();
    revokeFileUrls();
    pageErrors.stop();
    expect(pageErrors.errors, 'uncaught errors on the page').to.deep.equal([]);
  });

  it('a model server that never answers: error, "Loading" replaced by a message; the next src loads', async () => {
    const element = await mountLoaded({ src: SHIPPED_URL });
    const before = snapshot(element);
    stub = stubFetch({ hang: ['/hung-server/'] });
    element.src = '/hung-server/body.glb';
    const error = await nextError(element, 'model', 10000);
    expect(error.message).to.match(/did not arrive: the server sent nothing for/);
    await element.updateComplete;
    expect(shadow(element).textContent).to.not.include('Loading the 3D body');
    expectNoticeVisible(element);
    await expectBodyKept(element, before);
    // A later change retries, and success clears the message.
    element.src = `${SHIPPED_URL}?again`;
    await until(() => notice(element) === null, 'the message cleared by the good model', 60000);
  });

  it('the first model times out: the stage says the body could not be shown, the list works', async () => {
    stub = stubFetch({ hang: ['/hung-server/'] });
    const { mount } = await import('../helpers.js');
    const element = mount({ src: '/hung-server/body.glb' });
    await nextError(element, 'model', 10000);
    await element.updateComplete;
    expect(shadow(element).querySelector('.status')?.textContent).to.match(/could not be shown/);
  });

  it('a points server that never answers: error and message; the built-in points stay; the next file loads', async () => {
    const element = await mountLoaded();
    stub = stubFetch({ hang: ['/hung-server/'] });
    const count = element.points.length;
    element.setAttribute('points-src', '/hung-server/points.json');
    const error = await nextError(element, 'points', 10000);
    expect(error.message).to.match(/Points file \/hung-server\/points\.json did not arrive/);
    await element.updateComplete;
    expectNoticeVisible(element);
    expect(element.points.length).to.equal(count);
    element.setAttribute('points-src', fileUrl(JSON.stringify({ points: element.points.slice(0, 3) })));
    await until(() => element.points.length === 3, 'the retried points');
  });
});
