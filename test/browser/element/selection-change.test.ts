import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { AcupointMap, SelectionChangeDetail } from '../../../src/index.js';
import { cleanup, mount, panel, wait } from '../helpers.js';
import { realClick, selectFromList } from '../support/point-list.js';

/** Every selection-change the element fires, in order (typed without a cast). */
function recordChanges(element: AcupointMap): SelectionChangeDetail[] {
  const seen: SelectionChangeDetail[] = [];
  element.addEventListener('selection-change', (event) => seen.push(event.detail));
  return seen;
}

/** Let updates and any late events happen. */
async function settle(element: AcupointMap): Promise<void> {
  await element.updateComplete;
  await wait(50);
  await element.updateComplete;
}

describe('selection-change: the selection changed other than by the page', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a point picked from the list, another one, then the close button: code and point, then nulls', async () => {
    const element = mount();
    const changes = recordChanges(element);
    await element.updateComplete;
    await selectFromList(element, 'BL23');
    await settle(element);
    expect(changes.map((change) => change.code)).to.deep.equal(['BL23']);
    expect(changes[0].point?.code).to.equal('BL23');
    await selectFromList(element, 'BL40');
    await settle(element);
    expect(changes.map((change) => change.code)).to.deep.equal(['BL23', 'BL40']);
    await realClick(panel(element).querySelector<HTMLButtonElement>('[part="panel-close"]')!);
    await settle(element);
    expect(changes.at(-1)).to.deep.equal({ code: null, point: null });
    expect(element.selected).to.equal(null);
  });

  it('Escape in the panel clears the selection and says so', async () => {
    const element = mount();
    const changes = recordChanges(element);
    await element.updateComplete;
    await selectFromList(element, 'GB30');
    await settle(element);
    panel(element).focus();
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(panel(element).hidden).to.equal(true);
    expect(changes.map((change) => change.code)).to.deep.equal(['GB30', null]);
  });

  it('the page setting `selected`, select() and clearSelection() fire none (no echo for a controlled framework)', async () => {
    const element = mount({ selected: 'BL23' });
    const changes = recordChanges(element);
    await settle(element);
    element.selected = 'BL40';
    await settle(element);
    element.select('GB30');
    await settle(element);
    element.clearSelection();
    await settle(element);
    element.setAttribute('selected', 'KI3');
    await settle(element);
    expect(element.selected).to.equal('KI3');
    expect(changes).to.deep.equal([]);
  });

  it('the page answering a user change with the same value fires nothing more', async () => {
    const element = mount();
    const changes = recordChanges(element);
    await element.updateComplete;
    element.addEventListener('selection-change', (event) => {
      element.selected = event.detail.code;
    });
    await selectFromList(element, 'BL25');
    await settle(element);
    expect(changes.map((change) => change.code)).to.deep.equal(['BL25']);
  });

  it('a deep link selects as the user would: the page hears of it', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#acupoint=BL57`);
    const element = mount({ 'deep-link': true });
    const changes = recordChanges(element);
    await settle(element);
    expect(element.selected).to.equal('BL57');
    expect(changes.map((change) => change.code)).to.deep.equal(['BL57']);
  });
});
