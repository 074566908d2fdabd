// What the benchmark's single-widget page downloads for acupoint-map (the scripts the
// budget row counts, each gzip -9), without the rest of npm run bench. For developers.
//
//   npm run build && npx tsx scripts/bench-downloads.ts
import { loadavg } from 'node:os';
import { launchBrowser, root } from './browser.js';
import { measureLoad } from './bench/measure.js';
import { allPages } from './bench/pages.js';
import { startStaticServer } from './bench/static-server.js';

const server = await startStaticServer({ '/dist/': `${root}dist/`, '/model-viewer/': `${root}node_modules/@google/model-viewer/dist/` }, allPages(root));
const browser = await launchBrowser();
try {
  const run = await measureLoad(browser, server.base, 'acupoint-map');
  let total = 0;
  for (const script of run.scripts) {
    total += script.gzipBytes;
    console.log(`${(script.gzipBytes / 1000).toFixed(1).padStart(7)} kB  ${script.url}`);
  }
  console.log(`${(total / 1000).toFixed(1).padStart(7)} kB in ${run.scripts.length} files; drawn at ${run.drawnAt.toFixed(0)} ms (load average ${loadavg()[0].toFixed(1)})`);
} finally {
  await browser.close();
  await server.close();
}
