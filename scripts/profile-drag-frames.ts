// Where the slow frames of a drag come from: a wide performance trace (main thread,
// compositor, GPU process, viz) while the mouse drags across a lone widget as the benchmark
// drags it, then, for every gap between main-thread frames longer than one vsync, the
// longest slices each thread ran in it. Also the time per slice name summed over the drag.
// For developers, not CI.
//
//   npm run build && npx tsx scripts/profile-drag-frames.ts [--model-viewer] [--all]
import { loadavg } from 'node:os';
import { launchBrowser, root } from './browser.js';
import { allPages } from './bench/pages.js';
import { startStaticServer } from './bench/static-server.js';
import type { TraceEvent } from './bench/trace-frames.js';

const id = process.argv.includes('--model-viewer') ? 'model-viewer' : 'acupoint-map';
const server = await startStaticServer({ '/dist/': `${root}dist/`, '/model-viewer/': `${root}node_modules/@google/model-viewer/dist/` }, allPages());
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.base}/bench/${id}/single.html`);
  await page.evaluate(
    (tag) => new Promise((resolve) => document.querySelector(tag)!.addEventListener('load', resolve, { once: true })),
    id,
  );
  await page.waitForTimeout(1500);
  if (id === 'acupoint-map') {
    // As the benchmark does before it drags: a point opened and closed (a camera transition).
    await page.evaluate(() => ((document.querySelector('acupoint-map') as unknown as { selected: string }).selected = 'BL52'));
    await page.waitForTimeout(1500);
    await page.evaluate(() => (document.querySelector('acupoint-map') as unknown as { clearSelection(): void }).clearSelection());
    await page.waitForTimeout(1500);
  }
  const box = (await page.locator(id).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline.frame',
      'toplevel',
      'v8.execute',
      'blink',
      'cc',
      'gpu',
      'viz',
      'input',
      'benchmark',
    ],
  });
  await page.mouse.down();
  const start = Date.now();
  for (let step = 1; Date.now() - start < 2000; step++) await page.mouse.move(x + Math.sin(step / 8) * box.width * 0.3, y + Math.sin(step / 13) * 10);
  await page.mouse.up();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const scale = await page.evaluate(() => (window as unknown as { __rendererStats?: () => { renderScale: number } }).__rendererStats?.().renderScale ?? null);
  await context.close();

  const events = trace.traceEvents;
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const threadOf = (e: TraceEvent) => names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
  const frameCount = new Map<string, number>();
  for (const e of events) if (e.name === 'BeginMainThreadFrame') frameCount.set(`${e.pid}:${e.tid}`, (frameCount.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const mainKey = [...frameCount.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const rendererPid = Number(mainKey.split(':')[0]);
  const starts = events
    .filter((e) => `${e.pid}:${e.tid}` === mainKey && e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const gaps = starts.slice(1).map((s, i) => ({ from: starts[i], to: s, ms: (s - starts[i]) / 1000 }));
  const sorted = gaps.map((g) => g.ms).sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(
    `${id}: ${gaps.length} gaps, median ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, over 17.5 ms: ${gaps.filter((g) => g.ms > 17.5).length}; ` +
      `render scale after ${scale}; load ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`gaps: ${gaps.map((g) => g.ms.toFixed(0)).join(' ')}`);

  const complete = events.filter((e) => e.ph === 'X' && (e.dur ?? 0) > 0 && starts.length && e.ts >= starts[0] && e.ts <= starts[starts.length - 1]);
  // Time per (thread, name) over the whole drag, outermost slices counted as they are.
  const totals = new Map<string, number>();
  for (const e of complete) {
    const key = `${threadOf(e)} ${e.pid === rendererPid ? '(renderer)' : `(pid ${e.pid})`} | ${e.name}`;
    totals.set(key, (totals.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const span = (starts[starts.length - 1] - starts[0]) / 1000;
  console.log(`\nslices summed over ${span.toFixed(0)} ms of frames (nested slices included twice):`);
  [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 45)
    .forEach(([key, ms]) => console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`));

  const all = process.argv.includes('--all');
  console.log('\nlong gaps (slices over 1.5 ms inside each, per thread):');
  for (const gap of gaps) {
    if (gap.ms <= 17.5 && !all) continue;
    console.log(`gap ${gap.ms.toFixed(1)} ms at +${((gap.from - starts[0]) / 1000).toFixed(0)} ms`);
    const inside = complete.filter((e) => e.ts < gap.to && e.ts + (e.dur ?? 0) > gap.from && (e.dur ?? 0) > 1500);
    inside.sort((a, b) => a.ts - b.ts);
    for (const e of inside.slice(0, 40)) {
      console.log(
        `    +${((e.ts - gap.from) / 1000).toFixed(1).padStart(6)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${threadOf(e).padEnd(22)} ${e.name}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
