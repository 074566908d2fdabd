/**
 * Field finding F6: when the 3D body cannot be loaded (a server that never answers, a
 * missing or broken file), the stage keeps the still picture of the body, dimmed, behind
 * its message, instead of going empty. No WebGL: test/browser/element/no-webgl.test.ts.
 */
import { expect } from '@esm-bundle/chai';
import { FETCH_TIMING } from '../../../src/net/fetch-file.js';
import { cleanup, mount, shadow } from '../helpers.js';
import { stubFetch, type FetchStub } from '../support/fetch-stub.js';
import { fileUrl, revokeFileUrls } from '../support/point-files.js';
import { expectDimmedStillPicture } from '../support/still-picture.js';
import { nextError } from '../support/waits.js';

describe('the 3D body cannot be loaded: the still picture stays behind the message', () => {
  let stub: FetchStub | null = null;

  afterEach(() => {
    stub?.restore();
    stub = null;
    FETCH_TIMING.stallMs = 30_000;
    cleanup();
    revokeFileUrls();
  });

  const cases: [string, () => string][] = [
    ['the model server never answers (timeout)', () => {
      FETCH_TIMING.stallMs = 600;
      stub = stubFetch({ hang: ['/hung-server/'] });
      return '/hung-server/body.glb';
    }],
    ['the model file is missing (404)', () => '/test/fixtures/no-such-body.glb'],
    ['the model file is not a usable glTF', () => fileUrl('glTF\u0002\u0000\u0000\u0000 not really a model', 'model/gltf-binary')],
  ];
  for (const [what, src] of cases) {
    it(what, async () => {
      const element = mount({ src: src() });
      await nextError(element, 'model');
      await element.updateComplete;
      expect(shadow(element).querySelector('.status')?.textContent).to.match(/could not be shown/);
      await expectDimmedStillPicture(element);
    });
  }
});
