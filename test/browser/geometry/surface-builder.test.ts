import { expect } from '@esm-bundle/chai';
import { buildSurface, lastSurfaceBuiltBy } from '../../../src/geometry/surface-builder.js';
import { cleanup, wait } from '../helpers.js';
import { clickAt, mountReady, settle } from '../mode-helpers.js';

/** A closed box of 12 triangles, 1 m a side, centred on the origin. */
function box(): { positions: Float32Array; indices: Uint32Array } {
  const positions = new Float32Array([
    -0.5, -0.5, -0.5, 0.5, -0.5, -0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5,
    -0.5, -0.5, 0.5, 0.5, -0.5, 0.5, 0.5, 0.5, 0.5, -0.5, 0.5, 0.5,
  ]);
  const indices = new Uint32Array([
    0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4,
    3, 7, 6, 3, 6, 2, 0, 4, 7, 0, 7, 3, 1, 2, 6, 1, 6, 5,
  ]);
  return { positions, indices };
}

/** Make `new Worker(...)` fail as a Content-Security-Policy without worker sources does. */
function blockWorkers(): () => void {
  const original = window.Worker;
  let attempts = 0;
  window.Worker = class {
    constructor() {
      attempts++;
      throw new DOMException('Refused to create a worker (test)', 'SecurityError');
    }
  } as unknown as typeof Worker;
  const restore = () => {
    window.Worker = original;
  };
  return Object.assign(restore, { attempts: () => attempts });
}

describe('building the skin index off the main thread', () => {
  afterEach(async () => {
    cleanup();
    await wait(0);
  });

  it('builds in a module worker, and the index answers rays', async () => {
    const { positions, indices } = box();
    const surface = await buildSurface(positions, indices);
    expect(lastSurfaceBuiltBy).to.equal('worker');
    const hit = surface.raycast({ x: 0, y: 0, z: 3 }, { x: 0, y: 0, z: -1 });
    expect(hit, 'a ray at the box hits it').to.not.equal(null);
    expect(hit!.distance).to.be.closeTo(2.5, 1e-6);
    expect(hit!.point.z).to.be.closeTo(0.5, 1e-6);
    expect(hit!.normal.z, 'outward normal').to.be.greaterThan(0.9);
    // The page keeps its arrays (the worker got copies).
    expect(positions.length).to.equal(24);
  });

  it('a mesh the builder rejects rejects with its message, from the worker', async () => {
    let message = '';
    await buildSurface(new Float32Array(9), new Uint32Array([0, 1, 7])).catch((error: Error) => (message = error.message));
    expect(message).to.match(/refers to vertex 7/);
  });

  it('with workers blocked, builds in slices: a widget still places, hides and picks points', async () => {
    const restore = blockWorkers();
    try {
      const element = await mountReady({ mode: 'student' }, { width: 600, height: 580 });
      expect(lastSurfaceBuiltBy).to.equal('slices');
      expect((restore as unknown as { attempts(): number }).attempts(), 'a worker was tried first').to.be.greaterThan(0);
      await settle();
      // Picking: a quiz answer clicked on the point lands on the skin there.
      const bl40 = element.queryPoint('BL40', 'right')!;
      expect(bl40.visible).to.equal(true);
      const answers: { code: string; errorCun: number | null }[] = [];
      element.addEventListener('quiz-answer', (event) => answers.push((event as CustomEvent).detail));
      element.startQuiz({ points: ['BL40'] });
      await element.updateComplete;
      await clickAt(element, bl40.x, bl40.y);
      await element.updateComplete;
      expect(answers).to.have.length(1);
      expect(answers[0].errorCun!, 'the click picked the skin at the point').to.be.below(0.5);
      element.stopQuiz();
      // Occlusion: from the subject's left, the right leg's lateral points are behind the left leg.
      element.setView('left');
      await settle();
      expect(element.queryPoint('GB34', 'right')!.visible).to.equal(false);
      expect(element.queryPoint('GB34', 'left')!.visible).to.equal(true);
    } finally {
      restore();
    }
  });
});
