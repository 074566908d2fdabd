/**
 * `rendererStats()`, public API. Its declaration file must not name three.js (an app's
 * TypeScript would need @types/three), so the type and the function live here, apart from
 * the renderer that fills them in.
 */
import { readRendererStats } from './shared-renderer.js';

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

/** Counters for tests and the benchmark: contexts, frames, draw calls, GPU memory. */
export function rendererStats(): RendererStats {
  return readRendererStats();
}
