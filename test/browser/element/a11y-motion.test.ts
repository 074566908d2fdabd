import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { rendererStats } from '../../../src/index.js';
import { frames, hotspots, mountLoaded, until, wait } from '../helpers.js';
import { useA11yHooks } from '../support/a11y-checks.js';

describe('accessibility (WCAG 2.2 AA): reduced motion', () => {
  useA11yHooks();

  describe('reduced motion', () => {
    it('camera moves are instant and auto-rotate stays off; CSS transitions off', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await mountLoaded({ 'auto-rotate': true });
      await frames(3);
      const frameCount = rendererStats().framesDrawn;
      await wait(800);
      expect(rendererStats().framesDrawn, 'auto-rotate does not draw').to.equal(frameCount);
      element.setView('front');
      await element.updateComplete;
      await frames(2);
      expect(element.queryPoint('CV4')!.visible, 'front view at once').to.equal(true);
      expect(element.queryPoint('BL23', 'left')!.visible).to.equal(false);
      const marker = hotspots(element).find((button) => !button.hidden)!;
      expect(getComputedStyle(marker, '::before').transitionDuration).to.equal('0s');
    });

    it('the preference is followed live: auto-rotate stops when it is turned on', async () => {
      const element = await mountLoaded({ 'auto-rotate': true });
      const frameCount = rendererStats().framesDrawn;
      await until(() => rendererStats().framesDrawn > frameCount + 3, 'auto-rotate turning', 60000);
      await emulateMedia({ reducedMotion: 'reduce' });
      await frames(3);
      const stopped = rendererStats().framesDrawn;
      await wait(600);
      expect(rendererStats().framesDrawn).to.equal(stopped);
      // Instant: the camera is at the left view before any frame is drawn.
      element.setView('left');
      await element.updateComplete;
      expect(element.queryPoint('GB34', 'left')!.visible, 'outer left leg in view at once').to.equal(true);
      expect(element.queryPoint('GB34', 'right')!.visible, 'outer right leg hidden').to.equal(false);
    });

    it('without the preference, a view change is animated (the test above can fail)', async () => {
      const element = await mountLoaded();
      element.setView('front');
      await element.updateComplete;
      // Checked before any frame, so a slow machine cannot finish the move in between.
      expect(element.queryPoint('CV4')!.visible, 'the camera has not jumped to the front').to.equal(false);
      await until(() => element.queryPoint('CV4')!.visible, 'the camera reaching the front', 60000);
    });
  });
});
