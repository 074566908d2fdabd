import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { cleanup, frames, mount, nextEvent, panel, wait } from '../helpers.js';
import { realClick, selectFromList } from '../support/point-list.js';

/**
 * Lit in dev mode warns when an element asks for an update while one is finishing
 * ("change-in-update"): each such write costs a second render. The warning is given once
 * per page, so this file covers the common paths in one test, in a page of its own.
 */
describe('no Lit "change-in-update" warning', () => {
  const warnings: string[] = [];
  const original = console.warn;

  before(() => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  });

  after(() => {
    console.warn = original;
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('loading eagerly and lazily, selecting, closing, Escape, switching model and points, modes, deep link', async () => {
    const element = mount();
    const lazy = mount({ loading: 'lazy' });
    await nextEvent(element, 'load');
    await selectFromList(element, 'BL23');
    await realClick(panel(element).querySelector<HTMLButtonElement>('[part="panel-close"]')!);
    await selectFromList(element, 'BL40');
    panel(element).focus();
    await sendKeys({ press: 'Escape' });
    element.src = '/models/body.quantized.glb';
    element.mode = 'student';
    element.showMeridians = true;
    await element.updateComplete;
    await wait(1500);
    element.pointsSrc = '/test/fixtures/no-such-points.json';
    await nextEvent(element, 'error');
    element.pointsSrc = null;
    history.replaceState(null, '', `${location.pathname}${location.search}#acupoint=GB30`);
    element.deepLink = true;
    await element.updateComplete;
    await wait(50);
    expect(element.selected).to.equal('GB30');
    element.startQuiz({ count: 2 });
    lazy.scrollIntoView();
    await frames(3);
    await wait(500);
    await element.updateComplete;
    expect(element.selected, 'the quiz cleared the deep-linked point').to.equal(null);
    const offending = warnings.filter((text) => /change-in-update|scheduled an update .*after an update completed/.test(text));
    expect(offending).to.deep.equal([]);
  });
});
