import { expect } from '@esm-bundle/chai';
import { PROTOCOLS } from '../../../src/catalogue/protocols.js';
import { parsePlan } from '../../../src/modes/plan.js';
import { openList } from '../support/point-list.js';
import { cleanup, drawnPixelCount, frames, hotspots, panel, pixels, shadow, wait, expectSameNode } from '../helpers.js';
import { $, $$, button, mountReady, contrastRatio, pixelsNear, rgb } from '../mode-helpers.js';

const PRACTITIONER = { mode: 'practitioner' };

describe('mode="practitioner"', () => {
  afterEach(() => {
    cleanup();
    document.querySelector('iframe[data-acupoint-handout]')?.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('highlights a protocol\'s points and dims the rest, which stay visible against the skin', async () => {
    const element = await mountReady({ ...PRACTITIONER, protocol: 'sciatica-posterior-leg' });
    await frames(2);
    const chosen = new Set(PROTOCOLS.find((p) => p.id === 'sciatica-posterior-leg')!.points);
    const all = hotspots(element);
    expect(all.length).to.be.greaterThan(40);
    for (const spot of all) {
      const code = spot.dataset.code!;
      expect(spot.classList.contains('focus'), `${code} focus`).to.equal(chosen.has(code));
      expect(spot.classList.contains('dimmed'), `${code} dimmed`).to.equal(!chosen.has(code));
    }
    expect(hotspots(element, 'BL57')[0].getAttribute('aria-label')).to.match(/in the chosen protocol/);
    // A dimmed marker against the lit skin under it (the canvas shows skin where the DOM marker sits).
    const spot = element.queryPoint('BL23', 'left')!;
    expect(spot.visible).to.equal(true);
    const image = pixels(element);
    const scale = image.width / element.getBoundingClientRect().width;
    const skinAt = (x: number, y: number) => {
      const i = (Math.round(y * scale) * image.width + Math.round(x * scale)) * 4;
      return [image.data[i], image.data[i + 1], image.data[i + 2]];
    };
    // A little beside the marker, still on the back.
    const skin = skinAt(spot.x + 14, spot.y);
    const dimmed = rgb(getComputedStyle(hotspots(element, 'BL23')[0], '::before').backgroundColor);
    expect(contrastRatio(dimmed, skin), `dimmed ${dimmed} on skin ${skin}`).to.be.at.least(3);
    // Focused markers are drawn larger, with an accent ring.
    const focused = getComputedStyle(hotspots(element).find((b) => !b.hidden && b.classList.contains('focus'))!, '::before');
    expect(focused.boxShadow).to.include('rgb(11, 107, 102)');
    // (A dimmed marker on screen: BL23's may be inside the lower back's cluster.)
    const shownDimmed = hotspots(element).find((b) => !b.hidden && b.classList.contains('dimmed'))!;
    expect(parseFloat(getComputedStyle(shownDimmed, '::before').width)).to.be.lessThan(parseFloat(focused.width));
  });

  it('lists the protocols to pick from; picking one reflects it, explains it and can start the plan', async () => {
    const element = await mountReady(PRACTITIONER);
    for (const id of ['chronic-nonspecific', 'acute-lumbar-strain', 'sciatica-posterior-leg', 'kidney-pattern', 'acupressure-self-care']) {
      expect(element.protocols.map((p) => p.id)).to.include(id);
    }
    const select = $(element, '[part~="mode-bar"] select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', ...PROTOCOLS.map((p) => p.id)]);
    select.value = 'kidney-pattern';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.getAttribute('protocol')).to.equal('kidney-pattern');
    const kidney = PROTOCOLS.find((p) => p.id === 'kidney-pattern')!;
    expect(panel(element).hidden).to.equal(false);
    expect(panel(element).textContent).to.include(kidney.rationale.slice(0, 60));
    expect(panel(element).textContent).to.include(kidney.source);
    // The bar at the foot stays clear of the panel, so all its buttons can be reached.
    const [bar, side] = [$(element, '[part~="mode-bar"]')!.getBoundingClientRect(), panel(element).getBoundingClientRect()];
    const covered = bar.left < side.right && side.left < bar.right && bar.top < side.bottom && side.top < bar.bottom;
    expect(covered, `mode bar ${bar.left}-${bar.right} x ${bar.top}-${bar.bottom} under the panel ${side.left}-${side.right}`).to.equal(false);
    expect(hotspots(element, 'KI3')[0].classList.contains('focus')).to.equal(true);
    button(element, 'Use these points as the plan').click();
    await element.updateComplete;
    expect(element.getAttribute('plan')).to.equal(kidney.points.join(' '));
    // A page's own combinations replace the built-in ones.
    element.protocols = [{ id: 'mine', name: 'Our clinic set', points: ['BL25', 'GB34'], rationale: 'Ours.', source: 'Clinic' }];
    element.protocol = 'mine';
    await element.updateComplete;
    expect([...($(element, '[part~="mode-bar"] select') as HTMLSelectElement).options].map((o) => o.textContent)).to.deep.equal(['None', 'Our clinic set']);
    expect(hotspots(element, 'GB34').every((b) => b.classList.contains('focus'))).to.equal(true);
    expect(hotspots(element, 'KI3').every((b) => b.classList.contains('dimmed'))).to.equal(true);
  });

  it('builds a plan point by point, numbers it, and shares it as a link', async () => {
    const element = await mountReady(PRACTITIONER);
    const add = async (code: string) => {
      element.select(code);
      await element.updateComplete;
      panel(element).querySelector<HTMLButtonElement>('.plan-toggle button')!.click();
      await element.updateComplete;
    };
    await add('BL23');
    await add('BL25');
    await add('BL40');
    expect(element.getAttribute('plan')).to.equal('BL23 BL25 BL40');
    expect(hotspots(element, 'BL40').map((b) => b.querySelector('.num')!.textContent)).to.deep.equal(['3', '3']);
    expect(hotspots(element, 'BL40')[0].getAttribute('aria-label')).to.match(/plan point 3$/);
    expect((await openList(element)).querySelector('[data-code="BL25"] .plan-number')!.textContent).to.match(/2$/);
    // Taking a point out renumbers the rest.
    await add('BL23');
    expect(element.getAttribute('plan')).to.equal('BL25 BL40');
    expect(hotspots(element, 'BL25')[0].querySelector('.num')!.textContent).to.equal('1');
    expect(hotspots(element, 'BL40')[0].querySelector('.num')!.textContent).to.equal('2');
    expectSameNode(hotspots(element, 'BL23')[0].querySelector('.num'), null, 'plan number on BL23');

    // Copy link: the address of this page with the plan in it.
    let copied = '';
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void (copied = text) });
    button(element, 'Copy link').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    const url = new URL(copied);
    expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
    expect(url.hash).to.equal('#acupoint-plan=BL25+BL40');
    expect(parsePlan(new URLSearchParams(url.hash.slice(1)).get('acupoint-plan'))).to.deep.equal(['BL25', 'BL40']);
    expect($(element, '.link-status')!.textContent).to.include('Link copied');
    // Without a clipboard the link is shown to copy by hand.
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async () => { throw new DOMException('denied', 'NotAllowedError'); } });
    button(element, 'Copy link').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(($(element, '.link-status input') as HTMLInputElement).value).to.equal(copied);
    delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;

    // The link opens another widget (a patient's) with the same plan.
    history.replaceState(null, '', url.hash);
    const patient = await mountReady();
    expect(patient.getAttribute('plan')).to.equal('BL25 BL40');
    expect(hotspots(patient, 'BL25')[0].querySelector('.num')!.textContent).to.equal('1');
  });

  it('prints the plan as a one-page handout: the back view with numbered points and each point in plain words', async () => {
    const chronic = PROTOCOLS.find((p) => p.id === 'chronic-nonspecific')!;
    const plan = [...chronic.points, 'CV4'];
    const element = await mountReady({ ...PRACTITIONER, plan: plan.join(' ') });
    button(element, 'Print handout').click();
    const frame = document.querySelector<HTMLIFrameElement>('iframe[data-acupoint-handout]')!;
    expect(frame, 'the handout frame').to.exist;
    // The print dialog opens in the next task; a headless browser would never close it.
    // The stand-in fires `beforeprint` as print() does (without it the widget takes the
    // request as ignored by a sandbox, test/node/print-sandbox.test.ts).
    let printed = 0;
    const win = frame.contentWindow!;
    win.print = () => {
      printed++;
      win.dispatchEvent(new Event('beforeprint'));
    };
    await wait(50);
    expect(printed, 'the print dialog was asked for').to.equal(1);
    const doc = frame.contentDocument!;
    const items = [...doc.querySelectorAll('li')];
    expect(items.length).to.equal(plan.length);
    items.forEach((item, index) => {
      const point = element.points.find((p) => p.code === plan[index])!;
      expect(item.querySelector('.num')!.textContent).to.equal(String(index + 1));
      expect(item.textContent).to.include(point.location.patient);
    });
    expect(items[plan.length - 1].textContent, 'CV4 is on the front').to.include('Not visible from behind');
    expect(items[0].textContent).to.not.include('Not visible');
    expect(doc.body.textContent).to.include('#acupoint-plan=');
    // The picture: the body, with numbered accent circles on it.
    const picture = doc.querySelector<HTMLCanvasElement>('canvas.picture')!;
    const image = picture.getContext('2d')!.getImageData(0, 0, picture.width, picture.height);
    expect(drawnPixelCount(image) / (image.width * image.height)).to.be.within(0.04, 0.6);
    expect(pixelsNear(image, '#0b6b66', 30), 'numbered circles in the accent colour').to.be.greaterThan(1500);
    // The lumbar numbers (BL23 to BL26, the Jiaji row, GV3) cover each other on the whole
    // figure, so a closer picture of the lower back follows, with bigger gaps between them.
    const closeUp = doc.querySelector<HTMLCanvasElement>('canvas.close-up');
    expect(closeUp, 'a close-up of the crowded lower back').to.exist;
    const closeImage = closeUp!.getContext('2d')!.getImageData(0, 0, closeUp!.width, closeUp!.height);
    expect(drawnPixelCount(closeImage) / (closeImage.width * closeImage.height), 'the body fills much of the close-up').to.be.greaterThan(0.3);
    expect(pixelsNear(closeImage, '#0b6b66', 30), 'numbered circles on the close-up').to.be.greaterThan(3000);
    // A print stylesheet with an A4 page; laid out at A4 width the sheet fits one page.
    const rules = [...doc.adoptedStyleSheets[0].cssRules];
    expect(rules.some((rule) => rule instanceof (frame.contentWindow as Window & typeof globalThis).CSSPageRule)).to.equal(true);
    frame.style.width = '794px';
    frame.style.height = '1123px';
    const sheet = doc.querySelector('.sheet')!.getBoundingClientRect();
    expect(sheet.height, 'fits 297 mm less 2 x 14 mm margins').to.be.at.most(1017);
    // The widget itself was not disturbed.
    expect(shadow(element).querySelector('canvas')).to.exist;
    expect($$(element, '[part~="hotspot"] .num').length).to.be.greaterThan(10);
    // Points far apart need no close-up.
    element.setAttribute('plan', 'BL40 BL57');
    await element.updateComplete;
    button(element, 'Print handout').click();
    const spread = document.querySelector<HTMLIFrameElement>('iframe[data-acupoint-handout]')!;
    spread.contentWindow!.print = () => void spread.contentWindow!.dispatchEvent(new Event('beforeprint'));
    expect(spread.contentDocument!.querySelectorAll('li').length).to.equal(2);
    expect(spread.contentDocument!.querySelector('canvas.close-up')).to.equal(null);
  });
});
