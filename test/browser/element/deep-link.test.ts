import { expect } from '@esm-bundle/chai';
import { cleanup, hotspots, panel } from '../helpers.js';
import { mountReady } from '../mode-helpers.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('deep links', () => {
  afterEach(() => {
    cleanup();
    setHash('');
  });

  it('with deep-link, #acupoint=BL40 opens BL40, selecting writes the address, and a new hash selects again', async () => {
    setHash('#tab=2&acupoint=BL40');
    const element = await mountReady({ 'deep-link': true });
    expect(element.selected).to.equal('BL40');
    expect(panel(element).hidden).to.equal(false);
    expect(panel(element).textContent).to.include('Wěizhōng');
    const entries = history.length;

    hotspots(element, 'BL23')[0].click();
    await element.updateComplete;
    expect(element.selected).to.equal('BL23');
    expect(location.hash, 'the page\'s own key is kept').to.equal('#tab=2&acupoint=BL23');
    expect(history.length, 'replaces the entry: Back still leaves the page').to.equal(entries);

    element.clearSelection();
    await element.updateComplete;
    expect(location.hash).to.equal('#tab=2');

    // Someone follows a link on the page (or edits the address).
    location.hash = '#acupoint=GB30';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await element.updateComplete;
    expect(element.selected).to.equal('GB30');
    expect(panel(element).hidden).to.equal(false);
  });

  it('without deep-link the address is neither read nor written', async () => {
    setHash('#acupoint=BL40');
    const element = await mountReady();
    expect(element.selected).to.equal(null);
    element.select('BL23');
    await element.updateComplete;
    expect(location.hash).to.equal('#acupoint=BL40');
  });

  it('deep-link set after load reads the address then; a selected attribute alone does not rewrite it', async () => {
    const element = await mountReady({ selected: 'BL25' });
    setHash('#acupoint=KI3');
    element.deepLink = true;
    await element.updateComplete;
    await element.updateComplete;
    expect(element.selected).to.equal('KI3');
    cleanup();
    setHash('');
    const other = await mountReady({ 'deep-link': true, selected: 'BL25' });
    expect(other.selected).to.equal('BL25');
    expect(location.hash, 'no write for the initial selection').to.equal('');
  });

  it('a plan link opens with its plan in any mode', async () => {
    setHash('#acupoint-plan=BL23+bl40+NOPE');
    const element = await mountReady();
    expect(element.getAttribute('plan')).to.equal('BL23 bl40 NOPE');
    // Unknown codes are ignored; case does not matter.
    expect(hotspots(element, 'BL40')[0].querySelector('.num')!.textContent).to.equal('2');
  });
});
