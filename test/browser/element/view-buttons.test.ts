import { expect } from '@esm-bundle/chai';
import { cleanup, shadow, until } from '../helpers.js';
import { mountReady } from '../mode-helpers.js';
import type { AcupointMap } from '../../../src/acupoint-map.js';

/** The labels of the view buttons shown as pressed. */
const pressed = (element: AcupointMap) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>('.views button[aria-pressed="true"]')].map((b) => b.textContent!.trim());

describe('view buttons', () => {
  afterEach(cleanup);

  it('the pressed view button is the view shown: a turn to a point on the face presses Front, Back turns back', async () => {
    const element = await mountReady({});
    await until(() => pressed(element).join() === 'Back', 'Back pressed at load');
    // GV26 is on the face: selecting it from the back turns the body to the front.
    element.select('GV26');
    await until(() => pressed(element).join() === 'Front', `Front pressed after turning to GV26 (pressed: ${pressed(element).join() || 'none'})`, 20000);
    expect(element.view, 'the view property is what the page set').to.equal('back');
    const back = [...shadow(element).querySelectorAll<HTMLButtonElement>('.views button')].find((b) => b.textContent!.trim() === 'Back')!;
    back.click();
    await until(() => pressed(element).join() === 'Back', 'Back pressed again after choosing it', 20000);
  });
});
