import { expect } from '@esm-bundle/chai';
import { cleanup, mount, panel, until } from '../helpers.js';

// Chinese has no italic type: the browser slants the hanzi of an <em> ("通俗地说：", the
// panel's "In plain words:" label), which reads as a broken font. English keeps its italics.
describe('emphasis in Chinese', () => {
  afterEach(cleanup);

  for (const lang of ['zh-Hans', 'zh-Hant']) {
    it(`is upright and bolder in ${lang}, italic in English`, async () => {
      const element = mount({ lang, selected: 'BL23' });
      await until(() => /[\u4e00-\u9fff]/.test(panel(element)?.querySelector('.exact em')?.textContent ?? ''), 'the Chinese panel', 60000);
      const label = getComputedStyle(panel(element).querySelector('.exact em')!);
      expect(label.fontStyle).to.equal('normal');
      expect(Number(label.fontWeight)).to.be.at.least(600);
      element.lang = 'en';
      await until(() => !/[\u4e00-\u9fff]/.test(panel(element).querySelector('.exact em')?.textContent ?? '原'), 'the English panel');
      expect(getComputedStyle(panel(element).querySelector('.exact em')!).fontStyle).to.equal('italic');
    });
  }
});
