import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { rendererStats } from '../../../src/index.js';
import { canvasOf, cleanup, differingFraction, frames, hotspots, nextEvent, panel, pixels, shadow, until } from '../helpers.js';
import { $, button, mountReady } from '../mode-helpers.js';
import { axeViolations } from '../support/axe.js';

/** Pixels of a strong warm colour (nerve yellow, kidney and artery red) that the plain skin never has. */
function structurePixels(image: ImageData): number {
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, , b, a] = [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
    if (a > 200 && r > 150 && b < 0.55 * r) count++;
  }
  return count;
}

describe('show-anatomy and the depth view', () => {
  afterEach(() => cleanup());

  it('shows the anatomy under a see-through skin, with a legend, and markers stay clickable', async () => {
    const element = await mountReady({ mode: 'patient' });
    await frames(2);
    const before = pixels(element);
    const toggle = button(element, 'Anatomy');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await until(() => element.hasAttribute('show-anatomy'), 'the attribute to reflect');
    await until(() => !!$(element, '[part~="anatomy-legend"]') && !$(element, '.anatomy-wait'), 'the anatomy to load', 120000);
    await frames(3);
    const after = pixels(element);
    // The picture changed over a good part of the body, and nerves and kidneys show through.
    expect(differingFraction(before, after)).to.be.greaterThan(0.02);
    expect(structurePixels(after), 'nerve and kidney pixels').to.be.greaterThan(structurePixels(before) + 300);
    const legend = $(element, '[part~="anatomy-legend"]')!;
    for (const word of ['Bone', 'Nerve', 'Kidney', 'Artery', 'Vein']) expect(legend.textContent).to.contain(word);
    // A marker is still a button that opens its point.
    hotspots(element, 'BL23')[0].click();
    await until(() => !panel(element).hidden, 'the panel');
    expect(panel(element).textContent).to.contain('BL23');
    // Off again: the skin is solid, the legend gone.
    element.showAnatomy = false;
    await until(() => !$(element, '[part~="anatomy-legend"]'), 'the legend to go');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows in every view, and under reduced motion it appears without animating', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await mountReady({ 'show-anatomy': true });
      await until(() => !!$(element, '[part~="anatomy-legend"]') && !$(element, '.anatomy-wait'), 'the anatomy to load', 120000);
      await frames(3);
      const drawn = rendererStats().framesDrawn;
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(rendererStats().framesDrawn, 'nothing keeps drawing once it is shown').to.equal(drawn);
      for (const view of ['back', 'left', 'front', 'right'] as const) {
        element.setView(view);
        await element.updateComplete;
        await frames(3);
        expect(structurePixels(pixels(element)), `nerves and organs in the ${view} view`).to.be.greaterThan(150);
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('draws the depth view of GB30 for a practitioner, naming the sciatic nerve with its distance', async () => {
    const element = await mountReady({ mode: 'practitioner' });
    element.select('GB30');
    await until(() => !!shadow(element).querySelector('[part~="depth"] svg path'), 'the cross-section', 120000);
    const figure = shadow(element).querySelector<HTMLElement>('[part~="depth"]')!;
    const svg = figure.querySelector('svg')!;
    expect(svg.querySelectorAll('path').length).to.be.greaterThan(2);
    expect(svg.querySelector('title')!.textContent).to.contain('GB30');
    // Labels are SVG text, not pictures of text.
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ')).to.match(/sciatic nerve \d+\.\d cm/);
    const caption = figure.querySelector('figcaption')!.textContent!;
    expect(caption).to.match(/sciatic nerve/);
    expect(caption).to.match(/this model/i);
    expect(caption).to.match(/\d\.\d cm on this body/);
    // The panel text names the structure with its distance, in the needling section too.
    expect(panel(element).querySelector('.depth-risk')!.textContent).to.match(/sciatic nerve.*\d+\.\d cm/);
    // With the anatomy on as well, axe finds nothing in the legend, the panel or the drawing.
    element.showAnatomy = true;
    await until(() => !!$(element, '[part~="anatomy-legend"]') && !$(element, '.anatomy-wait'), 'the anatomy', 120000);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('BL23 quotes the published skin-to-kidney depth with its source', async () => {
    const element = await mountReady({ mode: 'student' });
    element.select('BL23');
    await until(() => !!shadow(element).querySelector('[part~="depth"] svg'), 'the cross-section', 120000);
    const caption = shadow(element).querySelector('[part~="depth"] figcaption')!.textContent!;
    expect(caption).to.contain('kidney');
    expect(caption).to.match(/140 adults/);
    expect(caption).to.match(/Hu J/);
  });

  it('does not force the depth view on patients, and draws it when they ask', async () => {
    const element = await mountReady({ mode: 'patient' });
    element.select('BL40');
    await until(() => !panel(element).hidden, 'the panel');
    const details = panel(element).querySelector<HTMLDetailsElement>('.depth-details')!;
    expect(details.open).to.equal(false);
    expect(shadow(element).querySelector('[part~="depth"]')).to.equal(null);
    details.querySelector('summary')!.click();
    await until(() => !!shadow(element).querySelector('[part~="depth"] svg'), 'the cross-section after asking', 120000);
    expect(shadow(element).querySelector('[part~="depth"] figcaption')!.textContent).to.match(/popliteal|tibial/);
  });

  it('is a hint layer in the quiz', async () => {
    const element = await mountReady({ mode: 'student' });
    element.startQuiz({ points: ['GB30'], count: 1 });
    await until(() => !!$(element, '[part~="quiz"]'), 'the quiz');
    const hint = shadow(element).querySelector<HTMLButtonElement>('[part~="quiz"] button[aria-label^="Hint"]')!;
    hint.click();
    await until(() => element.showAnatomy, 'the anatomy to turn on');
    expect(hint.getAttribute('aria-pressed')).to.equal('true');
  });

  it('says so, with an error event, on a custom body model', async () => {
    const element = await mountReady({ src: '/models/body.quantized.glb' });
    const error = nextEvent<CustomEvent>(element, 'error');
    element.showAnatomy = true;
    const detail = (await error).detail;
    expect(detail.type).to.equal('model');
    expect(detail.message).to.match(/built-in body/);
    expect(shadow(element).querySelector('[part~="notice"]')!.textContent).to.match(/built-in body/);
    expect(canvasOf(element)).to.exist;
  });
});
