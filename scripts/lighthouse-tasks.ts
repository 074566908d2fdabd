// Where Lighthouse's total blocking time comes from on the benchmark's clinic page: one
// Lighthouse run (mobile preset, as in npm run bench) and its long tasks (start, duration
// as Lighthouse counts them, the script they are attributed to) with the main-thread time
// by category and by script. For developers, not CI.
//
// Then the tasks of the page's main thread in the trace Lighthouse recorded (real time, this
// machine: Lighthouse multiplies them by 4) over --over ms (12), each with its script calls
// named by their source through the bundle's source maps.
//
//   npm run build && npx tsx scripts/lighthouse-tasks.ts [acupoint-map|model-viewer] [--over ms] [--save-trace file] [--requests]
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath, root } from './browser.js';
import { allPages } from './bench/pages.js';
import { startStaticServer } from './bench/static-server.js';
import { longTasks, describeTask } from './bench/long-tasks.js';
import { sourceName } from './bench/source-names.js';
import { simulatedRequests, simulatedTasks } from './bench/simulated-tasks.js';
import { explain } from './bench/lighthouse.js';

const args = process.argv.slice(2);
const overAt = args.indexOf('--over');
const over = overAt >= 0 ? Number(args[overAt + 1]) : 12;
const id = args.find((arg, i) => !arg.startsWith('--') && i !== overAt + 1 && args[i - 1] !== '--save-trace') ?? 'acupoint-map';
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
  console.log(`  ${explain(lhr as never)}`);
  // --requests: the simulated network (what LCP waited for, when its picture is one).
  if (args.includes('--requests')) for (const line of await simulatedRequests(result!.artifacts as never, lhr.configSettings as never)) console.log(`  ${line}`);
  const short = (url: string) => String(url).split('/').pop();
  type Item = Record<string, unknown>;
  const items = (name: string) => ((audit(name)?.details as { items?: Item[] })?.items ?? []);
  console.log('long tasks (as simulated):');
  for (const item of items('long-tasks')) console.log(`  at ${Number(item.startTime).toFixed(0)} ms, ${Number(item.duration).toFixed(0)} ms  ${short(String(item.url))}`);
  console.log('main-thread work by category:');
  for (const item of items('mainthread-work-breakdown')) console.log(`  ${Number(item.duration).toFixed(0).padStart(6)} ms  ${item.groupLabel}`);
  console.log('script boot-up (total, scripting, parse+compile):');
  for (const item of items('bootup-time')) console.log(`  ${Number(item.total).toFixed(0).padStart(6)} ${Number(item.scripting).toFixed(0).padStart(6)} ${Number(item.scriptParseCompile).toFixed(0).padStart(6)}  ${short(String(item.url))}`);
  const fcp = audit('first-contentful-paint')?.numericValue ?? 0;
  const tti = audit('interactive')?.numericValue ?? Infinity;
  console.log(`simulated tasks over 50 ms (simulated start and length; the observed task it is, from the first task; * = between FCP and TTI):`);
  for (const task of await simulatedTasks(result!.artifacts as never, lhr.configSettings as never)) {
    const counted = task.start + task.duration > fcp && task.start < tti;
    console.log(
      `  ${counted ? '*' : ' '} at ${task.start.toFixed(0).padStart(5)} ms, ${task.duration.toFixed(0).padStart(4)} ms (blocks ${task.blocking.toFixed(0)})  <- observed ${task.observedDuration.toFixed(1)} ms at ${task.observedStart.toFixed(0)}`,
    );
  }
  // --save-trace FILE: the trace Lighthouse recorded, for a closer look (chrome://tracing, DevTools).
  const saveAt = args.indexOf('--save-trace');
  if (saveAt >= 0) writeFileSync(args[saveAt + 1], JSON.stringify(result!.artifacts.Trace));
  const observed = longTasks(result!.artifacts.Trace.traceEvents as Parameters<typeof longTasks>[0], over);
  console.log(`observed main-thread tasks over ${over} ms (real time; ${observed.length}):`);
  for (const task of observed) {
    console.log(`  ${describeTask(task)}`);
    for (const call of task.calls.filter((c) => c.ms >= 2).slice(0, 6)) {
      const [file, line, column] = call.at.split(' ')[0].split(':');
      const named = sourceName(`${root}dist/`, file, Number(line), Number(column) - 1);
      console.log(`      ${call.ms.toFixed(1).padStart(6)} ms  ${call.at}${named ? `  <- ${named}` : ''}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
