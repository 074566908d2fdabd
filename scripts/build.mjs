// npm run build: dist/ for npm users (ESM + .d.ts, lit and three as dependencies) and for
// clinics (one self-contained ES module), with the default body model beside them.
import { build } from 'vite';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { glslCompact, threeFromSource } from './three-from-source.mjs';
import { cssCompact } from './css-compact.mjs';
import { threeShaderTrim } from './three-shader-trim.mjs';
import { buildEmbed } from './build-embed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;

// The self-contained bundle carries lit, three and the meshopt decoder: their licences ask
// for the copyright notice to travel with the code (full texts: THIRD-PARTY-LICENSES.md).
const bundledNotice = `/*! acupoint-map (MIT). Contains three.js (MIT, (c) 2010-2026 three.js authors), Lit (BSD-3-Clause, (c) 2017 Google LLC) and the meshoptimizer decoder (MIT, (c) 2016-2026 Arseny Kapoulkine): see THIRD-PARTY-LICENSES.md. */`;

/** Shared settings: the model is found beside the built file (see src/default-model.ts). */
function libraryConfig({ fileName, external, minify, bundled = false }) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: bundled ? [cssCompact(), glslCompact(), threeShaderTrim({ sourceDir: `${root}src` })] : [cssCompact()],
    resolve: bundled ? { alias: [threeFromSource] } : {},
    define: { __ACUPOINT_MODEL_DIR__: JSON.stringify('./') },
    // Relative: the surface worker (and any other emitted file) is found beside the entry
    // through import.meta.url, wherever dist/ is copied to.
    base: './',
    worker: { format: 'es' },
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify,
      // Two passes and no kept comments (three's /*@__PURE__*/ marks): about 1.4 KB gzipped.
      terserOptions: { ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } },
      sourcemap: true,
      license: bundled ? { fileName: 'THIRD-PARTY-LICENSES.md' } : false,
      lib: { entry: `${root}src/index.ts`, formats: ['es'], fileName: () => fileName },
      // One file: the lazily imported meshopt decoder stays inside, evaluated on first use.
      rollupOptions: { external, output: { codeSplitting: false, postBanner: bundled ? bundledNotice : undefined } },
    },
  };
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

// For npm: keep lit and three as imports so an app shares one copy of each.
await build(
  libraryConfig({ fileName: 'acupoint-map.js', external: [/^lit($|\/)/, /^three($|\/)/, /^@lit\//], minify: false }),
);
// For a <script type="module"> on any page: everything inside one file. terser, though
// slower, makes this file ~12 KB gzipped smaller than the default oxc minifier; three from
// its source modules (three-from-source.mjs) another ~6 KB.
await build(libraryConfig({ fileName: 'acupoint-map.bundle.js', external: [], minify: 'terser', bundled: true }));

for (const file of ['body.glb', 'body.quantized.glb', 'anatomy.glb']) {
  await copyFile(`${root}models/${file}`, `${dist}${file}`);
}
await copyFile(`${root}src/catalogue/points.schema.json`, `${dist}points.schema.json`);
// dist/embed.html and its script, for sites that take an iframe but no script tag.
await buildEmbed(root, dist);

// Type declarations for npm users.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

// custom-elements.json from the JSDoc, and the README's API section from it.
execFileSync('npx', ['cem', 'analyze', '--quiet'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [`${root}scripts/readme-api.mjs`], { cwd: root, stdio: 'inherit' });
console.log('dist/ and custom-elements.json written');
