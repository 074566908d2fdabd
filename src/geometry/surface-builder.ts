/**
 * Build a skin's TriangleSurface without a long task on the page's main thread: in a module
 * worker (surface-worker.ts, emitted beside the entry by the build and found relative to
 * it), or, where workers are blocked (a Content-Security-Policy without them, the file
 * missing, no Worker at all), on the main thread in slices that yield to the page.
 */
import { TriangleSurface, type SurfaceIndex } from './triangle-surface.js';
import type { SurfaceReply, SurfaceRequest } from './surface-worker.js';
import { runInSlices } from '../yield-to-main.js';

export type SurfaceBuiltBy = 'worker' | 'slices';

export interface BuildSurfaceOptions {
  signal?: AbortSignal;
  /** Skip the worker (tests of the fallback). */
  noWorker?: boolean;
}

/** How the last surface was built, for tests and the benchmark. */
export let lastSurfaceBuiltBy: SurfaceBuiltBy | null = null;

export async function buildSurface(
  positions: Float32Array,
  indices: Uint32Array,
  { signal, noWorker = false }: BuildSurfaceOptions = {},
): Promise<TriangleSurface> {
  let index: SurfaceIndex | null = noWorker ? null : await buildInWorker(positions, indices, signal);
  let builtBy: SurfaceBuiltBy = 'worker';
  if (!index) {
    throwIfAborted(signal);
    // The builder is fetched only here: with a worker, the worker holds the only copy.
    const { surfaceIndexSteps } = await import('./surface-index.js');
    throwIfAborted(signal);
    index = await runInSlices(surfaceIndexSteps(positions, indices), signal);
    builtBy = 'slices';
  }
  throwIfAborted(signal);
  lastSurfaceBuiltBy = builtBy;
  return new TriangleSurface(index);
}

/**
 * The index from a worker, or null when no worker could run (the caller then builds it
 * here). A mesh the builder rejects rejects here too, with the builder's message.
 */
function buildInWorker(positions: Float32Array, indices: Uint32Array, signal?: AbortSignal): Promise<SurfaceIndex | null> {
  if (typeof Worker !== 'function') return Promise.resolve(null);
  let worker: Worker;
  try {
    // The literal `new Worker(new URL(..., import.meta.url), { type: 'module' })` is what
    // the bundler recognises: it emits the worker as its own file beside the entry.
    worker = new Worker(new URL('./surface-worker.ts', import.meta.url), { type: 'module', name: 'acupoint-map surface' });
  } catch {
    // A CSP that forbids the worker's URL throws here in some browsers.
    return Promise.resolve(null);
  }
  return new Promise<SurfaceIndex | null>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = ({ data }: MessageEvent<SurfaceReply>) => {
      finish();
      if (data.ok) resolve(data.index);
      else reject(new Error(data.message));
    };
    // The script could not be fetched or run (blocked, missing, a syntax the browser lacks).
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve(null);
    };
    worker.onmessageerror = () => {
      finish();
      resolve(null);
    };
    // Copies: the page keeps its arrays (the body's geometry and placement use them).
    const request: SurfaceRequest = { positions, indices };
    worker.postMessage(request);
  });
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
}
