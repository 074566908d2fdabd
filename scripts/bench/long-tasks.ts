// Long tasks (over 50 ms, the browser's definition) on the page's main thread from navigation
// until a second after the widget's `load`, from a Chromium performance trace, each split
// into what ran in it: JavaScript of each script file, style and layout, paint and the
// rest (compositing, the GPU process's answers). "Our own" long tasks are those in which
// the widget's JavaScript alone runs over 50 ms.
import type { Browser } from 'playwright-core';
import type { ContenderId } from './pages.js';

export interface LongTask {
  /** ms from the first event of the trace's page (about navigation start). */
  start: number;
  /** The task's start on the trace's own clock (µs), to match it with other recordings. */
  absoluteStart?: number;
  duration: number;
  /** ms of JavaScript in the task, by script file name ("" for native callbacks). */
  script: Record<string, number>;
  layout: number;
  paint: number;
  /** ms of WebGL pixels read back for the software compositor (inside paint). */
  readback: number;
  /** The longest events inside, by name and ms (for a person reading it). */
  longest: string[];
  /** The outermost script calls inside, longest first: where they start (file:line:column, function) and ms. */
  calls: { at: string; ms: number }[];
}

export interface LongTaskRun {
  loadAt: number;
  tasks: LongTask[];
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; frame?: string; functionName?: string; lineNumber?: number; columnNumber?: number } };
}

const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run']);
const LAYOUT = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'UpdateLayerTree', 'PrePaint']);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const PAINT = new Set(['Paint', 'PaintImage', 'Rasterize', 'CompositeLayers', 'Commit']);

export async function measureLongTasks(browser: Browser, base: string, id: ContenderId, pageName = 'single'): Promise<LongTaskRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  try {
    await context.addInitScript(`window.__loadAt = null;
document.addEventListener('load', (event) => {
  const name = event.target && event.target.localName;
  if ((name === 'acupoint-map' || name === 'model-viewer') && window.__loadAt === null) window.__loadAt = performance.now();
}, true);`);
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'blink', 'cc', 'gpu', 'disabled-by-default-devtools.timeline'] });
    await page.goto(`${base}/bench/${id}/${pageName}.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __loadAt: number | null }).__loadAt !== null, undefined, { polling: 100 });
    await page.waitForTimeout(1000);
    const loadAt = await page.evaluate(() => (window as unknown as { __loadAt: number }).__loadAt);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return { loadAt, tasks: longTasks(trace.traceEvents) };
  } finally {
    await context.close();
  }
}

/** Tasks over `minMs` (50: the browser's long tasks; Lighthouse's 4x CPU slowdown makes 12.5 ms count). */
export function longTasks(events: TraceEvent[], minMs = 50): LongTask[] {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(key) || event.ph !== 'X') continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(event);
  }
  // The page's renderer is the one that ran the most script.
  const scriptTime = (list: TraceEvent[]) => list.filter((e) => SCRIPT.has(e.name)).reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const main = [...byThread.values()].sort((a, b) => scriptTime(b) - scriptTime(a))[0] ?? [];
  main.sort((a, b) => a.ts - b.ts);
  const origin = main[0]?.ts ?? 0;
  const tasks: LongTask[] = [];
  let counted = -1;
  for (const task of main) {
    if (!TASK.has(task.name) || (task.dur ?? 0) <= minMs * 1000) continue;
    const end = task.ts + (task.dur ?? 0);
    // A task event nested in one already counted (two names for one task).
    if (end <= counted) continue;
    counted = end;
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const script: Record<string, number> = {};
    const calls: LongTask['calls'] = [];
    let layout = 0;
    let paint = 0;
    let readback = 0;
    // Outermost script events only: nested ones are already inside their parent's time.
    let scriptUntil = -1;
    for (const event of inside) {
      const dur = (event.dur ?? 0) / 1000;
      if (SCRIPT.has(event.name)) {
        if (event.ts < scriptUntil) continue;
        scriptUntil = event.ts + (event.dur ?? 0);
        // A callback (frame, timer, event) names no script: the first call inside it does.
        const named = [event, ...inside.filter((e) => e.ts >= event.ts && e.ts < scriptUntil)].find((e) => e.args?.data?.url);
        const url = named?.args?.data?.url ?? '';
        const file = url.split('/').pop() ?? '';
        script[file] = (script[file] ?? 0) + dur;
        const data = named?.args?.data;
        calls.push({ at: `${file}:${data?.lineNumber ?? '?'}:${data?.columnNumber ?? '?'} ${data?.functionName || event.name}`, ms: dur });
      } else if (LAYOUT.has(event.name)) layout += dur;
      else if (event.name.endsWith('ReadPixels')) readback += dur;
      else if (PAINT.has(event.name)) paint += dur;
    }
    const longest = inside
      .filter((e) => (e.dur ?? 0) > 5_000)
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 4)
      .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`);
    calls.sort((a, b) => b.ms - a.ms);
    tasks.push({ start: (task.ts - origin) / 1000, absoluteStart: task.ts, duration: (task.dur ?? 0) / 1000, script, layout, paint, readback, longest, calls });
  }
  return tasks;
}

/** One line per task: duration and what ran in it. */
export function describeTask(task: LongTask): string {
  const scripts = Object.entries(task.script)
    .filter(([, ms]) => ms >= 1)
    .map(([file, ms]) => `${file || '(callbacks)'} ${ms.toFixed(0)}`)
    .join(', ');
  return `${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} ms: script ${scripts || 'none'}; style/layout ${task.layout.toFixed(0)}; paint ${task.paint.toFixed(0)} (WebGL read-back ${task.readback.toFixed(0)}); longest: ${task.longest.join(', ')}`;
}
