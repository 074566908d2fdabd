import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { rendererStats } from '../../../src/index.js';
import { canvasOf, cleanup, directCanvasOf, drawnPixelCount, frames, mount, mountLoaded, pixels, until, wait } from '../helpers.js';
import { acquireRenderer, currentRenderer, prepareRenderer, releaseRenderer } from '../../../src/scene/shared-renderer.js';
import { stubFetch } from '../support/fetch-stub.js';
import { captureScreen } from '../support/screen.js';
import type { AcupointMap } from '../../../src/index.js';

/** What the widget's own 2D canvas holds, whatever the stage shows on top of it. */
function ownCanvasPixels(element: AcupointMap): number {
  const canvas = canvasOf(element);
  return drawnPixelCount(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height));
}

describe('one WebGL canvas shared by the widgets on screen', () => {
  afterEach(async () => {
    cleanup();
    await wait(0);
  });

  it('a lone widget shows the WebGL canvas itself and copies no frame while it turns', async () => {
    const element = await mountLoaded({}, { width: 480, height: 480 });
    await until(() => directCanvasOf(element) !== null, 'the WebGL canvas in the widget');
    expect(rendererStats().direct).to.equal(true);
    const gl = directCanvasOf(element)!;
    // It sits in the stage, right after the widget's 2D canvas, and carries its part name.
    expect(gl.previousElementSibling === canvasOf(element), 'after the 2D canvas').to.equal(true);
    expect(gl.getAttribute('part')).to.equal('canvas');
    expect(canvasOf(element).hasAttribute('part')).to.equal(false);
    expect(gl.getBoundingClientRect().width).to.be.closeTo(480, 1);

    const copies = rendererStats().copies;
    const framesBefore = rendererStats().framesDrawn;
    element.setView('left');
    await until(() => rendererStats().framesDrawn > framesBefore + 2, 'frames of the turn');
    await frames(2);
    expect(rendererStats().copies, 'no frame copied into a 2D canvas').to.equal(copies);
    expect(ownCanvasPixels(element), 'the 2D canvas is empty under the WebGL canvas').to.equal(0);
    expect(drawnPixelCount(pixels(element)), 'the body drawn in the WebGL canvas').to.be.greaterThan(2000);
  });

  it('draws nothing before the body, and shows the first picture, drawn off the page, once the GPU has finished it', async () => {
    const framesAtStart = rendererStats().framesDrawn;
    const fetches = stubFetch({ hang: ['.glb'] });
    try {
      const waiting = mount({}, { width: 400, height: 400 });
      await until(() => rendererStats().views === 1, 'the 3D view made');
      await frames(3);
      expect(rendererStats().framesDrawn - framesAtStart, 'no empty frame').to.equal(0);
      expect(directCanvasOf(waiting), 'the WebGL canvas waits off the page').to.equal(null);
      waiting.remove();
    } finally {
      fetches.restore();
    }
    await wait(0);

    const before = rendererStats().framesDrawn;
    const element = await mountLoaded({}, { width: 400, height: 400 });
    // At load the canvas is in the stage and shows the one picture drawn (not drawn again).
    expect(directCanvasOf(element) !== null, 'the WebGL canvas in the stage at load').to.equal(true);
    expect(rendererStats().framesDrawn - before, 'frames drawn for the first picture').to.equal(1);
    await frames(2);
    // What the compositor shows: skin where the body is (the still picture has gone).
    const screen = await captureScreen();
    const scale = screen.width / window.innerWidth;
    const rect = element.getBoundingClientRect();
    let skin = 0;
    for (let y = Math.round(rect.top * scale); y < Math.round(rect.bottom * scale); y++) {
      for (let x = Math.round(rect.left * scale); x < Math.round(rect.right * scale); x++) {
        const i = (y * screen.width + x) * 4;
        const [r, g, b] = [screen.data[i], screen.data[i + 1], screen.data[i + 2]];
        if (r > 120 && r - b > 40 && r > g) skin++;
      }
    }
    expect(element.shadowRoot!.querySelector('.placeholder'), 'the still picture gone').to.equal(null);
    expect(skin, 'skin pixels on screen').to.be.greaterThan(2000 * scale * scale);
  });

  it('two widgets on screen both show the body (copied), and the one left alone takes the WebGL canvas back', async () => {
    const first = await mountLoaded({}, { width: 360, height: 360 });
    await until(() => directCanvasOf(first) !== null, 'the first widget shows the WebGL canvas');
    const second = await mountLoaded({}, { width: 360, height: 360 });
    await until(() => !rendererStats().direct, 'both widgets copied');
    await frames(2);
    expect(directCanvasOf(first)).to.equal(null);
    expect(directCanvasOf(second)).to.equal(null);
    // Nothing invalidated the first widget since it handed the canvas over: its 2D canvas
    // was drawn in the same task, so no frame showed its stage blank.
    expect(ownCanvasPixels(first), 'first widget').to.be.greaterThan(1000);
    expect(ownCanvasPixels(second), 'second widget').to.be.greaterThan(1000);
    expect(canvasOf(first).getAttribute('part')).to.equal('canvas');

    second.remove();
    // The removed widget's teardown runs in a microtask; by the next task the widget left
    // alone shows the WebGL canvas, drawn in the same task as the move.
    await wait(0);
    expect(directCanvasOf(first) !== null, 'first widget shows the WebGL canvas at once').to.equal(true);
    expect(drawnPixelCount(pixels(first))).to.be.greaterThan(1000);
    expect(rendererStats().contexts).to.equal(1);
  });

  it('preparations made together (widgets starting at once) ask the browser for one WebGL context between them', async () => {
    expect(rendererStats().contexts, 'no renderer yet').to.equal(0);
    const original = HTMLCanvasElement.prototype.getContext;
    const canvases = new Set<HTMLCanvasElement>();
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof original>) {
      if (args[0] === 'webgl2') canvases.add(this);
      return original.apply(this, args);
    } as typeof original;
    let prepared: boolean[];
    try {
      prepared = await Promise.all([prepareRenderer(), prepareRenderer(), prepareRenderer()]);
    } finally {
      HTMLCanvasElement.prototype.getContext = original;
    }
    expect(prepared).to.deep.equal([true, true, true]);
    expect(canvases.size, 'canvases asked for a WebGL context').to.equal(1);
    expect(rendererStats().contexts).to.equal(1);
    // A view joins and leaves: the last one out releases the context.
    const view = { canvas: document.createElement('canvas'), pixelWidth: 1, pixelHeight: 1, update: () => false, draw: () => {}, beforeRender: () => {}, afterRender: () => {} };
    acquireRenderer(view);
    releaseRenderer(view);
    expect(rendererStats().contexts).to.equal(0);
  });

  it('a widget scrolled out of view gives the WebGL canvas to the one left on screen', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    const first = await mountLoaded({}, { width: 300, height: 300 });
    const second = await mountLoaded({}, { width: 300, height: 300 });
    await until(() => !rendererStats().direct, 'both on screen');
    first.after(spacer);
    try {
      // The second widget is now far below the viewport.
      await until(() => directCanvasOf(first) !== null, 'the first widget alone on screen');
      expect(drawnPixelCount(pixels(first))).to.be.greaterThan(1000);
      expect(ownCanvasPixels(second), 'the one off screen keeps its last frame').to.be.greaterThan(1000);
    } finally {
      spacer.remove();
    }
  });

  it('slow frames while dragging lower the render scale, judged with what follows their script; a still picture follows at rest', async () => {
    const element = await mountLoaded({}, { width: 480, height: 480 });
    await until(() => directCanvasOf(element) !== null, 'the WebGL canvas in the widget');
    const gl = directCanvasOf(element)!;
    const still = { width: gl.width, height: gl.height };
    // Every animation frame costs 80 ms after its script, in the same task: as where the
    // page is composited without a GPU and the frame's pixels are read back (waiting for
    // WebGL to draw them) after the animation frame callbacks.
    const realFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) =>
      realFrame((time) => {
        callback(time);
        const until = performance.now() + 80;
        while (performance.now() < until);
      });
    const rect = element.getBoundingClientRect();
    const x = Math.round(rect.left + rect.width / 2);
    const y = Math.round(rect.top + rect.height / 2);
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 24 && rendererStats().renderScale === 1; step++) {
        await sendMouse({ type: 'move', position: [x + step * 6, y] });
        await frames(1);
      }
      expect(rendererStats().renderScale, 'render scale while dragging').to.be.lessThan(1);
      await sendMouse({ type: 'move', position: [x + 160, y] });
      await frames(2);
      expect(gl.width, 'fewer pixels per frame while moving').to.be.lessThan(Math.round(480 * devicePixelRatio));
    } finally {
      window.requestAnimationFrame = realFrame;
      await sendMouse({ type: 'up' });
      await resetMouse();
    }
    await until(() => gl.width === still.width && gl.height === still.height, 'the still picture at rest');
    expect(drawnPixelCount(pixels(element))).to.be.greaterThan(2000);
  });

  it('the still picture is supersampled and shrunk to the stage; frames of a drag draw one pixel per pixel, and the still one waits for the drag to end', async () => {
    const element = await mountLoaded({}, { width: 400, height: 300 });
    await until(() => directCanvasOf(element) !== null, 'the WebGL canvas in the widget');
    const gl = directCanvasOf(element)!;
    const box = gl.getBoundingClientRect();
    expect(box.width, 'shown at the stage size').to.be.closeTo(400, 1);
    const device = { width: Math.round(box.width * devicePixelRatio), height: Math.round(box.height * devicePixelRatio) };
    await until(() => gl.width === device.width * 2, 'the still picture, supersampled');
    expect(gl.height).to.equal(device.height * 2);
    // What tests read is the picture as shown, at the view's own size.
    const shown = pixels(element);
    expect([shown.width, shown.height]).to.deep.equal([device.width, device.height]);
    expect(drawnPixelCount(shown)).to.be.greaterThan(1000);

    const rect = element.getBoundingClientRect();
    const x = Math.round(rect.left + rect.width / 2);
    const y = Math.round(rect.top + rect.height / 2);
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 4; step++) {
        await sendMouse({ type: 'move', position: [x + step * 10, y] });
        await frames(1);
      }
      // One pixel per pixel, or fewer where frames came slowly (this machine may be busy).
      expect(gl.width, 'a moving frame: at most the view size').to.be.at.most(device.width);
      // The pointer holds still, still pressed: no still picture in the middle of the drag.
      await wait(700);
      expect(gl.width, 'no still picture while the drag holds').to.be.lessThan(device.width * 2);
    } finally {
      await sendMouse({ type: 'up' });
      await resetMouse();
    }
    await until(() => gl.width === device.width * 2, 'the still picture once the drag ends');
    expect(drawnPixelCount(pixels(element))).to.be.greaterThan(1000);
  });

  it('on a screen of small pixels (1.75 device px per CSS px, as a phone) the still picture is drawn at the screen\'s own pixels', async () => {
    const real = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio')!;
    Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => 1.75 });
    try {
      const element = await mountLoaded({}, { width: 400, height: 300 });
      await until(() => directCanvasOf(element) !== null, 'the WebGL canvas in the widget');
      const gl = directCanvasOf(element)!;
      await frames(3);
      const box = gl.getBoundingClientRect();
      expect([gl.width, gl.height], 'one sample per device pixel').to.deep.equal([Math.round(box.width * 1.75), Math.round(box.height * 1.75)]);
      expect(drawnPixelCount(pixels(element))).to.be.greaterThan(1000);
    } finally {
      Object.defineProperty(window, 'devicePixelRatio', real);
    }
  });

  it("frames of a drag draw the body's lighter stand-in, and the still picture at rest the full body", async () => {
    const element = await mountLoaded({}, { width: 400, height: 300 });
    await until(() => directCanvasOf(element) !== null, 'the WebGL canvas in the widget');
    const gl = directCanvasOf(element)!;
    const still = gl.width;
    // Triangles per frame drawn from now on (the renderer's count runs on; one view is drawn).
    const count = () => ({ triangles: currentRenderer()!.renderer.info.render.triangles, frames: rendererStats().framesDrawn });
    const perFrame = (since: { triangles: number; frames: number }) => {
      const now = count();
      return (now.triangles - since.triangles) / (now.frames - since.frames);
    };

    const rect = element.getBoundingClientRect();
    const x = Math.round(rect.left + rect.width / 2);
    const y = Math.round(rect.top + rect.height / 2);
    const drawn: number[] = [];
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 4; step++) {
        const before = count();
        await sendMouse({ type: 'move', position: [x + step * 10, y] });
        await until(() => rendererStats().framesDrawn > before.frames, 'a frame of the drag');
        drawn.push(perFrame(before));
      }
      expect(gl.width, 'frames of the drag, not the still picture').to.be.lessThan(still);
    } finally {
      await sendMouse({ type: 'up' });
      await resetMouse();
    }
    expect(drawn, 'every frame of the drag: the stand-in, a quarter of the triangles').to.deep.equal([14000, 14000, 14000, 14000]);
    const released = count();
    await until(() => gl.width === still, 'the still picture once the drag ends');
    expect(perFrame(released), 'at rest: the full body again').to.equal(55986);
    expect(drawnPixelCount(pixels(element))).to.be.greaterThan(1000);
  });
});
