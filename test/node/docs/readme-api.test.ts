// The README's API section is generated from custom-elements.json, which the analyzer makes
// from the JSDoc in src/acupoint-map.ts. This fails when one changed without the other:
// run `npm run docs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentApiSection, renderApi, replaceApiSection, type Manifest } from '../../../scripts/readme-api.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

interface Element {
  tagName: string;
  attributes?: { name: string }[];
  members?: { kind: string; name: string; privacy?: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}

/** A fresh manifest from the current source, written to a scratch directory. */
function analyzeSource(): Manifest {
  // The analyzer takes --outdir relative to the project root.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const outdir = mkdtempSync(join(root, '.tmp', 'cem-'));
  try {
    const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    execFileSync(process.execPath, [cli, 'analyze', '--quiet', '--outdir', relative(root, outdir)], { cwd: root, stdio: 'pipe' });
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const manifest = analyzeSource();
const element = manifest
  .modules!.flatMap((module) => (module.declarations ?? []) as Element[])
  .find((declaration) => declaration.tagName === 'acupoint-map');

test('the manifest describes <acupoint-map> with its public API only', () => {
  assert.ok(element, 'no <acupoint-map> declaration in the manifest');
  const attributes = element.attributes!.map((a) => a.name);
  for (const name of ['src', 'points-src', 'selected', 'view', 'loading', 'auto-rotate', 'mode']) {
    assert.ok(attributes.includes(name), `attribute ${name} missing`);
  }
  assert.ok(!attributes.some((name) => name.startsWith('_')), `internal state leaked: ${attributes.join(', ')}`);
  const members = element.members!;
  assert.ok(!members.some((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('_')));
  for (const method of ['select', 'clearSelection', 'setView', 'pointPosition', 'landmarkPosition', 'queryPoint']) {
    assert.ok(members.some((m) => m.kind === 'method' && m.name === method), `method ${method} missing`);
  }
  const events = element.events!.map((e) => e.name);
  for (const name of ['point-select', 'load', 'error']) assert.ok(events.includes(name), `event ${name} missing`);
  assert.ok(element.cssParts!.some((p) => p.name === 'hotspot'));
  assert.ok(element.cssProperties!.some((p) => p.name === '--acupoint-accent'));
  assert.ok(element.slots!.some((s) => s.name === 'cta'));
});

test('every documented name appears in the generated API section', () => {
  const api = renderApi(manifest);
  const names = [
    ...element!.attributes!.map((a) => a.name),
    ...element!.members!.map((m) => m.name),
    ...element!.events!.map((e) => e.name),
    ...element!.cssParts!.map((p) => p.name),
    ...element!.cssProperties!.map((p) => p.name),
    ...element!.slots!.map((s) => s.name),
  ];
  for (const name of names) assert.ok(api.includes(`\`${name}`), `${name} is not in the generated section`);
  // Union types stay inside their table cell.
  assert.ok(api.includes("`'lazy' \\| 'eager'`"));
});

test('README.md API section is up to date with the JSDoc (else: npm run docs)', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const current = currentApiSection(readme);
  assert.ok(current !== null, 'README.md has no <!-- api:start --> / <!-- api:end --> markers');
  assert.equal(current, renderApi(manifest).trim(), 'README.md API section is stale: run `npm run docs`');
});

test('replacing the section keeps the rest of the README and needs both markers', () => {
  const readme = 'intro\n<!-- api:start -->\nold\n<!-- api:end -->\noutro\n';
  const replaced = replaceApiSection(readme, 'new');
  assert.equal(replaced, 'intro\n<!-- api:start -->\nnew\n<!-- api:end -->\noutro\n');
  assert.equal(currentApiSection(replaced), 'new');
  assert.throws(() => replaceApiSection('no markers here', 'new'), /markers/);
});
