/**
 * The layers keep to their side: the element (src/acupoint-map.ts and src/element/) reaches
 * the 3D view only through the BodyView façade, the scene knows nothing of Lit, geometry and
 * the catalogue know nothing of the widget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importsOf, sourceFiles } from '../support/import-graph.js';

/** The façade module and its types module: all of src/scene the element may import. */
const FACADE = new Set(['src/scene/body-view.ts', 'src/scene/body-view-types.ts']);
const elementFiles = ['src/acupoint-map.ts', ...sourceFiles('src/element')];

function offending(files: string[], bad: (target: string) => boolean): string[] {
  return files.flatMap((file) => importsOf(file).filter((edge) => bad(edge.target)).map((edge) => `${file} -> ${edge.target}`));
}

test('the import reader sees imports of every kind (else the checks below prove nothing)', () => {
  const element = importsOf('src/acupoint-map.ts');
  assert.ok(element.some((edge) => edge.target === 'lit' && !edge.typeOnly), 'a value import from lit');
  assert.ok(element.some((edge) => edge.target === 'src/element/store.ts'), 'a relative import');
  const stage = importsOf('src/element/stage-3d.ts');
  assert.ok(stage.some((edge) => edge.target === 'src/scene/body-view.ts'), 'the façade');
  const loader = importsOf('src/element/load-3d-stage.ts');
  assert.ok(loader.some((edge) => edge.target === 'src/element/stage-3d.ts' && edge.dynamic), 'a dynamic import');
  const mode = importsOf('src/element/mode-controller.ts');
  assert.ok(mode.some((edge) => edge.target === 'src/catalogue/types.ts' && edge.typeOnly), 'a type-only import');
});

test('the element imports nothing of src/scene but the BodyView façade and its types, and never three', () => {
  const bad = offending(elementFiles, (target) => target === 'three' || (target.startsWith('src/scene/') && !FACADE.has(target)));
  assert.deepEqual(bad, []);
});

test('the scene layer knows nothing of Lit or the element', () => {
  const bad = offending(sourceFiles('src/scene'), (target) => target === 'lit' || target.startsWith('@lit') || target.startsWith('src/element/') || target === 'src/acupoint-map.ts');
  assert.deepEqual(bad, []);
});

test('geometry imports nothing of the catalogue, and neither imports the widget, three or Lit', () => {
  const widget = (target: string) =>
    target === 'three' || target === 'lit' || target.startsWith('src/scene/') || target.startsWith('src/element/') || target === 'src/acupoint-map.ts';
  assert.deepEqual(offending(sourceFiles('src/geometry'), (target) => widget(target) || target.startsWith('src/catalogue/')), []);
  assert.deepEqual(offending(sourceFiles('src/catalogue'), widget), []);
});
