/**
 * A practitioner showing a patient the back view expects the two sides of the body to look
 * alike: the markers and clusters on the left are the mirror image of those on the right
 * (the same points, grouped the same way), at a desktop's size and on a phone.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, frames, mountLoaded, shadow } from '../helpers.js';

interface Shown {
  /** The points it stands for, in alphabetical order, and how many markers. */
  what: string;
  /** Signed distance from the body's axis on screen, CSS px (negative: the figure's left in the back view). */
  offset: number;
}

/** Markers and clusters on screen, each with its points and its distance from the axis. */
function shown(element: AcupointMap, axis: number): Shown[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="hotspot"], [part~="cluster"]')]
    .filter((button) => !button.hidden && button.offsetParent !== null)
    .map((button) => {
      const r = button.getBoundingClientRect();
      const codes = (button.dataset.code ?? button.dataset.codes ?? '').split(' ').sort();
      return { what: `${codes.join('+')}×${button.dataset.count ?? 1}`, offset: r.left + r.width / 2 - axis };
    });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  describe(`mirror-image clusters in the back view at ${size.width}x${size.height}`, () => {
    before(async () => {
      await setViewport(size);
      await emulateMedia({ reducedMotion: 'reduce' });
      document.body.style.margin = '0';
    });

    after(async () => {
      cleanup();
      document.body.style.removeProperty('margin');
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('the left side shows the same points grouped the same way as the right', async () => {
      const element = await mountLoaded({}, size);
      element.setView('back');
      await element.updateComplete;
      await frames(3);
      // The figure stands on the widget's centre line in a preset view.
      const box = element.getBoundingClientRect();
      const axis = box.left + box.width / 2;
      const all = shown(element, axis);
      // Within a few px of the axis: midline points, or a cluster holding both sides.
      const left = all.filter((s) => s.offset < -3).map((s) => s.what).sort();
      const right = all.filter((s) => s.offset > 3).map((s) => s.what).sort();
      expect(left.length, 'markers on each side').to.be.greaterThan(5);
      expect(left, 'left side (as seen) vs right side').to.deep.equal(right);
    });
  });
}
