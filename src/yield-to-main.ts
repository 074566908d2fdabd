/**
 * Let the browser run other tasks (input, rendering, the page's own scripts) before going
 * on, so long work split into slices never blocks the page for more than one slice.
 * scheduler.yield() where there is one (it keeps this work ahead of other queued tasks);
 * otherwise a message through a channel, which, unlike setTimeout, is not clamped to 4 ms
 * after a few nested calls.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A slice's time budget, ms: well under the 50 ms that counts as a long task, also on a
 * phone four times slower than the machine that measured it (Lighthouse's mobile run
 * multiplies each task by 4: a 12 ms slice that overran by one step already counted).
 */
export const SLICE_MS = 8;

/**
 * Run a generator to its end, yielding to the page whenever a slice has used its budget.
 * Rejects with an AbortError once `signal` aborts.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, signal?: AbortSignal): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToMain();
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      sliceStart = performance.now();
    }
  }
}
