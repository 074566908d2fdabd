import { expect } from '@esm-bundle/chai';
import { rendererStats, type AcupointMap } from '../../../src/index.js';
import { cleanup, directCanvasOf, hotspots, mountLoaded, panel, until, wait } from '../helpers.js';
import { listToggle, pointList } from '../support/point-list.js';

/**
 * The panel that answers a click is painted before the 3D picture is drawn again (the
 * figure centred beside the panel, the camera turning to the point): with software WebGL a
 * still picture takes hundreds of milliseconds, and a frame that draws it paints nothing
 * until it is done (issue 14). The figure's new insets are projected for keep-in-sight
 * without drawing (BodyView.projectMarkers); the picture follows in the next frame.
 * Checked by order, not by time: no WebGL frame is drawn between the update that opens the
 * panel and the layout of the first frame after it (a ResizeObserver's callback: after the
 * frame's animation callbacks, before its paint).
 */

/** Right after a frame has started: a task, the next frame still to come. */
function justAfterAFrameStarted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Calls `then` in the layout step of the next frame (after every animation callback of it). */
async function layoutProbe(): Promise<{ next(then: () => void): void; dispose(): void }> {
  const box = document.createElement('div');
  box.style.cssText = 'position:absolute;left:0;top:0;height:1px;width:1px';
  document.body.append(box);
  let waiting: (() => void) | null = null;
  let observed: () => void = () => {};
  const first = new Promise<void>((resolve) => (observed = resolve));
  const observer = new ResizeObserver(() => {
    observed();
    const then = waiting;
    waiting = null;
    then?.();
  });
  observer.observe(box);
  await first;
  return {
    next(then) {
      waiting = then;
      box.style.width = `${box.offsetWidth + 1}px`;
    },
    dispose() {
      observer.disconnect();
      box.remove();
    },
  };
}

/**
 * Choose a point with `choose` just after another update of the widget asked for work after
 * its own paint (as a hover or a toolbar change does): that request comes due around the
 * frame that paints the panel. Returns how many WebGL frames were drawn from the choice to
 * the layout of the frame that paints the panel.
 */
async function drawsBeforePanelPainted(element: AcupointMap, code: string, choose: () => void): Promise<number> {
  const probe = await layoutProbe();
  try {
    element.requestUpdate();
    await element.updateComplete;
    await justAfterAFrameStarted();
    const before = rendererStats().framesDrawn;
    let drawn: number | null = null;
    // Emitted by the update that opened the panel: the next frame paints it.
    element.addEventListener('point-select', () => probe.next(() => (drawn = rendererStats().framesDrawn - before)), { once: true });
    choose();
    await until(() => drawn !== null, 'the frame after the panel opened', 30000);
    expect(panel(element).hidden, 'panel open').to.equal(false);
    expect(panel(element).textContent).to.include(code);
    return drawn!;
  } finally {
    probe.dispose();
  }
}

describe('the panel is painted before the 3D picture is drawn again', () => {
  afterEach(cleanup);

  it('a point chosen from the list: no WebGL frame before the panel is painted; the figure is centred beside it after', async () => {
    // Wide enough for a side panel, which moves the figure (the view's insets change).
    const element = await mountLoaded({}, { width: 800, height: 600 });
    listToggle(element).click();
    await element.updateComplete;
    await wait(300);
    const button = pointList(element).querySelector<HTMLButtonElement>('button[data-code="BL23"]')!;
    const before = rendererStats().framesDrawn;
    expect(await drawsBeforePanelPainted(element, 'BL23', () => button.click())).to.equal(0);
    // The picture follows in the frames after: drawn again beside the panel, and once it
    // rests, supersampled (twice the pixels each way of a view shown directly).
    await until(() => rendererStats().framesDrawn > before, 'the figure drawn beside the panel', 30000);
    await wait(1000);
    const gl = directCanvasOf(element);
    expect(gl, 'the lone widget shows the WebGL canvas').to.not.equal(null);
    await until(() => gl!.width === 2 * Math.round(gl!.clientWidth * devicePixelRatio), 'a supersampled still picture', 30000);
  });

  it('a marker chosen with the keyboard (Enter clicks the focused marker): no WebGL frame before the panel is painted', async () => {
    const element = await mountLoaded({}, { width: 800, height: 600 });
    await wait(300);
    const marker = hotspots(element).find((button) => button.getClientRects().length > 0 && !button.closest('[hidden]'));
    expect(marker, 'a marker on show').to.not.equal(undefined);
    const code = marker!.dataset.code!;
    marker!.focus();
    expect(await drawsBeforePanelPainted(element, code, () => marker!.click())).to.equal(0);
  });
});
