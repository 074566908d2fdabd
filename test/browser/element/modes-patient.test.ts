import { expect } from '@esm-bundle/chai';
import { SESSION_INFO } from '../../../src/catalogue/session-info.js';
import { cleanup, hotspots, panel, shadow, until } from '../helpers.js';
import { $, $$, button, mountReady, contrastRatio, rgb } from '../mode-helpers.js';
import { listToggle, pointList } from '../support/point-list.js';


/** A CSS colour as 0-255 RGBA, as a canvas paints it (any syntax getComputedStyle returns). */
function rgba(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data];
}

describe('mode="patient" (the default)', () => {
  afterEach(() => {
    cleanup();
    document.getElementById('branding')?.remove();
  });

  it('adds "What a session is like" to the point panel, collapsed, and keeps the evidence one click away', async () => {
    const element = await mountReady({ selected: 'BL23' });
    expect(element.mode).to.equal('patient');
    const session = $(element, '[part~="session-info"]') as HTMLDetailsElement;
    expect(session, 'session info in the patient panel').to.exist;
    expect(session.open, 'collapsed at first').to.equal(false);
    expect(session.querySelector('summary')!.textContent).to.equal(SESSION_INFO.heading);
    session.querySelector('summary')!.click();
    expect(session.open).to.equal(true);
    const text = session.textContent!;
    for (const fact of ['20 to 30 minutes', 'deqi', 'GERAC', '10 sessions', 'dull ache']) expect(text).to.include(fact);
    // Plain words first: the patient location leads, the WHO wording follows.
    const where = panel(element).querySelector('h3 + p')!.textContent!;
    expect(where).to.equal(element.points.find((p) => p.code === 'BL23')!.location.patient);
    // The evidence is reachable from the point's panel.
    panel(element).querySelector<HTMLButtonElement>('.disclaimer .link-button')!.click();
    await element.updateComplete;
    expect(panel(element).querySelector('#panel-title')!.textContent).to.match(/evidence/i);
    // Its text is a chunk fetched on first opening: it arrives and is shown.
    await until(() => (panel(element).textContent ?? '').includes('47.6%'), 'the evidence text');
    expect(panel(element).textContent).to.include('red flags');
  });

  it('names where a location comes from: WHO 2008 for channel points, the textbook for extra points', async () => {
    const element = await mountReady({ selected: 'BL23' });
    // The label carries the language's separator (": " here, "：" in Chinese).
    const label = () => panel(element).querySelector('.exact em')!.textContent;
    expect(label()).to.equal('Exact location (WHO 2008): ');
    element.select('EX-B2');
    await element.updateComplete;
    expect(label()).to.equal('Location (GB/T 12346-2006; not part of WHO 2008): ');
  });

  it('lists front-of-trunk points in their own group and Ashi points in words, without a marker', async () => {
    const element = await mountReady();
    listToggle(element).click();
    await element.updateComplete;
    const list = pointList(element);
    const front = [...list.querySelectorAll('h2')].find((h) => h.textContent === 'On the front of the trunk')!;
    expect(front, 'a front-of-trunk heading').to.exist;
    const group = list.querySelector(`ul[aria-labelledby="${front.id}"]`)!;
    expect([...group.querySelectorAll('button')].map((b) => b.dataset.code)).to.deep.equal(['CV4']);
    const ashi = list.querySelector('details.unplaced') as HTMLDetailsElement;
    expect(ashi.querySelector('summary')!.textContent).to.match(/Ashi/);
    ashi.querySelector('summary')!.click();
    expect(ashi.open).to.equal(true);
    expect(ashi.textContent).to.match(/no fixed location/);
    expect(hotspots(element, 'Ashi')).to.have.length(0);
    element.select('CV4');
    await element.updateComplete;
    expect(panel(element).querySelector('.badges')!.textContent).to.not.match(/near the painful area/);
  });

  it('shows the clinic\'s call to action in the panel through the cta slot', async () => {
    const link = document.createElement('a');
    link.slot = 'cta';
    link.href = '#book';
    link.textContent = 'Book an appointment';
    const element = await mountReady({ selected: 'BL40' });
    element.append(link);
    await element.updateComplete;
    const slot = panel(element).querySelector<HTMLSlotElement>('slot[name="cta"]')!;
    expect(slot.assignedElements()).to.deep.equal([link]);
    expect(link.getBoundingClientRect().width, 'the link is laid out inside the open panel').to.be.greaterThan(0);
    // Styled as the clinic's accent button.
    expect(getComputedStyle(link).borderRadius).to.not.equal('0px');
  });

  it('takes the clinic\'s branding: accent, font and panel colours, and ::part styles', async () => {
    const style = document.createElement('style');
    style.id = 'branding';
    style.textContent = `
      acupoint-map.branded { --acupoint-accent: #6d28d9; --acupoint-font: Georgia, serif;
        --acupoint-panel-background: #fffbeb; --acupoint-panel-color: #1c1917; }
      acupoint-map.branded::part(panel) { border: 3px solid rgb(1, 2, 3); }`;
    document.head.append(style);
    const element = await mountReady({ class: 'branded', selected: 'GB30' });
    const marker = hotspots(element, 'BL23')[0];
    expect(getComputedStyle(marker, '::before').backgroundColor).to.equal('rgb(109, 40, 217)');
    const box = getComputedStyle(panel(element));
    // The clinic's colour, a hair short of opaque (styles.ts, --_overlay-bg: no eye sees it).
    const [r, g, b, a] = rgba(box.backgroundColor);
    expect([r, g, b].map((c, i) => Math.abs(c - [255, 251, 235][i]) <= 1), box.backgroundColor).to.deep.equal([true, true, true]);
    expect(a, 'alpha').to.be.at.least(253);
    expect(box.color).to.equal('rgb(28, 25, 23)');
    expect(box.fontFamily).to.match(/Georgia/);
    expect(box.borderTopColor).to.equal('rgb(1, 2, 3)');
  });

  it('shows a plan from a practitioner numbered on the body, with a way to print it', async () => {
    const element = await mountReady({ plan: 'BL23 BL40' });
    const numbers = (code: string) => hotspots(element, code).map((b) => b.querySelector('.num')?.textContent);
    expect(numbers('BL23')).to.deep.equal(['1', '1']);
    expect(numbers('BL40')).to.deep.equal(['2', '2']);
    // The plan's points stand out; the others are dimmed but still visible against the skin.
    expect(hotspots(element, 'BL23')[0].classList.contains('focus')).to.equal(true);
    const dimmed = hotspots(element, 'GB30')[0];
    expect(dimmed.classList.contains('dimmed')).to.equal(true);
    const core = rgb(getComputedStyle(dimmed, '::before').backgroundColor);
    expect(contrastRatio(core, [227, 194, 166]), 'dimmed marker against the skin').to.be.at.least(3);
    const bar = $(element, '[part~="mode-bar"]')!;
    expect(bar.textContent).to.include('BL23, BL40');
    expect(button(element, 'Print')).to.exist;
    expect($$(element, '.protocol-picker'), 'no practitioner tools for a patient').to.have.length(0);
    expect(shadow(element).querySelector('[part~="hotspot"] .tag'), 'no labels unless asked').to.equal(null);
  });
});
