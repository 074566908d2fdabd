// The npm package as published (npm pack's file list): what an app's bundler and its
// TypeScript see. Runs on the built dist/ (npm test builds it first when stale).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The files `npm publish` would ship, relative to the package root. */
const packed: Set<string> = (() => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  return new Set((JSON.parse(output)[0].files as { path: string }[]).map((file) => file.path));
})();

function exportTargets(): string[] {
  const targets: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  return [...new Set([...targets, pkg.types, pkg.module])].map((target) => normalize(target));
}

test('every export, the types and the module are files in the package', () => {
  const missing = exportTargets().filter((target) => !packed.has(target));
  assert.deepEqual(missing, []);
  for (const [subpath, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
    if (typeof target === 'object' && target !== null) {
      assert.equal(Object.keys(target)[0], 'types', `${subpath}: "types" must come first`);
    }
  }
  for (const subpath of ['.', './bundle', './react', './vue']) {
    assert.ok((pkg.exports[subpath] as { types?: string }).types, `${subpath} has types`);
  }
});

test('repository, homepage and bugs say where the project lives', () => {
  assert.match(pkg.repository?.url ?? '', /^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
  assert.match(pkg.homepage ?? '', /^https:\/\//);
  assert.match(pkg.bugs?.url ?? '', /^https:\/\//);
});

test('README links and images are absolute, so they work on the registry page too', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const relativeTargets = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)|<img[^>]+src="([^"]+)"/g)]
    .map((match) => match[1] ?? match[2])
    .filter((target) => !/^(https?:|mailto:|#)/.test(target));
  assert.deepEqual(relativeTargets, [], 'use https://github.com/.../blob/main/<path> for pages and raw.githubusercontent.com for images');
});

test('custom-elements.json names modules that are in the package', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  assert.ok(packed.has('custom-elements.json'));
  const paths = new Set<string>();
  for (const module of manifest.modules) {
    paths.add(module.path);
    for (const exported of module.exports ?? []) if (exported.declaration?.module) paths.add(exported.declaration.module);
  }
  const missing = [...paths].map((path) => normalize(path.replace(/^\//, ''))).filter((path) => !packed.has(path));
  assert.deepEqual(missing, []);
});

test('every source map the JavaScript names is shipped beside it', () => {
  const scripts = [...packed].filter((file) => file.endsWith('.js'));
  assert.ok(scripts.length >= 2);
  for (const script of scripts) {
    const text = readFileSync(join(root, script), 'utf8');
    for (const [, map] of text.matchAll(/\/\/# sourceMappingURL=(\S+)/g)) {
      const target = normalize(join(dirname(script), map));
      assert.ok(packed.has(target), `${script} names ${map}, which is not in the package`);
      const parsed = JSON.parse(readFileSync(join(root, target), 'utf8'));
      // Sources are inside the map: src/ itself is not published.
      assert.equal(parsed.sourcesContent?.length, parsed.sources.length, `${target} carries its sources`);
    }
  }
});

/** The shipped JavaScript of each build (entry and chunks), file by file. */
function builtModules(): Map<string, string[]> {
  const files = [...packed].filter((file) => /^dist\/[^/]+\.js$/.test(file) && !/^dist\/(react|vue|embed)\.js$/.test(file));
  return new Map([
    ['npm build', files.filter((file) => /^dist\/acupoint-map(-[^.]+)?\.js$/.test(file))],
    ['bundle', files.filter((file) => file.startsWith('dist/acupoint-map.bundle'))],
  ]);
}

test('the built modules name the models with a static new URL(literal, import.meta.url), for app bundlers', () => {
  for (const [build, files] of builtModules()) {
    assert.ok(files.length >= 1, build);
    const all = files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    for (const model of ['body.glb', 'body.quantized.glb']) {
      assert.match(all, new RegExp(`new URL\\(\\s*["']\\./${model.replace('.', '\\.')}["']\\s*,\\s*import\\.meta\\.url\\s*\\)`), `${build}: ${model}`);
      assert.ok(packed.has(`dist/${model}`), `dist/${model} is shipped beside it`);
    }
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      // Any other model or picture is named the same way, and none by its source path.
      assert.doesNotMatch(text, /["'`][^"'`\n]*models\/[^"'`\n]*\.(glb|webp)/, `${file} names a model by its place in the source tree`);
      for (const [, model] of text.matchAll(/["'`]([\w./-]*\.(?:glb|webp))["'`]/g)) {
        assert.match(model, /^\.\/[\w.-]+\.(glb|webp)$/, `${file}: ${model}`);
        assert.ok(packed.has(`dist/${model.slice(2)}`), `dist/${model.slice(2)} is shipped`);
      }
    }
  }
});

test('workers are started with a static new Worker(new URL(literal, import.meta.url)), for app bundlers', () => {
  let workers = 0;
  for (const [, files] of builtModules()) {
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      assert.doesNotMatch(text, /\/\*\s*@vite-ignore\s*\*\//, `${file}: an app's Vite would skip this URL`);
      // Workers made from a URL (the meshopt decoder makes its own from a blob).
      for (const [, url] of text.matchAll(/new Worker\(\s*(new URL\((?:[^()]|\([^()]*\))*\))/g)) {
        workers++;
        const literal = /^new URL\(\s*["'](\.\/[\w./-]+\.js)["']\s*,\s*import\.meta\.url\s*\)$/.exec(url);
        assert.ok(literal, `${file}: new Worker(${url})`);
        assert.ok(packed.has(normalize(join('dist', literal[1]))), `${literal[1]} is shipped`);
      }
    }
  }
  assert.ok(workers >= 2, 'the surface worker, in both builds');
});

/**
 * The declaration files reachable from a types entry, and the packages they import. With
 * skipLibCheck off an app type-checks all of them, so each package must be one the app
 * has: our dependencies that ship types (lit), or the framework the entry is for.
 */
function declarationImports(entry: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  const seen = new Set<string>();
  const stack = [normalize(entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    assert.ok(packed.has(file), `${file} (reached from ${entry}) is in the package`);
    // Comments out first: the generated files' doc comments show example imports.
    const text = readFileSync(join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, specifier] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
      if (specifier.startsWith('.')) {
        const target = normalize(join(dirname(file), specifier.replace(/\.js$/, '.d.ts')));
        stack.push(existsSync(join(root, target)) ? target : normalize(join(dirname(file), specifier)));
      } else {
        imports.set(specifier, [...(imports.get(specifier) ?? []), relative('.', file)]);
      }
    }
  }
  return imports;
}

for (const [entry, allowed] of [
  ['dist/acupoint-map.d.ts', ['lit']],
  ['dist/acupoint-map.bundle.d.ts', ['lit']],
  ['dist/react.d.ts', ['lit', 'react']],
  ['dist/vue.d.ts', ['lit', 'vue']],
] as const) {
  test(`${entry} needs no types the app lacks (only ${allowed.join(', ')}; never three)`, () => {
    const imports = declarationImports(entry);
    const foreign = [...imports].filter(([specifier]) => !(allowed as readonly string[]).includes(specifier));
    assert.deepEqual(Object.fromEntries(foreign), {});
  });
}
