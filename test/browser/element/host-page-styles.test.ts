import { expect } from '@esm-bundle/chai';
import type { AcupointMap } from '../../../src/index.js';
import { panel, shadow, until } from '../helpers.js';

// Inherited CSS crosses the shadow boundary: a page's text settings reach every text in the
// widget unless its host sets its own. Vite's React starter centres #root's text and spaces
// its letters; the point panel came out centred (headings, locations, sources) in such an app.
describe('the page\'s inherited text styles', () => {
  let holder: HTMLElement;
  afterEach(() => holder.remove());

  it('do not reach the widget: its text starts at the start edge, unspaced, upright, not bold', async () => {
    holder = document.createElement('div');
    holder.style.cssText =
      'text-align: center; letter-spacing: 3px; word-spacing: 9px; font-style: italic; font-weight: 700; text-transform: uppercase; text-indent: 40px; white-space: pre; text-shadow: 1px 1px red';
    const element = document.createElement('acupoint-map') as AcupointMap;
    element.style.cssText = 'width: 720px; height: 520px';
    element.setAttribute('selected', 'BL23');
    holder.append(element);
    document.body.append(holder);
    await until(() => !!panel(element)?.querySelector('h3 + p'), 'the point panel');
    const where = getComputedStyle(panel(element).querySelector('h3 + p')!);
    expect(where.textAlign, 'text-align').to.be.oneOf(['start', 'left']);
    expect(where.letterSpacing, 'letter-spacing').to.equal('normal');
    expect(where.wordSpacing, 'word-spacing').to.equal('0px');
    expect(where.fontStyle, 'font-style').to.equal('normal');
    expect(where.fontWeight, 'font-weight').to.equal('400');
    expect(where.textTransform, 'text-transform').to.equal('none');
    expect(where.textIndent, 'text-indent').to.equal('0px');
    expect(where.whiteSpace, 'white-space').to.equal('normal');
    expect(where.textShadow, 'text-shadow').to.equal('none');
    // The list button in the toolbar too, as every text inherits from the host.
    const list = shadow(element).querySelector<HTMLElement>('.list-button')!;
    expect(getComputedStyle(list).textTransform).to.equal('none');
  });
});
