/**
 * `rendererStats()`, public API, without three.js: the entry exports it, and the first stage
 * must not load the 3D engine (nor its declaration name three). The shared renderer, part of
 * the 3D stage, plugs its counters in when that stage loads; before, nothing has been drawn.
 */

/** Counters of the shared renderer, for tests and benchmarks. */
export interface RendererStats {
  /** Live WebGL contexts made by acupoint-map on this page (0 or 1). */
  contexts: number;
  /** Views registered with the renderer. */
  views: number;
  /** Frames drawn since the page loaded (one per view per animation frame). */
  framesDrawn: number;
  /** Draw calls issued since the page loaded. */
  drawCalls: number;
  /** Frames copied from the WebGL canvas into a widget's 2D canvas since the page loaded. */
  copies: number;
  /** True while one widget alone is on screen and shows the WebGL canvas itself. */
  direct: boolean;
  /** The render scale moving frames are drawn at (1: full resolution). */
  renderScale: number;
  /** GPU geometries and textures alive now (three's renderer.info.memory). */
  geometries: number;
  textures: number;
  /** True between webglcontextlost and webglcontextrestored. */
  contextLost: boolean;
}

let source: (() => RendererStats) | null = null;

/** Called by the 3D stage as it loads. */
export function provideRendererStats(read: () => RendererStats): void {
  source = read;
}

/** Counters for tests and the benchmark: contexts, frames, draw calls, GPU memory. */
export function rendererStats(): RendererStats {
  return (
    source?.() ?? {
      contexts: 0,
      views: 0,
      framesDrawn: 0,
      drawCalls: 0,
      copies: 0,
      direct: false,
      renderScale: 1,
      geometries: 0,
      textures: 0,
      contextLost: false,
    }
  );
}
