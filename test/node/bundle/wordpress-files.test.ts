/** Which files of dist/ go into the WordPress plugin: the bundle and everything it loads, found in its code. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueJson, widgetFiles } from '../../../scripts/build-wordpress.js';

test('the bundle, its chunks (and theirs), the models and licences; never the npm build, maps, types or the iframe page', () => {
  const dist = mkdtempSync(join(tmpdir(), 'acupoint-dist-'));
  try {
    const files: Record<string, string> = {
      'acupoint-map.bundle.js': 'const s=()=>import("./acupoint-map.bundle-stage-3d-AbC.js");new URL(`bvh-worker-x1.js`,import.meta.url);new Worker(new URL("assets/surface-worker-W.js",import.meta.url));//# sourceMappingURL=acupoint-map.bundle.js.map',
      'assets/surface-worker-W.js': 'import("./helper-H.js")',
      'assets/helper-H.js': '',
      'assets/surface-worker-W.js.map': '{}',
      'assets/npm-worker-N.js': '',
      'acupoint-map.bundle-stage-3d-AbC.js': "import('./acupoint-map.bundle-meshopt-Zz.js')",
      'acupoint-map.bundle-meshopt-Zz.js': 'export{}',
      'bvh-worker-x1.js': 'self.onmessage=()=>{}',
      'acupoint-map.bundle-unused-Q.js': 'export{}',
      'acupoint-map.js': 'import "lit";import("./acupoint-map-stage-3d-D.js")',
      'acupoint-map-stage-3d-D.js': 'import "three"',
      'acupoint-map.bundle.js.map': '{}',
      'body.glb': '',
      'body.quantized.glb': '',
      'THIRD-PARTY-LICENSES.md': '',
      'embed.html': '<script src="./embed.js">',
      'embed.js': 'import("./acupoint-map.bundle.js")',
      'points.schema.json': '{}',
    };
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, 'types'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
    writeFileSync(join(dist, 'types/index.d.ts'), '');
    assert.deepEqual(widgetFiles(dist), [
      'THIRD-PARTY-LICENSES.md',
      'acupoint-map.bundle-meshopt-Zz.js',
      'acupoint-map.bundle-stage-3d-AbC.js',
      'acupoint-map.bundle.js',
      'assets/helper-H.js',
      'assets/surface-worker-W.js',
      'body.glb',
      'body.quantized.glb',
      'bvh-worker-x1.js',
    ]);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test("the plugin's catalogue.json lists the widget's own modes, views, protocols and points", () => {
  const catalogue = JSON.parse(catalogueJson());
  assert.deepEqual(catalogue.modes, ['patient', 'practitioner', 'student']);
  assert.ok(catalogue.protocols.some((p: { id: string }) => p.id === 'chronic-nonspecific'));
  assert.ok(catalogue.points.some((p: { code: string; name: string }) => p.code === 'BL23' && p.name === 'Kidney Shu'));
});
