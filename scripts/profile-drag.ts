// Where the time goes while dragging a lone widget, as the benchmark drags it (after the
// clicks that open BL52's panel): a CPU profile of the page's main thread during 2 s of
// dragging, the heaviest functions by self time named by source file and line through the
// built files' source maps. For developers, not CI.
//
//   npm run build && npx tsx scripts/profile-drag.ts
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { launchBrowser, root } from './browser.js';
import { allPages } from './bench/pages.js';
import { startStaticServer } from './bench/static-server.js';

const server = await startStaticServer({ '/dist/': `${root}dist/` }, allPages());
const browser = await launchBrowser();
const maps = new Map<string, TraceMap | null>();
function mapFor(url: string): TraceMap | null {
  const file = url.split('/dist/')[1];
  if (!file) return null;
  if (!maps.has(file)) maps.set(file, existsSync(`${root}dist/${file}.map`) ? new TraceMap(readFileSync(`${root}dist/${file}.map`, 'utf8')) : null);
  return maps.get(file)!;
}
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.base}/bench/acupoint-map/single.html`);
  await page.evaluate(() => new Promise((resolve) => document.querySelector('acupoint-map')!.addEventListener('load', resolve, { once: true })));
  await page.evaluate(() => ((document.querySelector('acupoint-map') as unknown as { selected: string }).selected = 'BL52'));
  await page.waitForTimeout(1500);
  const box = (await page.locator('acupoint-map').boundingBox())!;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await cdp.send('Profiler.start');
  await page.mouse.down();
  const start = Date.now();
  for (let step = 1; Date.now() - start < 2000; step++) await page.mouse.move(x + Math.sin(step / 8) * box.width * 0.3, y + Math.sin(step / 13) * 10);
  await page.mouse.up();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const self = new Map<number, number>();
  profile.samples.forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const map = mapFor(url);
    const at = map ? originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }) : null;
    const key = at?.source ? `${at.name ?? functionName} ${at.source.replace(/^.*node_modules\//, '')}:${at.line}` : `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  console.log(`drag 2 s: sampled ${(total / 1000).toFixed(0)} ms (load average ${loadavg()[0].toFixed(1)}); heaviest by self time:`);
  [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([name, micros]) => console.log(`  ${(micros / 1000).toFixed(1).padStart(7)} ms  ${name}`));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}
