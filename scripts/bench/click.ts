// The click part of the benchmark alone: from pointerdown on a marker to the first task after
// the frame that paints its panel, measured exactly as `npm run bench` measures it (a lone
// widget loaded, 3.5 s idle, then five markers clicked one after another). For comparing a
// change before and after on a shared machine, where only numbers from the same run and the
// same load compare.
//
//   npm run build && npx tsx scripts/bench/click.ts [--runs N] [--before DIR] [--trace]
//   --before DIR: also a build of acupoint-map from DIR (a copy of an earlier dist/), in turn
//   with this one, for a before/after comparison under the same load.
//   --save DIR: --trace, and each click's trace written to DIR (click-CODE-TIME.json).
//   --trace: a performance trace around each click, and what each thread ran between the
//   pointerdown and the panel's frame (main-thread tasks, frames, GPU and compositor work).
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, root } from '../browser.js';
import { CLICK_POINTS, CLICKS, clickToPanel, idleDraws, openPage, waitUntilDrawn } from './measure.js';
import { allPages } from './pages.js';
import { startStaticServer } from './static-server.js';
import { median } from './trace-frames.js';
import type { TraceEvent } from './trace-frames.js';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Math.max(1, Number(args[at + 1]) || 3) : 3;
const beforeAt = args.indexOf('--before');
const beforeDir = beforeAt >= 0 ? args[beforeAt + 1] : null;
const saveAt = args.indexOf('--save');
const saveDir = saveAt >= 0 ? args[saveAt + 1] : null;
const tracing = args.includes('--trace') || saveDir !== null;
type Contender = 'after' | 'before';
const contenders: Contender[] = beforeDir ? ['after', 'before'] : ['after'];

const load = () => loadavg()[0].toFixed(1);
const server = await startStaticServer({ '/dist/': `${root}dist/` }, allPages());
const before = beforeDir ? await startStaticServer({ '/dist/': `${beforeDir.replace(/\/?$/, '/')}` }, allPages()) : null;

/** What ran on each thread from the pointerdown to `ms` after it, slices over 2 ms. */
function describe(traceJson: string, ms: number): string[] {
  const events = (JSON.parse(traceJson) as { traceEvents: TraceEvent[] }).traceEvents;
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const thread = (e: TraceEvent) => names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
  const down = events.find(
    (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'pointerdown',
  );
  if (!down) return ['  (no pointerdown in the trace)'];
  const from = down.ts;
  const to = from + (ms + 30) * 1000;
  const lines: string[] = [];
  // A long task before the pointerdown was dispatched (the event waited for it: its
  // timestamp is when it came, and the wait counts).
  const busy = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && thread(e) === 'CrRendererMain' && (e.dur ?? 0) > 30_000 && e.ts < from && e.ts + (e.dur ?? 0) > from - 1_500_000);
  for (const e of busy) lines.push(`  +${((e.ts - from) / 1000).toFixed(1).padStart(6)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  main-thread task before the pointerdown`);
  const inside = events
    .filter((e) => e.ts >= from - 2000 && e.ts <= to)
    .filter((e) => (e.ph === 'X' && (e.dur ?? 0) > 2000) || e.name === 'BeginMainThreadFrame' || (e.name === 'EventDispatch' && e.ph === 'X'))
    .sort((a, b) => a.ts - b.ts);
  for (const e of inside) {
    const data = e.args?.data as { type?: string; functionName?: string; url?: string } | undefined;
    const detail = data?.type ?? data?.functionName ?? '';
    lines.push(
      `  +${((e.ts - from) / 1000).toFixed(1).padStart(6)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${thread(e).padEnd(24)} ${e.name} ${detail}`,
    );
  }
  return lines;
}

async function clicks(browser: Browser, base: string): Promise<number[]> {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(`${base}/bench/acupoint-map/single.html`, { waitUntil: 'commit' });
    await waitUntilDrawn(page);
    await idleDraws(page);
    const times: number[] = [];
    for (const code of CLICK_POINTS) {
      if (times.length === CLICKS) break;
      if (tracing) await startTrace(browser, page);
      const elapsed = await clickToPanel(page, code);
      const trace = tracing ? (await browser.stopTracing()).toString('utf8') : null;
      if (elapsed === null) continue;
      times.push(elapsed);
      if (trace && saveDir) writeFileSync(`${saveDir}/click-${code}-${Date.now()}.json`, trace);
      if (trace) console.log(`${code}: ${elapsed.toFixed(1)} ms\n${describe(trace, elapsed).join('\n')}`);
    }
    return times;
  } finally {
    await context.close();
  }
}

function startTrace(browser: Browser, page: Page): Promise<void> {
  return browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'toplevel', 'v8.execute', 'blink', 'cc', 'gpu', 'viz', 'input', 'gpu.angle', 'disabled-by-default-gpu.service', 'disabled-by-default-devtools.timeline'],
  });
}

const browser = await launchBrowser();
const all: Record<Contender, number[]> = { after: [], before: [] };
try {
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? contenders : [...contenders].reverse();
    for (const id of order) {
      const times = await clicks(browser, id === 'before' ? before!.base : server.base);
      all[id].push(...times);
      console.log(`run ${run + 1}/${runs} ${id}: ${times.map((t) => t.toFixed(0)).join(', ')} ms (load ${load()})`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await before?.close();
}
for (const id of contenders) {
  const times = all[id];
  if (times.length) console.log(`${id}: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(0)} ms over ${times.length} clicks`);
}
console.log(`load average now ${load()}`);
