// dist/embed.html for sites that can only take an iframe: the page, its stylesheet and its
// one small script (dist/embed.js), which loads the widget's bundle from beside itself.
// Called by build.mjs after the bundle is written; everything is found relative to the
// page, so dist/ still works wherever it is copied.
import { build } from 'vite';
import { copyFile, readFile } from 'node:fs/promises';

/** The widget module embed.html loads: it must sit beside the page in dist/. */
const WIDGET = 'acupoint-map.bundle.js';

export async function buildEmbed(root, dist) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: 'terser',
      sourcemap: false,
      lib: { entry: `${root}src/embed/embed-page.ts`, formats: ['es'], fileName: () => 'embed.js' },
      // The widget is loaded at run time from beside the page, never bundled in.
      rollupOptions: { external: [`./${WIDGET}`], output: { codeSplitting: false } },
    },
  });
  for (const file of ['embed.html', 'embed.css']) await copyFile(`${root}src/embed/${file}`, `${dist}${file}`);
  const script = await readFile(`${dist}embed.js`, 'utf8');
  if (!script.includes(`./${WIDGET}`)) throw new Error(`dist/embed.js does not load ./${WIDGET}`);
}
