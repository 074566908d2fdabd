// Where the time to a first drawn body goes: loads one of the benchmark's pages once with
// a CPU profile of the page's main thread, and prints the heaviest functions (self time and
// total time, named by their source through dist/'s source maps), the widget's own
// performance marks and the main thread's tasks over --over ms (8; from a trace recorded
// alongside) with what ran longest in each (the profile's samples inside the task).
// For developers, not CI.
//
//   npm run build && npx tsx scripts/profile-load.ts [acupoint-map|model-viewer] [single|clinic] [--mobile] [--self] [--over ms]
//   --self: each task's heaviest functions by self time too
//   --mobile: Lighthouse's phone (412 x 823 CSS px at 1.75 device pixels per CSS px, touch)
import { launchBrowser, root } from './browser.js';
import { allPages, type ContenderId } from './bench/pages.js';
import { startStaticServer } from './bench/static-server.js';
import { sourceName } from './bench/source-names.js';
import { longTasks } from './bench/long-tasks.js';

const args = process.argv.slice(2);
const overAt = args.indexOf('--over');
const over = overAt >= 0 ? Number(args[overAt + 1]) : 8;
const positional = args.filter((arg, i) => !arg.startsWith('--') && !(overAt >= 0 && i === overAt + 1));
const id = (positional[0] ?? 'acupoint-map') as ContenderId;
const pageName = positional[1] ?? 'single';
const mobile = args.includes('--mobile');
// --self: also each task's heaviest functions by self time (what to make cheaper, not only where).
const selfTimes = args.includes('--self');
const server = await startStaticServer(
  { '/dist/': `${root}dist/`, '/model-viewer/': `${root}node_modules/@google/model-viewer/dist/` },
  allPages(root),
);
const browser = await launchBrowser();
try {
  const context = await browser.newContext(
    mobile
      ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 1000 } },
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'blink', 'cc', 'gpu', 'disabled-by-default-devtools.timeline'] });
  const started = Date.now();
  await page.goto(`${server.base}/bench/${id}/${pageName}.html`, { waitUntil: 'commit' });
  await page.evaluate(
    (tag) =>
      new Promise<void>((resolve) => {
        const element = document.querySelector(tag)!;
        element.addEventListener('load', () => resolve(), { once: true });
      }),
    id,
  );
  const wall = Date.now() - started;
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: Parameters<typeof longTasks>[0] };
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)} ms`),
  );
  console.log(`${id} (${pageName}${mobile ? ', mobile' : ''}): load after ${wall} ms (wall clock)`);
  for (const mark of marks) console.log(`  mark ${mark}`);
  printTop(profile, 30);
  printTasks(profile, trace.traceEvents, over);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}


function printTop(profile: Profile, count: number): void {
  const { byId, parent } = index(profile);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((nodeId, i) => {
    const micros = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(nodeId)!;
    const name = describe(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + micros);
    const seen = new Set<string>();
    for (let at: Node | undefined = node; at; at = parent.get(at.id)) {
      const key = describe(at.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + micros);
    }
  });
  const sum = [...self.values()].reduce((a, b) => a + b, 0);
  const list = (title: string, map: Map<string, number>) => {
    console.log(title);
    [...map.entries()]
      .filter(([name]) => !name.startsWith('(root)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .forEach(([name, micros]) => console.log(`  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`));
  };
  console.log(`  sampled ${(sum / 1000).toFixed(0)} ms`);
  list('heaviest by self time:', self);
  list('heaviest by total time:', total);
}

/** The main thread's tasks over `minMs` (from the trace), with the profile's heaviest frames inside each. */
function printTasks(profile: Profile, events: Parameters<typeof longTasks>[0], minMs: number): void {
  const { byId, parent } = index(profile);
  const firstTs = Math.min(...events.filter((e) => e.ph === 'X' && e.ts > 0).map((e) => e.ts));
  const tasks = longTasks(events, minMs);
  const origin = firstTs;
  // Sample times on the trace's clock.
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
  console.log(`main-thread tasks over ${minMs} ms (${tasks.length}; ms from the trace's start, profile samples inside):`);
  for (const task of tasks) {
    // longTasks gives starts from the main thread's first event: find the task's absolute start again.
    const start = task.absoluteStart ?? origin + task.start * 1000;
    const end = start + task.duration * 1000;
    const total = new Map<string, number>();
    const self = new Map<string, number>();
    for (let i = 0; i < times.length; i++) {
      if (times[i] < start || times[i] >= end) continue;
      const micros = profile.timeDeltas[i + 1] ?? 0;
      const own = describe(byId.get(profile.samples[i])!.callFrame);
      self.set(own, (self.get(own) ?? 0) + micros);
      const seen = new Set<string>();
      for (let at: Node | undefined = byId.get(profile.samples[i]); at; at = parent.get(at.id)) {
        const key = describe(at.callFrame);
        if (seen.has(key) || key.startsWith('(root)')) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + micros);
      }
    }
    const top = [...total.entries()]
      .filter(([name]) => name !== '(idle) :-1')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 16)
      .map(([name, micros]) => `${(micros / 1000).toFixed(1).padStart(6)} ${name}`);
    console.log(`  ${task.duration.toFixed(1).padStart(6)} ms at ${task.start.toFixed(0)}: layout ${task.layout.toFixed(0)}, paint ${task.paint.toFixed(0)}; ${task.longest.join(', ')}`);
    for (const line of top) console.log(`        ${line}`);
    if (!selfTimes) continue;
    const selfTop = [...self.entries()]
      .filter(([name, micros]) => name !== '(idle) :-1' && micros >= 1000)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    console.log(`      self time: ${selfTop.map(([name, micros]) => `${name} ${(micros / 1000).toFixed(1)}`).join('; ')}`);
  }
}

function index(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, Node>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  return { byId, parent };
}

/** Built frames of dist/ named by their source file and line, from their source maps. */
function describe({ functionName, url, lineNumber, columnNumber }: Node['callFrame']): string {
  const file = url.split('/').pop() ?? '';
  if (url.includes('/dist/')) {
    const named = sourceName(`${root}dist/`, file, lineNumber + 1, columnNumber);
    if (named) return named;
  }
  return `${functionName || '(anonymous)'} ${file}:${lineNumber}`;
}
