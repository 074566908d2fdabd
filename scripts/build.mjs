// npm run build: dist/ for npm users (ESM + .d.ts, lit and three as dependencies) and for
// clinics (one self-contained ES module and its sibling chunks), with the default body model
// beside them. Each build is two stages: the entry (element, Lit, styles, shell, point
// content) defines the element at once; the 3D stage (three, the scene, placement, the BVH)
// is a chunk the entry imports with import() when a widget nears the viewport. Chunks are
// imported by relative URL, so dist/ works wherever it is copied.
import { build } from 'vite';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { glslCompact, threeFromSource } from './three-from-source.mjs';
import { cssCompact } from './css-compact.mjs';
import { htmlCompact } from './html-compact.mjs';
import { distModelUrls } from './dist-model-urls.mjs';
import { staticWorkerUrlsPlugin } from './static-worker-urls.mjs';
import { writeTypeEntries } from './framework-types.mjs';
import { schemaCompact } from './schema-compact.mjs';
import { threeShaderTrim } from './three-shader-trim.mjs';
import { threeNoXr } from './three-no-xr.mjs';
import { threeNoToJson, threeUnused } from './three-unused.mjs';
import { buildEmbed } from './build-embed.mjs';
import { meshoptOneBuild } from './meshopt-one-build.mjs';
import { dropPureMarks } from './drop-pure-marks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;

// The self-contained bundle carries lit, three and the meshopt decoder: their licences ask
// for the copyright notice to travel with the code (full texts: THIRD-PARTY-LICENSES.md).
// Each file names what it holds: Lit is in the entry, three in the 3D stage, the decoder in
// its own chunk.
const NOTICES = {
  lit: 'Lit (BSD-3-Clause, (c) 2017 Google LLC)',
  three: 'three.js (MIT, (c) 2010-2026 three.js authors)',
  meshopt: 'the meshoptimizer decoder (MIT, (c) 2016-2026 Arseny Kapoulkine)',
};

/** The licence line for one output chunk of the bundle, naming the libraries inside it. */
function bundledNotice(chunk) {
  const ids = Object.keys(chunk.modules ?? {});
  const held = Object.entries({
    lit: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/,
    three: /node_modules[\\/]three[\\/](?!examples)/,
    meshopt: /meshopt_decoder/,
  })
    .filter(([, pattern]) => ids.some((id) => pattern.test(id)))
    .map(([name]) => NOTICES[name]);
  const contains = held.length ? ` Contains ${held.join(', ')}: see THIRD-PARTY-LICENSES.md.` : '';
  return `/*! acupoint-map (MIT).${contains} */`;
}

/** Shared settings: the models are found beside the built file (see src/default-model.ts). */
function libraryConfig({ entry, fileName, chunkPrefix, external, minify, bundled = false }) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: bundled
      ? [dropPureMarks(), cssCompact(), htmlCompact(), schemaCompact(), distModelUrls(), staticWorkerUrlsPlugin(), glslCompact(), threeNoXr(), threeUnused(), threeNoToJson(), threeShaderTrim({ sourceDir: `${root}src` }), meshoptOneBuild()]
      : [cssCompact(), htmlCompact(), schemaCompact(), distModelUrls(), staticWorkerUrlsPlugin()],
    resolve: bundled ? { alias: [threeFromSource] } : {},
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
      lib: { entry: `${root}${entry}`, formats: ['es'], fileName: () => fileName },
      // The 3D stage and the meshopt decoder (loaded on first use) become sibling chunks.
      rollupOptions: {
        external,
        // Modules both stages use stay in the entry (it exports them to the 3D chunk) rather
        // than a third file the entry would have to fetch before it can run.
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: `${chunkPrefix}-[name]-[hash].js`, postBanner: bundled ? bundledNotice : undefined },
      },
    },
  };
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

// For npm: keep lit and three as imports so an app shares one copy of each.
await build(
  libraryConfig({
    entry: 'src/index.ts',
    fileName: 'acupoint-map.js',
    chunkPrefix: 'acupoint-map',
    external: [/^lit($|\/)/, /^three($|\/)/, /^@lit\//],
    minify: false,
  }),
);
// For a <script type="module"> on any page: everything inside the file and its chunks.
// terser, though slower, makes it ~12 KB gzipped smaller than the default oxc minifier;
// three from its source modules (three-from-source.mjs) another ~6 KB.
await build(
  libraryConfig({ entry: 'src/bundle.ts', fileName: 'acupoint-map.bundle.js', chunkPrefix: 'acupoint-map.bundle', external: [], minify: 'terser', bundled: true }),
);

// The models, and the still pictures shown until the 3D stage has drawn (npm run placeholder).
const MODEL_FILES = ['body.glb', 'body.quantized.glb', 'anatomy.glb'];
const PLACEHOLDERS = ['body-back.webp', 'body-front.webp', 'body-left.webp', 'body-right.webp'];
for (const file of [...MODEL_FILES, ...PLACEHOLDERS]) {
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
// The type entry points, React JSX and Vue component types from the manifest.
writeTypeEntries(dist, JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8')));
console.log('dist/ and custom-elements.json written');
