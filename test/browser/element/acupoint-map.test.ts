import { openList } from '../support/point-list.js';
import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { rendererStats } from '../../../src/index.js';
import {
  cleanup, differingFraction, drawnPixelCount, frames, hotspots, mount, mountLoaded, meanDrawnColour,
  nextEvent, panel, pixels, shadow, until, wait,
} from '../helpers.js';

describe('<acupoint-map>', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('draws the body in the first frame and fires load', async () => {
    const element = mount();
    await nextEvent(element, 'load');
    const image = pixels(element);
    expect(image.width).to.be.greaterThan(600);
    const drawn = drawnPixelCount(image);
    // The standing figure covers a real share of a 640x520 view: not empty, not a full-screen clear.
    expect(drawn / (image.width * image.height)).to.be.within(0.04, 0.6);
    const [r, g, b] = meanDrawnColour(image);
    expect(r, 'skin is warm: red above blue').to.be.greaterThan(b + 15);
    expect(g).to.be.greaterThan(40);
    expect(rendererStats().contexts).to.equal(1);
  });

  it('exposes points, landmarks and one hotspot button per marker', async () => {
    const element = await mountLoaded();
    expect(element.points.length).to.be.at.least(23);
    expect(element.landmarks).to.include.members(['L2', 'L4', 'popliteal-crease-left', 'sacral-hiatus']);
    const bl23 = hotspots(element, 'BL23');
    expect(bl23.map((b) => b.dataset.side).sort()).to.deep.equal(['left', 'right']);
    expect(bl23[0].getAttribute('aria-label')).to.match(/^BL23 Shenshu/);
    expect(hotspots(element, 'GV3').map((b) => b.dataset.side)).to.deep.equal(['midline']);
    expect(hotspots(element, 'EX-B2').length).to.equal(10);
  });

  it('selects a point by clicking its projected marker and shows the panel', async () => {
    const element = await mountLoaded();
    await frames(2);
    expect(element.queryPoint('BL23', 'left')!.visible, 'BL23 faces the camera in the back view').to.equal(true);
    const rect = element.getBoundingClientRect();
    // In the full view BL23 sits among the Jiaji points: a first click on their cluster zooms in.
    const cluster = [...shadow(element).querySelectorAll<HTMLElement>('[part~="cluster"]')].find(
      (button) => !button.hidden && button.dataset.codes!.split(' ').includes('BL23'),
    );
    if (cluster) {
      const box = cluster.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await wait(900);
      await frames(2);
    }
    const spot = element.queryPoint('BL23', 'left')!;
    const selected = nextEvent<CustomEvent>(element, 'point-select');
    await sendMouse({ type: 'click', position: [Math.round(rect.left + spot.x), Math.round(rect.top + spot.y)] });
    const event = await selected;
    expect(event.detail.code).to.equal('BL23');
    expect(event.detail.point.english).to.be.a('string');
    await element.updateComplete;
    expect(element.getAttribute('selected')).to.equal('BL23');
    const text = panel(element).textContent!;
    expect(panel(element).hidden).to.equal(false);
    for (const piece of ['BL23', 'Shènshū', '腎俞', '肾俞', 'Kidney', 'L2', '1.5']) expect(text).to.include(piece);
    expect(text).to.match(/Needling/);
    expect(text).to.match(/Cautions/);
    // Both markers of the bilateral point are highlighted.
    expect(hotspots(element, 'BL23').every((b) => b.classList.contains('selected'))).to.equal(true);
  });

  it('opens a point from the selected attribute and closes when it is removed', async () => {
    const element = await mountLoaded();
    element.setAttribute('selected', 'BL40');
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(false);
    expect(panel(element).textContent).to.include('Wěizhōng');
    element.removeAttribute('selected');
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(true);
  });

  it('works from the keyboard: a marker takes Enter, Escape closes and focus returns', async () => {
    const element = await mountLoaded();
    await frames(2);
    const stage = shadow(element).querySelector<HTMLElement>('[part~="stage"]')!;
    stage.focus();
    await sendKeys({ press: 'Tab' });
    const focused = shadow(element).activeElement as HTMLButtonElement;
    expect(focused.getAttribute('part')).to.equal('hotspot');
    const code = focused.dataset.code!;
    // The arrows step through markers and clusters: on to the next marker.
    let next = focused;
    for (let presses = 0; presses < 20 && (next === focused || next.getAttribute('part') !== 'hotspot'); presses++) {
      await sendKeys({ press: 'ArrowRight' });
      next = shadow(element).activeElement as HTMLButtonElement;
      expect(next.getAttribute('part')).to.be.oneOf(['hotspot', 'cluster']);
    }
    expect(next.getAttribute('part')).to.equal('hotspot');
    const selected = nextEvent<CustomEvent>(element, 'point-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.code).to.equal(next.dataset.code);
    expect(code).to.be.a('string');
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(true);
    expect(element.hasAttribute('selected')).to.equal(false);
    // Focus returns to that marker's button: at once, or (when the panel still covered it, as
    // on a slow machine where the view had not turned yet) as soon as it shows again.
    await until(() => (shadow(element).activeElement as HTMLElement | null)?.getAttribute('part') !== 'stage', 'focus to leave the stage', 5000);
    const back = shadow(element).activeElement as HTMLElement | null;
    expect(back?.getAttribute('part'), 'focus on a marker').to.equal('hotspot');
    expect(`${back!.dataset.code} ${back!.dataset.side}`, 'focus on the next marker').to.equal(`${next.dataset.code} ${next.dataset.side}`);
  });

  it('lists every point; a list entry selects it', async () => {
    const element = await mountLoaded();
    const list = shadow(element).querySelector<HTMLElement>('[part~="point-list"]')!;
    // The entries are rendered when the list is first shown: none before.
    expect(list.hidden).to.equal(true);
    expect(list.querySelectorAll('button[data-code]').length, 'no entries while never shown').to.equal(0);
    await openList(element);
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button[data-code]')];
    expect(buttons.length).to.equal(element.points.length);
    const gb30 = buttons.find((b) => b.dataset.code === 'GB30')!;
    const selected = nextEvent<CustomEvent>(element, 'point-select');
    gb30.click();
    expect((await selected).detail.code).to.equal('GB30');
  });

  it('rotation changes the image and hides markers on the far side', async () => {
    const element = await mountLoaded({}, { width: 480, height: 480 });
    await frames(2);
    const before = pixels(element);
    expect(element.queryPoint('BL23', 'left')!.visible).to.equal(true);
    element.setView('front');
    await until(() => !element.queryPoint('BL23', 'left')!.visible, 'BL23 to turn away', 5000);
    await wait(900);
    await frames(2);
    const after = pixels(element);
    expect(differingFraction(before, after)).to.be.greaterThan(0.02);
    expect(element.queryPoint('BL23', 'left')!.visible).to.equal(false);
    const bl23 = hotspots(element, 'BL23');
    expect(bl23.every((b) => b.hidden), 'hidden markers cannot be clicked').to.equal(true);
    expect(element.queryPoint('CV4')!.visible).to.equal(true);
  });

  it('hides a marker when another part of the body stands in front of it', async () => {
    const element = await mountLoaded({ view: 'left' }, { width: 480, height: 480 });
    await wait(900);
    await frames(2);
    // From the subject's left, the right leg's lateral points are behind the left leg.
    expect(element.queryPoint('GB34', 'right')!.visible).to.equal(false);
    expect(element.queryPoint('GB34', 'left')!.visible).to.equal(true);
  });

  it('draws nothing while nothing changes', async () => {
    await mountLoaded();
    await wait(400);
    const before = rendererStats().framesDrawn;
    await wait(1000);
    expect(rendererStats().framesDrawn).to.equal(before);
  });

  it('disposes GPU resources and the context when removed', async () => {
    const element = await mountLoaded();
    expect(rendererStats().geometries).to.be.greaterThan(0);
    element.remove();
    await wait(0);
    expect(rendererStats().contexts).to.equal(0);
    expect(rendererStats().views).to.equal(0);
  });
});
