/**
 * The built files keep the two stages apart: the entry a page loads (and whatever it imports
 * statically) has no three.js; the 3D stage is a sibling chunk imported by relative URL, so
 * dist/ works wherever it is copied.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, requireDist } from '../support/dist-server.js';

const STATIC = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function read(file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

/** The entry and every file it imports statically, transitively. */
function firstStage(entry: string): string[] {
  const seen = [entry];
  for (let i = 0; i < seen.length; i++) {
    for (const [, specifier] of read(seen[i]).matchAll(STATIC)) {
      if (!specifier.startsWith('./')) continue;
      const file = specifier.slice(2);
      if (!seen.includes(file)) seen.push(file);
    }
  }
  return seen;
}

function dynamicChunks(file: string): string[] {
  return [...read(file).matchAll(DYNAMIC)].map(([, specifier]) => specifier);
}

test('the bundle: the first stage has no three.js; the 3D stage is a sibling chunk imported by relative URL', () => {
  requireDist();
  const stage1 = firstStage('acupoint-map.bundle.js');
  for (const file of stage1) assert.doesNotMatch(read(file), /WebGLRenderer|WebGL2RenderingContext/, `${file} holds three.js`);
  const chunks = stage1.flatMap(dynamicChunks);
  const stage3d = chunks.find((chunk) => /^\.\/acupoint-map\.bundle-stage-3d-[\w-]+\.js$/.test(chunk));
  assert.ok(stage3d, `the entry imports the 3D stage: ${chunks.join(', ')}`);
  assert.ok(existsSync(join(dist, stage3d)), `${stage3d} is beside the bundle`);
  assert.match(read(stage3d), /WebGLRenderer/, 'three.js is in the 3D stage');
});

test('the npm build: the entry imports lit, not three; its 3D chunk imports three', () => {
  requireDist();
  const entry = read('acupoint-map.js');
  const imports = [...entry.matchAll(STATIC)].map(([, specifier]) => specifier);
  assert.ok(imports.some((specifier) => specifier === 'lit' || specifier.startsWith('lit/')), `the entry imports lit: ${imports.join(', ')}`);
  assert.ok(!imports.some((specifier) => specifier === 'three' || specifier.startsWith('three/')), `the entry imports three: ${imports.join(', ')}`);
  const stage3d = dynamicChunks('acupoint-map.js').find((chunk) => chunk.includes('stage-3d'));
  assert.ok(stage3d && existsSync(join(dist, stage3d)), 'the 3D chunk is beside the entry');
  assert.match(read(stage3d), /from\s*["']three["']/, 'the 3D chunk imports three');
});

test('a 3D chunk that cannot be fetched: the widget says so, fires error, and the list works', { timeout: 300_000 }, async () => {
  requireDist();
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, chromiumPath } = await import('../../../scripts/browser.js');
  const { serveDist } = await import('../support/dist-server.js');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<style>acupoint-map { display: block; height: 600px; }</style>
<script type="module" src="/acupoint-map.bundle.js"></script></head>
<body><acupoint-map loading="eager"></acupoint-map>
<script>window.__errors = []; document.querySelector('acupoint-map').addEventListener('error', (e) => window.__errors.push(e.detail));</script>
</body></html>`;
  const served = await serveDist({ headers: {}, html, files: {} });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    // The 3D stage's chunk is missing (a partial upload of dist/).
    await page.route(/acupoint-map\.bundle-stage-3d-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${served.base}/`);
    await page.waitForFunction(() => (window as unknown as { __errors: unknown[] }).__errors.length > 0, null, { timeout: 120_000 });
    const state = await page.evaluate(() => {
      const root = document.querySelector('acupoint-map')!.shadowRoot!;
      return {
        errors: (window as unknown as { __errors: { type: string; message: string }[] }).__errors,
        notice: root.querySelector('[part~="notice"]')?.textContent ?? '',
        listHidden: (root.querySelector('[part~="point-list"]') as HTMLElement).hidden,
        listButtons: root.querySelectorAll('[part~="point-list"] button').length,
      };
    });
    assert.equal(state.errors[0].type, 'model');
    assert.match(state.errors[0].message, /could not be loaded/);
    assert.match(state.notice, /could not be loaded/);
    assert.equal(state.listHidden, false, 'the list is open');
    assert.ok(state.listButtons > 10, 'the list has the points');
  } finally {
    await browser.close();
    served.close();
  }
});
