import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { LOW_BACK_PAIN_POINTS, rendererStats } from '../../../src/index.js';
import { cleanup, mount, nextEvent, panel, shadow, expectSameNode } from '../helpers.js';
import { watchPageErrors, type PageErrorWatch } from '../support/page-errors.js';
import { pointList, selectFromList } from '../support/point-list.js';
import { expectDimmedStillPicture } from '../support/still-picture.js';
import { nextError } from '../support/waits.js';

const WEBGL_NAMES = ['webgl', 'webgl2', 'experimental-webgl', 'experimental-webgl2'];
const realGetContext = HTMLCanvasElement.prototype.getContext;

/** Make WebGL unavailable the way a browser does: null (blocked, unsupported) or a throw. */
function withoutWebGL(how: 'null' | 'throw'): void {
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (WEBGL_NAMES.includes(type)) {
      if (how === 'throw') throw new Error('WebGL is disabled by policy');
      return null;
    }
    return (realGetContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof realGetContext;
}

function restoreWebGL(): void {
  HTMLCanvasElement.prototype.getContext = realGetContext;
}

/** The note that replaces the 3D view. */
function unavailableNote(element: HTMLElement): string {
  return element.shadowRoot!.querySelector('[part~="stage"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('no WebGL', () => {
  let pageErrors: PageErrorWatch;

  beforeEach(() => {
    expect(rendererStats().contexts, 'no shared renderer made before the stub').to.equal(0);
    pageErrors = watchPageErrors();
  });

  afterEach(async () => {
    restoreWebGL();
    cleanup();
    pageErrors.stop();
    await resetMouse();
    expect(pageErrors.errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const how of ['null', 'throw'] as const) {
    it(`getContext ${how === 'null' ? 'returns null' : 'throws'}: webgl error, the list, a note, and the panel works`, async () => {
      withoutWebGL(how);
      const element = mount();
      const error = await nextError(element, 'webgl');
      expect(error.message).to.match(/WebGL/);
      await element.updateComplete;
      expect(rendererStats().contexts).to.equal(0);
      expect(unavailableNote(element)).to.match(/3D view is not available/);
      // The still picture of the body stays behind the note, dimmed (field finding F6).
      await expectDimmedStillPicture(element);
      expect(pointList(element).hidden, 'list shown without being asked').to.equal(false);
      expect(pointList(element).querySelectorAll('button[data-code]').length).to.equal(LOW_BACK_PAIN_POINTS.points.length);
      // Nothing to orbit: no view buttons, and the empty stage is not a tab stop.
      expectSameNode(shadow(element).querySelector('.views'), null, 'view buttons without WebGL');
      expect(shadow(element).querySelector<HTMLElement>('[part~="stage"]')!.tabIndex).to.equal(-1);
      await selectFromList(element, 'BL40');
      expect(panel(element).textContent).to.include('Wěizhōng');
    });
  }

  it('the API stays safe: select, setView, queryPoint, pointPosition', async () => {
    withoutWebGL('null');
    const element = mount({ selected: 'GB30' });
    await nextError(element, 'webgl');
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(false);
    element.setView('front');
    element.select('BL23');
    await element.updateComplete;
    expect(panel(element).textContent).to.include('BL23');
    expect(element.queryPoint('BL23')).to.equal(null);
    expect(element.pointPosition('BL23')).to.equal(null);
    expect(element.landmarks).to.deep.equal([]);
  });

  it('keyboard: Tab reaches the list, Enter opens a point, Escape closes it', async () => {
    withoutWebGL('null');
    const element = mount();
    await nextError(element, 'webgl');
    await element.updateComplete;
    const toggle = shadow(element).querySelector<HTMLButtonElement>('[aria-controls="point-list"]')!;
    toggle.focus();
    const firstEntry = pointList(element).querySelector<HTMLButtonElement>('button[data-code]')!;
    for (let i = 0; i < 6 && shadow(element).activeElement !== firstEntry; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement, 'first list entry focused by Tab').to.equal(firstEntry);
    const selected = nextEvent<CustomEvent>(element, 'point-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.code).to.equal(firstEntry.dataset.code);
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(true);
    expectSameNode(shadow(element).activeElement, firstEntry, 'focus on the first list entry');
  });

  it('a widget made after WebGL comes back gets its 3D view (the failure is not remembered)', async () => {
    withoutWebGL('null');
    const first = mount();
    await nextError(first, 'webgl');
    restoreWebGL();
    const second = mount();
    await nextEvent(second, 'load');
    expect(rendererStats().contexts).to.equal(1);
  });
});
