/**
 * Focus follows reading order: the toolbar at the top before the mode bar at the foot
 * (the bar's Labels, Channels, Quiz came before Points, Back, Front…).
 */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { cleanup, frames, mountLoaded, shadow } from '../helpers.js';
import { describeControl, tabThrough } from '../support/a11y-checks.js';

describe('focus order with a mode bar', () => {
  afterEach(cleanup);

  for (const mode of ['student', 'practitioner']) {
    it(`${mode}: Tab reaches the toolbar before the mode bar, and the layout is unchanged`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      const element = await mountLoaded({ mode }, { width: 1280, height: 800 });
      await frames(2);
      const order = await tabThrough(element, before);
      before.remove();
      const names = order.map(describeControl).join(' | ');
      const firstToolbar = order.findIndex((target) => target.closest('[part~="toolbar"]'));
      const firstBar = order.findIndex((target) => target.closest('[part~="mode-bar"]'));
      expect(firstToolbar, `the toolbar is reached (${names})`).to.be.at.least(0);
      expect(firstBar, `the mode bar is reached (${names})`).to.be.at.least(0);
      expect(firstToolbar, `toolbar first (${names})`).to.be.lessThan(firstBar);
      // Still drawn where it was: the toolbar at the top, the bar at the foot, on top of what is under it.
      const root = shadow(element);
      const bar = root.querySelector<HTMLElement>('[part~="mode-bar"]')!.getBoundingClientRect();
      const toolbar = root.querySelector<HTMLElement>('[part~="toolbar"]')!.getBoundingClientRect();
      const host = element.getBoundingClientRect();
      expect(toolbar.top - host.top, 'the toolbar at the top').to.be.lessThan(60);
      expect(host.bottom - bar.bottom, 'the bar at the foot').to.be.lessThan(60);
      const hit = root.elementFromPoint(bar.left + 12, bar.top + bar.height / 2);
      expect(hit?.closest('[part~="mode-bar"]'), 'the bar is on top').to.not.equal(null);
    });
  }
});
