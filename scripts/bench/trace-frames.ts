// JavaScript time per frame from a Chromium performance trace: the renderer main thread's
// frames start at each BeginMainThreadFrame; a frame's JavaScript time is the union of the
// script slices (callbacks, microtasks, evaluation) between its start and the next one.
/** One event of a Chromium performance trace, as far as these scripts read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: unknown };
}

const SCRIPT_SLICES = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'V8.Execute', 'TimerFire', 'FireAnimationFrame']);

/** Frames of the busiest renderer main thread: JavaScript ms in each, and the gaps between them. */
export interface TraceFrames {
  /** JavaScript ms in each frame. */
  script: number[];
  /** ms from each frame's start to the next one's: how long the picture waited for a new frame. */
  gaps: number[];
}

/** Milliseconds of JavaScript in each frame of the busiest renderer main thread. */
export function scriptTimePerFrame(traceJson: string): number[] {
  return framesOf(traceJson).script;
}

export function framesOf(traceJson: string): TraceFrames {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Several renderers may exist (about:blank, the page): keep the one that drew frames.
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(event);
  }
  const frameCount = (list: TraceEvent[]) => list.filter((e) => e.name === 'BeginMainThreadFrame').length;
  const main = [...byThread.values()].sort((a, b) => frameCount(b) - frameCount(a))[0] ?? [];

  const frameStarts = main
    .filter((e) => e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const slices = main
    .filter((e) => e.ph === 'X' && SCRIPT_SLICES.has(e.name) && (e.dur ?? 0) > 0)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  // Merge nested and overlapping slices so nothing is counted twice.
  const merged: [number, number][] = [];
  for (const [start, end] of slices) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const perFrame: number[] = [];
  for (let i = 0; i + 1 < frameStarts.length; i++) {
    const from = frameStarts[i];
    const to = frameStarts[i + 1];
    let total = 0;
    for (const [start, end] of merged) {
      if (end <= from) continue;
      if (start >= to) break;
      total += Math.min(end, to) - Math.max(start, from);
    }
    perFrame.push(total / 1000);
  }
  const gaps = frameStarts.slice(1).map((start, i) => (start - frameStarts[i]) / 1000);
  return { script: perFrame, gaps };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
