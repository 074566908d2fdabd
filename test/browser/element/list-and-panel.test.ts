import { expect } from '@esm-bundle/chai';
import { cleanup, hotspots, mountLoaded, panel, until, wait } from '../helpers.js';
import { openList } from '../support/point-list.js';

/**
 * A point chosen from the side list on a widget where the list and the side panel are both
 * open: its marker is shown between the two. The figure is framed in what they leave free;
 * it used to be centred beside the panel alone, and the point chosen stood under the list,
 * its marker hidden (GV4 on an 800 px widget).
 */
describe('the side list and the side panel open together', () => {
  afterEach(cleanup);

  for (const width of [800, 900]) {
    it(`at ${width} px, GV4 chosen from the list shows its marker between the list and the panel`, async () => {
      const element = await mountLoaded({}, { width, height: 600 });
      const list = await openList(element);
      await wait(300);
      list.querySelector<HTMLButtonElement>('button[data-code="GV4"]')!.click();
      await until(() => !panel(element).hidden && (panel(element).textContent ?? '').includes('GV4'), 'the panel of GV4');
      const shown = () => hotspots(element, 'GV4').filter((button) => !button.hidden);
      await until(() => shown().length > 0, 'the marker of GV4 shown', 20000);
      await wait(800);
      const marker = shown()[0].getBoundingClientRect();
      const centre = marker.left + marker.width / 2;
      expect(centre, 'right of the list').to.be.greaterThan(list.getBoundingClientRect().right);
      expect(centre, 'left of the panel').to.be.lessThan(panel(element).getBoundingClientRect().left);
      expect(list.hidden, 'the list stays open').to.equal(false);
    });
  }
});
