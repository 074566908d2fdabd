/**
 * What a phone shows on screen with a point open is the body the widget drew: the page is
 * captured as composited (not read back from the canvas) and compared with the WebGL frame
 * above the bottom sheet. Chromium's software compositor (a phone without a usable GPU, and
 * these tests) once left a stage-coloured rectangle over the upper view: the WebGL canvas
 * was culled where the sheet's opaque area lies, mirrored top to bottom.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, frames, mountLoaded, panel, pixels, shadow } from '../helpers.js';
import { captureScreen } from '../support/screen.js';

/**
 * Body pixels of the drawn frame between the toolbar and the sheet that the screen shows in
 * another colour, as a fraction of those compared (marker buttons and their rings skipped).
 */
async function differingAboveSheet(
  element: AcupointMap,
  sheet: HTMLElement = panel(element),
  skip?: DOMRect,
): Promise<{ compared: number; differing: number }> {
  const root = shadow(element);
  const frame = pixels(element);
  const screen = await captureScreen();
  const host = element.getBoundingClientRect();
  const scale = frame.width / host.width;
  const toolbar = root.querySelector<HTMLElement>('[part~="toolbar"]')!.getBoundingClientRect();
  const sheetTop = sheet.getBoundingClientRect().top;
  const buttons = [...root.querySelectorAll<HTMLElement>('[part~="hotspot"], [part~="cluster"]')]
    .filter((b) => !b.hidden && b.offsetParent !== null)
    .map((b) => b.getBoundingClientRect());
  let compared = 0;
  let differing = 0;
  for (let y = toolbar.bottom + 4; y < sheetTop - 30; y += 5) {
    for (let x = host.left + 2; x < host.right - 2; x += 5) {
      // Marker buttons, their rings and shadows are drawn over the canvas: not the frame.
      if (buttons.some((r) => x > r.left - 8 && x < r.right + 8 && y > r.top - 8 && y < r.bottom + 8)) continue;
      if (skip && x > skip.left - 30 && x < skip.right + 30 && y > skip.top - 30 && y < skip.bottom + 30) continue;
      const f = (Math.floor((y - host.top) * scale) * frame.width + Math.floor((x - host.left) * scale)) * 4;
      if (frame.data[f + 3] < 255) continue;
      const s = (Math.floor(y * devicePixelRatio) * screen.width + Math.floor(x * devicePixelRatio)) * 4;
      const d = Math.abs(frame.data[f] - screen.data[s]) + Math.abs(frame.data[f + 1] - screen.data[s + 1]) + Math.abs(frame.data[f + 2] - screen.data[s + 2]);
      compared++;
      if (d > 36) differing++;
    }
  }
  return { compared, differing };
}

describe('a phone with a point open shows the drawn body above the sheet', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    document.body.style.margin = '0';
  });

  after(async () => {
    cleanup();
    document.body.style.removeProperty('margin');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const size of [
    { width: 375, height: 812 },
    { width: 320, height: 640 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${size.width}x${size.height}, BL23 open: the screen above the sheet is the frame drawn`, async () => {
      await setViewport(size);
      const element = await mountLoaded({ selected: 'BL23' }, size);
      await element.updateComplete;
      await frames(4);
      const { compared, differing } = await differingAboveSheet(element);
      expect(compared, 'body pixels compared').to.be.greaterThan(300);
      expect(differing / compared, `${differing} of ${compared} body pixels not on screen`).to.be.lessThan(0.03);
      cleanup();
    });
  }

  it('at 375x812 with the point list open as a sheet (and the menu open): the screen above it is the frame drawn', async () => {
    await setViewport({ width: 375, height: 812 });
    const element = await mountLoaded({}, { width: 375, height: 812 });
    const root = shadow(element);
    root.querySelector<HTMLButtonElement>('.list-button')!.click();
    await element.updateComplete;
    await frames(4);
    const list = root.querySelector<HTMLElement>('[part~="point-list"]')!;
    let { compared, differing } = await differingAboveSheet(element, list);
    expect(compared, 'body pixels compared').to.be.greaterThan(300);
    expect(differing / compared, `list: ${differing} of ${compared} body pixels not on screen`).to.be.lessThan(0.03);
    // The menu is an opaque card over the view too (its own area is skipped: a button there is not the body).
    root.querySelector<HTMLButtonElement>('.more')!.click();
    await element.updateComplete;
    await frames(4);
    const menu = root.querySelector<HTMLElement>('.more-items')!.getBoundingClientRect();
    ({ compared, differing } = await differingAboveSheet(element, list, menu));
    expect(differing / compared, `menu: ${differing} of ${compared} body pixels not on screen`).to.be.lessThan(0.03);
    cleanup();
  });
});
