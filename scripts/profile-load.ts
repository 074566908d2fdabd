// Where the time to a first drawn body goes: loads the benchmark's single-widget page
// once with a CPU profile of the page's main thread, and prints the heaviest functions
// (self time) with the widget's own performance marks. For developers, not CI.
//
//   npm run build && npx tsx scripts/profile-load.ts [acupoint-map|model-viewer]
import { readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { launchBrowser, root } from './browser.js';
import { allPages, type ContenderId } from './bench/pages.js';
import { startStaticServer } from './bench/static-server.js';

const bundleMap = new TraceMap(readFileSync(`${root}dist/acupoint-map.bundle.js.map`, 'utf8'));
const id = (process.argv[2] ?? 'acupoint-map') as ContenderId;
const server = await startStaticServer(
  { '/dist/': `${root}dist/`, '/model-viewer/': `${root}node_modules/@google/model-viewer/dist/` },
  allPages(),
);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.goto(`${server.base}/bench/${id}/single.html`, { waitUntil: 'commit' });
  await page.evaluate(
    (tag) =>
      new Promise<void>((resolve) => {
        const element = document.querySelector(tag)!;
        element.addEventListener('load', () => resolve(), { once: true });
      }),
    id,
  );
  const wall = Date.now() - started;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)} ms`),
  );
  console.log(`${id}: load after ${wall} ms (wall clock)`);
  for (const mark of marks) console.log(`  mark ${mark}`);
  printTop(profile, 30);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function printTop(profile: Profile, count: number): void {
  const self = new Map<number, number>();
  profile.samples.forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const key = describe(node.callFrame);
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  console.log(`  sampled ${(total / 1000).toFixed(0)} ms; heaviest by self time:`);
  [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .forEach(([name, micros]) => console.log(`  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`));
}

/** Minified bundle frames named by their source file and line, from the bundle's source map. */
function describe({ functionName, url, lineNumber, columnNumber }: Profile['nodes'][number]['callFrame']): string {
  if (url.endsWith('acupoint-map.bundle.js')) {
    const at = originalPositionFor(bundleMap, { line: lineNumber + 1, column: columnNumber });
    if (at.source) return `${at.name ?? functionName} ${at.source.replace(/^.*node_modules\//, '')}:${at.line}`;
  }
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
}
