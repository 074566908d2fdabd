// The drag part of the benchmark alone: the gap between frames while dragging a lone widget,
// acupoint-map and model-viewer alternating in one browser, several runs, measured exactly
// as `npm run bench` measures it (measureInteraction: load, idle, the clicks, then 2 s of
// dragging under a trace). For comparing a change before and after on a shared machine,
// where only numbers from the same run and the same load compare.
//
//   npm run build && npx tsx scripts/bench/drag.ts [--runs N] [--ours-only] [--before DIR]
//   --before DIR: also a build of acupoint-map from DIR (a copy of an earlier dist/), in turn
//   with the others, for a before/after comparison under the same load.
import { loadavg } from 'node:os';
import { launchBrowser, root } from '../browser.js';
import { measureInteraction, type InteractionRun } from './measure.js';
import { allPages, type ContenderId } from './pages.js';
import { startStaticServer } from './static-server.js';
import { median, percentile } from './trace-frames.js';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Math.max(1, Number(args[at + 1]) || 3) : 3;
const beforeAt = args.indexOf('--before');
const beforeDir = beforeAt >= 0 ? args[beforeAt + 1] : null;
type Contender = ContenderId | 'before';
const contenders: Contender[] = args.includes('--ours-only') ? ['acupoint-map'] : ['acupoint-map', 'model-viewer'];
if (beforeDir) contenders.splice(1, 0, 'before');

const load = () => loadavg()[0].toFixed(1);
const server = await startStaticServer(
  { '/dist/': `${root}dist/`, '/model-viewer/': `${root}node_modules/@google/model-viewer/dist/` },
  allPages(),
);
// The earlier build, served at the same paths from a server of its own.
const before = beforeDir ? await startStaticServer({ '/dist/': `${beforeDir.replace(/\/?$/, '/')}` }, allPages()) : null;
const browser = await launchBrowser();
const all: Partial<Record<Contender, InteractionRun[]>> = {};
try {
  for (let run = 0; run < runs; run++) {
    // Alternate who goes first, so a slow spell of the machine hits both alike.
    const order = run % 2 === 0 ? contenders : [...contenders].reverse();
    for (const id of order) {
      const result =
        id === 'before' ? await measureInteraction(browser, before!.base, 'acupoint-map') : await measureInteraction(browser, server.base, id);
      (all[id] ??= []).push(result);
      const long = result.dragGaps.filter((gap) => gap > 17.5).length;
      console.log(
        `run ${run + 1}/${runs} ${id}: gap median ${result.gapMedian.toFixed(1)} ms, p95 ${result.gapP95.toFixed(1)} ms, ` +
          `${result.dragGaps.length} frames, ${long} over 17.5 ms; JS median ${result.dragMedian.toFixed(1)} ms (load ${load()})`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  await before?.close();
}
console.log('');
for (const id of contenders) {
  const gaps = all[id]!.flatMap((run) => run.dragGaps);
  const p95s = all[id]!.map((run) => run.gapP95.toFixed(1)).join(', ');
  console.log(`${id}: pooled gap median ${median(gaps).toFixed(1)} ms, p95 ${percentile(gaps, 95).toFixed(1)} ms; per-run p95 ${p95s}`);
}
const theirs = all['model-viewer'];
if (theirs) {
  for (const id of ['acupoint-map', 'before'] as const) {
    const ratios = all[id]?.map((run, i) => (run.gapP95 / theirs[i].gapP95).toFixed(2)).join(', ');
    if (ratios) console.log(`${id}: p95 ratio to model-viewer per run (goal ≤ 0.2): ${ratios}`);
  }
}
console.log(`load average now ${load()}`);
