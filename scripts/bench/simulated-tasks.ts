// Lighthouse's simulated main thread, task by task: which real (observed) task each long
// simulated task is, so a developer can tell what to make cheaper. Lighthouse's mobile
// preset multiplies a task's observed time by 4 (by 2 where it laid out) and places it in
// a simulated load; total blocking time sums each task's time over 50 ms between first
// contentful paint and time to interactive. Uses Lighthouse's own computed artifacts.
import { PageDependencyGraph } from 'lighthouse/core/computed/page-dependency-graph.js';
import { LoadSimulator } from 'lighthouse/core/computed/load-simulator.js';

export interface SimulatedTask {
  /** Simulated start and duration, ms from navigation. */
  start: number;
  duration: number;
  /** Observed start (ms from the first task) and duration, ms. */
  observedStart: number;
  observedDuration: number;
  /** Blocking time it adds (over 50 ms) if it falls between FCP and TTI. */
  blocking: number;
}

interface CpuNode {
  type: string;
  request?: { url: string; transferSize?: number; networkRequestTime?: number };
  event: { ts: number; dur?: number };
  childEvents: { name: string; dur?: number }[];
}

/** The simulated CPU tasks of at least `minMs` (simulated), in simulated order. */
export async function simulatedTasks(artifacts: Record<string, unknown>, settings: Record<string, unknown>, minMs = 50): Promise<SimulatedTask[]> {
  const context = { computedCache: new Map(), settings } as never;
  const trace = artifacts.Trace as { traceEvents: { ts: number }[] };
  const devtoolsLog = artifacts.DevtoolsLog;
  const graph = await PageDependencyGraph.request({ trace, devtoolsLog, URL: artifacts.URL } as never, context);
  const simulator = await LoadSimulator.request({ devtoolsLog, settings } as never, context);
  const simulation = (await (simulator as { simulate(graph: unknown, options: unknown): Promise<{ nodeTimings: Map<CpuNode, { startTime: number; duration: number }> }> }).simulate(graph, { label: 'tasks' }));
  const cpu = [...simulation.nodeTimings.entries()].filter(([node]) => node.type === 'cpu');
  const first = Math.min(...cpu.map(([node]) => node.event.ts));
  return cpu
    .filter(([, timing]) => timing.duration >= minMs)
    .map(([node, timing]) => ({
      start: timing.startTime,
      duration: timing.duration,
      observedStart: (node.event.ts - first) / 1000,
      observedDuration: (node.event.dur ?? 0) / 1000,
      blocking: Math.max(0, timing.duration - 50),
    }))
    .sort((a, b) => a.start - b.start);
}

/** The simulated network requests: URL (last part), simulated start and end, ms, and size. */
export async function simulatedRequests(artifacts: Record<string, unknown>, settings: Record<string, unknown>): Promise<string[]> {
  const context = { computedCache: new Map(), settings } as never;
  const devtoolsLog = artifacts.DevtoolsLog;
  const graph = await PageDependencyGraph.request({ trace: artifacts.Trace, devtoolsLog, URL: artifacts.URL } as never, context);
  const simulator = await LoadSimulator.request({ devtoolsLog, settings } as never, context);
  const simulation = await (simulator as { simulate(graph: unknown, options: unknown): Promise<{ nodeTimings: Map<CpuNode, { startTime: number; endTime: number }> }> }).simulate(graph, { label: 'requests' });
  return [...simulation.nodeTimings.entries()]
    .filter(([node]) => node.type === 'network' && node.request)
    .sort((a, b) => a[1].startTime - b[1].startTime)
    .map(([node, timing]) => `${timing.startTime.toFixed(0).padStart(5)} to ${timing.endTime.toFixed(0).padStart(5)} ms  ${((node.request!.transferSize ?? 0) / 1024).toFixed(1).padStart(6)} kB  ${node.request!.url.split('/').pop()}`);
}
