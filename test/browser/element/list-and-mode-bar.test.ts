import { expect } from '@esm-bundle/chai';
import { cleanup, frames, mount, shadow, until } from '../helpers.js';
import { listToggle, pointList } from '../support/point-list.js';

// The point list on a desktop widget runs down the left edge, where the practitioner's and
// the student's bar sit at the foot: the list came over the bar, and Labels, Channels and
// the Quiz button (or the protocol picker) could not be clicked while the list was open.
describe('the point list and the mode bar', () => {
  afterEach(cleanup);

  for (const mode of ['student', 'practitioner']) {
    it(`leave each other's buttons clickable (mode="${mode}")`, async () => {
      const element = mount({ mode }, { width: 960, height: 600 });
      await until(() => !!shadow(element).querySelector('.mode-bar button'), 'the mode bar');
      listToggle(element).click();
      await element.updateComplete;
      await frames(2);
      const list = pointList(element);
      expect(list.hidden).to.equal(false);
      const bar = shadow(element).querySelector<HTMLElement>('.mode-bar')!;
      const controls = [...bar.querySelectorAll<HTMLElement>('button, select')].filter((control) => control.getClientRects().length > 0);
      expect(controls.length).to.be.greaterThan(1);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        const hit = shadow(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(hit === control || control.contains(hit), `${control.textContent?.trim() || control.localName} is on top (found ${hit?.className})`).to.equal(true);
      }
      // The list ends above the bar, all of it on screen.
      expect(list.getBoundingClientRect().bottom).to.be.at.most(bar.getBoundingClientRect().top);
    });
  }
});
