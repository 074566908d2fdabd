/**
 * Two stages: what a page loads with the entry (src/index.ts) defines the element and shows
 * the list and panels, and never loads three.js; three, the scene, placement and the BVH
 * come with the second stage, behind an `import()`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN_UI_3D } from '../../../src/i18n/ui/en-3d.js';
import { EN_UI_HANDOUT } from '../../../src/i18n/ui/en-handout.js';
import { EN_UI_DEPTH } from '../../../src/i18n/ui/en-depth.js';
import { importsOf, root, staticClosure } from '../support/import-graph.js';
import { stripComments } from '../support/strip-comments.js';

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

/**
 * Every module a page can run before `chunk` arrives: what the entry loads, and what it and
 * they fetch with import() (a language, the evidence, the 3D stage, the handout, a points
 * file), except `chunk` and what only it fetches.
 */
function before(chunk: string, entry = 'src/index.ts'): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue = [entry];
  for (let i = 0; i < queue.length; i++) {
    for (const [module, path] of staticClosure(queue[i])) {
      if (reached.has(module)) continue;
      reached.set(module, path);
      if (!module.endsWith('.ts')) continue;
      for (const edge of importsOf(module)) {
        if (edge.dynamic && edge.target !== chunk && !queue.includes(edge.target)) queue.push(edge.target);
      }
    }
  }
  return reached;
}

/** The interface-string keys a module's code names: as a string, a plural's base, or a `prefix.${…}` key built in a t() call. */
function keysNamedIn(module: string, keys: readonly string[]): string[] {
  const code = stripComments(readFileSync(join(root, module), 'utf8'));
  const strings = new Set([...code.matchAll(/(['"`])([\w.-]+)\1/g)].map((match) => match[2]));
  const prefixes = [...code.matchAll(/\.(?:t|plural|has)\(\s*`([\w.-]*)\$\{/g)].map((match) => match[1]);
  return keys.filter((key) => strings.has(key) || strings.has(key.replace(/\.(one|other)$/, '')) || prefixes.some((prefix) => key.startsWith(prefix)));
}

/** The English words that come with a later chunk (load3dStage, ModeController and DepthController add them on arrival). */
const LATER_WORDS = [
  { chunk: 'src/element/stage-3d.ts', part: 'src/i18n/ui/en-3d.ts', keys: Object.keys(EN_UI_3D) },
  { chunk: 'src/element/plan-handout.ts', part: 'src/i18n/ui/en-handout.ts', keys: Object.keys(EN_UI_HANDOUT) },
  { chunk: 'src/element/depth-panel.ts', part: 'src/i18n/ui/en-depth.ts', keys: Object.keys(EN_UI_DEPTH) },
];

for (const { chunk, part, keys } of LATER_WORDS) {
  test(`nothing that can run before ${chunk} arrives shows the words that come with it (${part})`, () => {
    const earlier = before(chunk);
    assert.ok(earlier.has('src/acupoint-map.ts') && earlier.has('src/i18n/locales/de.ts'), 'the entry and the chunks it fetches are included');
    assert.ok(!earlier.has(chunk), `${chunk} is not`);
    const leaks = [...earlier.keys()]
      // The string tables themselves: every translation holds every key.
      .filter((module) => module.startsWith('src/') && !module.startsWith('src/i18n/ui/'))
      .flatMap((module) => keysNamedIn(module, keys).map((key) => `${module}: ${key}`));
    assert.deepEqual(leaks, []);
  });
}

test('the check sees keys where the later chunks name them', () => {
  const stageKeys = Object.keys(EN_UI_3D);
  assert.ok(keysNamedIn('src/element/marker-label.ts', stageKeys).includes('marker.side.left'), 'a key built in t()');
  assert.ok(keysNamedIn('src/element/cluster-layer.ts', stageKeys).includes('cluster.planPoints.one'), 'a plural base');
  assert.ok(keysNamedIn('src/element/print-handout.ts', Object.keys(EN_UI_HANDOUT)).includes('handout.footer'), 'a key as a string');
  assert.ok(before('src/element/plan-handout.ts').has('src/element/quiz-controller.ts'), 'the 3D stage can run before the handout arrives');
});
