import { expect } from '@esm-bundle/chai';
import { rendererStats, type AcupointMap } from '../../../src/index.js';
import { cleanup, frames, mountLoaded, shadow, until, wait } from '../helpers.js';
import { watchPageErrors, type PageErrorWatch } from '../support/page-errors.js';

function stageOf(element: AcupointMap): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="stage"]')!;
}

/** A finger on the stage: synthetic pointer events as a touch screen sends them. */
function finger(stage: HTMLElement, pointerId: number, isPrimary = true) {
  const send = (type: string, x: number, y: number) =>
    stage.dispatchEvent(
      new PointerEvent(type, {
        pointerId,
        pointerType: 'touch',
        isPrimary,
        clientX: x,
        clientY: y,
        button: type === 'pointermove' ? -1 : 0,
        buttons: type === 'pointerup' || type === 'pointercancel' ? 0 : 1,
        width: 20,
        height: 20,
        pressure: type === 'pointerup' ? 0 : 0.5,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  return {
    down: (x: number, y: number) => send('pointerdown', x, y),
    move: (x: number, y: number) => send('pointermove', x, y),
    up: (x: number, y: number) => send('pointerup', x, y),
    cancel: (x: number, y: number) => send('pointercancel', x, y),
  };
}

function centre(element: AcupointMap): { x: number; y: number } {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Screen distance between BL23's two markers: grows when the view zooms in. */
function bl23Spread(element: AcupointMap): number {
  const left = element.queryPoint('BL23', 'left')!;
  const right = element.queryPoint('BL23', 'right')!;
  return Math.hypot(left.x - right.x, left.y - right.y);
}

async function drawn(): Promise<void> {
  const before = rendererStats().framesDrawn;
  await until(() => rendererStats().framesDrawn > before, 'a new frame');
  await frames(1);
}

describe('touch', () => {
  let pageErrors: PageErrorWatch;

  beforeEach(() => {
    pageErrors = watchPageErrors();
  });

  afterEach(() => {
    cleanup();
    pageErrors.stop();
    expect(pageErrors.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('the stage lets the browser scroll vertically (touch-action: pan-y) and nothing in the widget blocks it', async () => {
    const element = await mountLoaded();
    const stage = stageOf(element);
    expect(getComputedStyle(stage).touchAction).to.equal('pan-y');
    // The effective touch-action is the intersection along the ancestors: none of them may
    // forbid vertical panning, and nothing inside the widget may either.
    const inside = [element, ...shadow(element).querySelectorAll('*')] as Element[];
    const allowsVerticalPan = (value: string) => value === 'auto' || value === 'manipulation' || value.includes('pan-y');
    const blocking = inside.filter((node) => !allowsVerticalPan(getComputedStyle(node).touchAction));
    expect(blocking.map((node) => `${node.localName}.${node.className}: ${getComputedStyle(node).touchAction}`)).to.deep.equal([]);
    for (let node: Element | null = element; node; node = node.parentElement) {
      expect(['auto', 'pan-y', 'manipulation']).to.include(getComputedStyle(node).touchAction);
    }
  });

  it('a one-finger horizontal drag turns the body', async () => {
    const element = await mountLoaded();
    await frames(2);
    const stage = stageOf(element);
    const before = element.queryPoint('BL23', 'left')!;
    const { x, y } = centre(element);
    const touch = finger(stage, 21);
    touch.down(x, y);
    for (let step = 1; step <= 8; step++) touch.move(x + step * 20, y);
    touch.up(x + 160, y);
    await drawn();
    const after = element.queryPoint('BL23', 'left')!;
    expect(Math.abs(after.x - before.x), 'BL23 moved sideways on screen').to.be.greaterThan(15);
    expect(Math.abs(after.y - before.y), 'a horizontal drag does not tilt much').to.be.lessThan(Math.abs(after.x - before.x));
  });

  it('a tap (no movement) on a marker selects it; a drag that starts on a marker does not', async () => {
    const element = await mountLoaded();
    await frames(2);
    const stage = stageOf(element);
    const rect = element.getBoundingClientRect();
    const spot = element.queryPoint('GV4')!;
    expect(spot.visible).to.equal(true);
    const marker = shadow(element).querySelector<HTMLButtonElement>('[part~="hotspot"][data-code="GV4"]')!;
    // A drag starting on the marker: the browser would not send a click after capture.
    const drag = finger(stage, 31);
    drag.down(rect.left + spot.x, rect.top + spot.y);
    for (let step = 1; step <= 5; step++) drag.move(rect.left + spot.x + step * 15, rect.top + spot.y);
    drag.up(rect.left + spot.x + 75, rect.top + spot.y);
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1, clientX: rect.left + spot.x, clientY: rect.top + spot.y }));
    await element.updateComplete;
    expect(element.selected, 'a drag is not a tap').to.equal(null);
  });

  it('a vertical swipe the browser takes for scrolling (pointercancel) leaves the view as it was', async () => {
    const element = await mountLoaded();
    await frames(2);
    const stage = stageOf(element);
    const before = element.queryPoint('BL23', 'left')!;
    const framesBefore = rendererStats().framesDrawn;
    const { x, y } = centre(element);
    const swipe = finger(stage, 41);
    swipe.down(x, y);
    swipe.move(x, y + 3);
    // pan-y: the browser starts scrolling the page and cancels the pointer.
    swipe.cancel(x, y + 3);
    await wait(300);
    expect(rendererStats().framesDrawn, 'no redraw: the camera did not move').to.equal(framesBefore);
    const after = element.queryPoint('BL23', 'left')!;
    expect(after.x).to.be.closeTo(before.x, 0.5);
    expect(after.y).to.be.closeTo(before.y, 0.5);
    // The cancelled pointer is forgotten: a new one-finger drag orbits, not pinches.
    const drag = finger(stage, 42);
    drag.down(x, y);
    for (let step = 1; step <= 6; step++) drag.move(x - step * 20, y);
    drag.up(x - 120, y);
    await drawn();
    // BL23 is near the turning axis: a 120 px drag moves it about 15 px; a stuck view, 0.
    expect(Math.abs(element.queryPoint('BL23', 'left')!.x - before.x), 'the drag turned the body').to.be.greaterThan(8);
  });

  it('two fingers pinching out zoom in; pinching in zooms out again', async () => {
    const element = await mountLoaded();
    await frames(2);
    const stage = stageOf(element);
    const spread = bl23Spread(element);
    const { x, y } = centre(element);
    const a = finger(stage, 51, true);
    const b = finger(stage, 52, false);
    a.down(x - 30, y);
    b.down(x + 30, y);
    for (let step = 1; step <= 6; step++) {
      a.move(x - 30 - step * 15, y);
      b.move(x + 30 + step * 15, y);
    }
    a.up(x - 120, y);
    b.up(x + 120, y);
    await drawn();
    const zoomed = bl23Spread(element);
    expect(zoomed / spread, 'markers spread apart when zoomed in').to.be.greaterThan(1.3);

    const c = finger(stage, 53, true);
    const d = finger(stage, 54, false);
    c.down(x - 120, y);
    d.down(x + 120, y);
    for (let step = 1; step <= 6; step++) {
      c.move(x - 120 + step * 15, y);
      d.move(x + 120 - step * 15, y);
    }
    c.up(x - 30, y);
    d.up(x + 30, y);
    await drawn();
    expect(bl23Spread(element) / zoomed, 'pinching in zooms out').to.be.lessThan(0.8);
  });
});
