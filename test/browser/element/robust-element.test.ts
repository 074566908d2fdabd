/**
 * The element's side of issue 17: messages clear when things recover, public methods never
 * throw on bad arguments (an `error` event of type "usage" instead), error types say whose
 * problem it is, prototype names are not landmarks, and points-src is fetched once.
 */
import { expect } from '@esm-bundle/chai';
import { cleanup, mount, mountLoaded, nextEvent, until } from '../helpers.js';
import { expectNoticeVisible, notice } from '../support/notice.js';
import { watchPageErrors, type PageErrorWatch } from '../support/page-errors.js';
import { builtInPoints, pointsFileUrl, revokeFileUrls } from '../support/point-files.js';
import { stubFetch, type FetchStub } from '../support/fetch-stub.js';
import { nextError, recordErrors } from '../support/waits.js';

describe('the element under bad input (issue 17)', () => {
  let pageErrors: PageErrorWatch;
  let stub: FetchStub | null = null;

  beforeEach(() => {
    pageErrors = watchPageErrors();
  });

  afterEach(() => {
    stub?.restore();
    stub = null;
    cleanup();
    revokeFileUrls();
    pageErrors.stop();
    expect(pageErrors.errors, 'uncaught errors on the page').to.deep.equal([]);
  });

  it('a points file that fails, then one that loads: the message goes away', async () => {
    const element = mount({ 'points-src': '/test/fixtures/no-such-points.json' });
    await nextError(element, 'points');
    await element.updateComplete;
    expectNoticeVisible(element);
    element.setAttribute('points-src', pointsFileUrl({ points: builtInPoints(['BL23', 'BL40']) }));
    await until(() => element.points.length === 2, 'the good points');
    await element.updateComplete;
    expect(notice(element), 'no message about a file that has since loaded').to.equal(null);
  });

  it('a model message stays when only the points recover (each message clears with its own cause)', async () => {
    const element = mount({ src: '/test/fixtures/no-such-body.glb' });
    await nextError(element, 'model');
    element.setAttribute('points-src', pointsFileUrl({ points: builtInPoints(['BL23']) }));
    await until(() => element.points.length === 1, 'the good points');
    await element.updateComplete;
    expect(notice(element)?.textContent).to.match(/3D body/);
  });

  it('landmarkPosition: names of Object.prototype are not landmarks', async () => {
    const element = await mountLoaded();
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(element.landmarkPosition(name), name).to.equal(null);
    }
    expect(element.landmarkPosition('L2')).to.have.keys(['x', 'y', 'z']);
  });

  it('startQuiz with points that do not exist, none, or a NaN count: a usage error, never a throw or an empty quiz', async () => {
    const element = await mountLoaded();
    const questions: string[] = [];
    element.addEventListener('quiz-question', (event) => questions.push((event as CustomEvent<{ code: string }>).detail.code));
    const bad: unknown[] = [{ points: ['NOPE'] }, { points: [] }, { count: NaN }, { count: -3 }, { count: 2.5 }, { points: 'BL23' }, { points: [42] }, 'ten'];
    for (const options of bad) {
      const errors = recordErrors(element);
      expect(() => element.startQuiz(options as never), JSON.stringify(options)).to.not.throw();
      await element.updateComplete;
      expect(errors.map((error) => error.type), JSON.stringify(options)).to.deep.equal(['usage']);
      expect(errors[0].message).to.match(/^startQuiz/);
      expect(errors[0].message).to.not.match(/undefined|NaN is not/);
    }
    expect(questions, 'no question was asked').to.deep.equal([]);
    // A good call still works afterwards.
    element.startQuiz({ points: ['BL23', 'BL40'], count: 2 });
    await element.updateComplete;
    expect(questions).to.have.length(1);
    expect(['BL23', 'BL40']).to.include(questions[0]);
  });

  it('setView("bogus") is a usage error', async () => {
    const element = await mountLoaded();
    const errors = recordErrors(element);
    expect(() => element.setView('bogus' as never)).to.not.throw();
    expect(errors.map((error) => error.type)).to.deep.equal(['usage']);
    expect(errors[0].message).to.match(/setView: unknown view "bogus"/);
  });

  it('a point in a points file that cannot be placed is a points error, and the shipped body is still used', async () => {
    const points = builtInPoints(['BL23', 'BL40']);
    (points[1].markers[0].at as { landmark?: string; from?: string }).landmark = 'no-such-landmark';
    if (points[1].markers[0].at.kind !== 'offset') throw new Error('BL40 is expected to be an offset placement');
    const element = mount({ 'points-src': pointsFileUrl({ points }) });
    const errors = recordErrors(element);
    await nextEvent(element, 'load');
    await until(() => element.points.length === 2 && errors.length > 0, 'the placement error');
    expect(errors.map((error) => error.type)).to.deep.equal(['points']);
    expect(errors[0].message).to.include('no-such-landmark');
    expect(element.landmarks.length, 'the shipped body was not refused').to.be.greaterThan(40);
    expect(element.pointPosition('BL23')).to.not.equal(null);
  });

  it('an eager start fetches points-src once', async () => {
    stub = stubFetch();
    const url = pointsFileUrl({ points: builtInPoints(['BL23']) });
    const element = mount({ 'points-src': url });
    await nextEvent(element, 'load');
    await until(() => element.points.length === 1, 'the points');
    expect(stub.count(url)).to.equal(1);
  });

  it('a file on another site without CORS: the message says what the other server must send', async () => {
    // 127.0.0.1 is another origin than localhost for the browser; the test server sends no CORS header.
    const url = new URL('/test/fixtures/points.json', location.href);
    url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const element = mount({ 'points-src': url.href });
    const error = await nextError(element, 'points');
    expect(error.message).to.include(url.href);
    expect(error.message).to.match(/on another site.*Access-Control-Allow-Origin/);
    expect(error.message).to.not.match(/Failed to fetch/);
  });

  it('a points file over the limit of 5,000 points is refused with a message naming the limit', async () => {
    const one = builtInPoints(['BL23'])[0];
    const points = Array.from({ length: 5001 }, (_, i) => ({ ...one, code: `X${i}`, altCodes: undefined }));
    const element = mount({ 'points-src': pointsFileUrl({ points }) });
    const error = await nextError(element, 'points');
    expect(error.message).to.match(/points: must have at most 5000 items/);
    expect(element.points.length).to.be.lessThan(100);
  });
});
