// Where Lighthouse's total blocking time comes from on the benchmark's clinic page: one
// Lighthouse run (mobile preset, as in npm run bench) and its long tasks (start, duration
// as Lighthouse counts them, the script they are attributed to) with the main-thread time
// by category and by script. For developers, not CI.
//
//   npm run build && npx tsx scripts/lighthouse-tasks.ts [acupoint-map|model-viewer]
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { loadavg } from 'node:os';
import { chromiumArgs, chromiumPath, root } from './browser.js';
import { allPages } from './bench/pages.js';
import { startStaticServer } from './bench/static-server.js';

const id = process.argv[2] ?? 'acupoint-map';
const server = await startStaticServer(
  { '/dist/': `${root}dist/`, '/model-viewer/': `${root}node_modules/@google/model-viewer/dist/` },
  allPages(root),
);
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs] });
try {
  const result = await lighthouse(`${server.base}/bench/${id}/clinic.html`, {
    port: chrome.port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance'],
    maxWaitForLoad: 120_000,
  });
  const { lhr } = result!;
  const audit = (name: string) => lhr.audits[name];
  const value = (name: string) => audit(name)?.numericValue?.toFixed(0);
  console.log(
    `${id}: performance ${Math.round((lhr.categories.performance.score ?? 0) * 100)}, TBT ${value('total-blocking-time')} ms, ` +
      `FCP ${value('first-contentful-paint')}, LCP ${value('largest-contentful-paint')}, SI ${value('speed-index')}, TTI ${value('interactive')} ` +
      `(load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`,
  );
  const short = (url: string) => String(url).split('/').pop();
  type Item = Record<string, unknown>;
  const items = (name: string) => ((audit(name)?.details as { items?: Item[] })?.items ?? []);
  console.log('long tasks (as simulated):');
  for (const item of items('long-tasks')) console.log(`  at ${Number(item.startTime).toFixed(0)} ms, ${Number(item.duration).toFixed(0)} ms  ${short(String(item.url))}`);
  console.log('main-thread work by category:');
  for (const item of items('mainthread-work-breakdown')) console.log(`  ${Number(item.duration).toFixed(0).padStart(6)} ms  ${item.groupLabel}`);
  console.log('script boot-up (total, scripting, parse+compile):');
  for (const item of items('bootup-time')) console.log(`  ${Number(item.total).toFixed(0).padStart(6)} ${Number(item.scripting).toFixed(0).padStart(6)} ${Number(item.scriptParseCompile).toFixed(0).padStart(6)}  ${short(String(item.url))}`);
} finally {
  chrome.kill();
  await server.close();
}
