/**
 * Two stages: what a page loads with the entry (src/index.ts) defines the element and shows
 * the list and panels, and never loads three.js; three, the scene, placement and the BVH
 * come with the second stage, behind an `import()`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importsOf, staticClosure } from '../support/import-graph.js';

/** What of src/scene the first stage may load: plain data and types, no three. */
const THREE_FREE_SCENE = new Set(['src/scene/body-view-types.ts', 'src/scene/renderer-stats.ts']);

/** Modules only the 3D view needs: loading any of them in the first stage would drag it in. */
function secondStageOnly(module: string): boolean {
  return (
    module === 'three' ||
    (module.startsWith('src/scene/') && !THREE_FREE_SCENE.has(module)) ||
    module.startsWith('src/geometry/triangle') ||
    module === 'src/geometry/bvh.ts' ||
    module === 'src/geometry/surface-index.ts' ||
    module === 'src/catalogue/place.ts'
  );
}

test('nothing the entry loads before the 3D stage imports three, the scene, placement or the BVH', () => {
  const firstStage = staticClosure('src/index.ts');
  assert.ok(firstStage.has('lit') && firstStage.has('src/acupoint-map.ts'), 'the first stage holds the element and Lit');
  const leaks = [...firstStage].filter(([module]) => secondStageOnly(module)).map(([, chain]) => chain.join(' -> '));
  assert.deepEqual(leaks, []);
});

test('the 3D stage is one import() away, and it does bring three and the scene', () => {
  const dynamic = importsOf('src/element/load-3d-stage.ts').filter((edge) => edge.dynamic);
  assert.deepEqual(dynamic.map((edge) => edge.target), ['src/element/stage-3d.ts']);
  const secondStage = staticClosure('src/element/stage-3d.ts');
  for (const module of ['three', 'src/scene/body-view.ts', 'src/geometry/triangle-surface.ts', 'src/catalogue/place.ts']) {
    assert.ok(secondStage.has(module), `the second stage loads ${module}`);
  }
});

test('the BVH builder is the worker\'s: the 3D stage fetches it only to build without a worker', () => {
  const secondStage = staticClosure('src/element/stage-3d.ts');
  for (const module of ['src/geometry/bvh.ts', 'src/geometry/surface-index.ts']) {
    assert.ok(!secondStage.has(module), `the second stage does not load ${module} itself: ${secondStage.get(module)?.join(' -> ')}`);
  }
  assert.ok(staticClosure('src/geometry/surface-worker.ts').has('src/geometry/bvh.ts'), 'the worker builds the BVH');
  const fallback = importsOf('src/geometry/surface-builder.ts').filter((edge) => edge.dynamic);
  assert.deepEqual(fallback.map((edge) => edge.target), ['src/geometry/surface-index.ts']);
});
