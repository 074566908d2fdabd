import { expect } from '@esm-bundle/chai';
import type { AcupointMap } from '../../../src/index.js';
import { frames, until } from '../helpers.js';
import { captureScreen } from './screen.js';

/**
 * When the 3D cannot be shown, the still picture of the body stays behind the stage's
 * message, dimmed: loaded, in the stage, and on screen (the page's pixels change when it
 * is hidden, so nothing opaque covers it).
 */
export async function expectDimmedStillPicture(element: AcupointMap): Promise<void> {
  const picture = () => element.shadowRoot!.querySelector<HTMLImageElement>('[part~="stage"] img.placeholder');
  await until(() => !!picture()?.complete && picture()!.naturalWidth > 0, 'the still picture, loaded', 30000);
  const image = picture()!;
  expect(image.classList.contains('unavailable'), 'marked as the picture of a 3D view that is not there').to.equal(true);
  const style = getComputedStyle(image);
  expect(style.display).to.not.equal('none');
  expect(style.visibility).to.equal('visible');
  const opacity = Number(style.opacity);
  expect(opacity, 'dimmed, not gone').to.be.within(0.2, 0.8);
  const box = image.getBoundingClientRect();
  expect(box.width * box.height, 'as large as the stage').to.be.greaterThan(0.5 * element.clientWidth * element.clientHeight);
  await frames(2);
  const shown = await captureScreen();
  image.style.visibility = 'hidden';
  await frames(2);
  const hidden = await captureScreen();
  image.style.visibility = '';
  let differing = 0;
  for (let i = 0; i < shown.data.length; i += 4) {
    if (Math.abs(shown.data[i] - hidden.data[i]) + Math.abs(shown.data[i + 1] - hidden.data[i + 1]) + Math.abs(shown.data[i + 2] - hidden.data[i + 2]) > 12) differing++;
  }
  // The figure covers a few per cent of a 640 × 520 widget (some of it under the list).
  expect(differing, 'pixels of the body on screen').to.be.greaterThan(3000);
}
