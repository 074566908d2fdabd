import type { RendererStats } from './renderer-stats.js';
import { BufferAttribute, BufferGeometry, Mesh, WebGLRenderer, type Camera, type Material, type Scene } from 'three';

/**
 * One WebGL context for every widget on a page (browsers cap live contexts at ~16, and
 * each costs memory). The shared renderer draws a view into its own offscreen canvas and
 * copies the pixels into the widget's 2D canvas, as <model-viewer> does.
 *
 * Drawing is on demand: views call `invalidate()`; one animation frame then draws every
 * dirty view. Nothing is drawn while nothing changes.
 */

/** What the shared renderer needs from a view; the view decides when it is dirty. */
export interface RenderTarget {
  /** Called once per frame with the time, before drawing; returns true to keep animating. */
  update(time: number): boolean;
  scene: Scene;
  camera: Camera;
  canvas: HTMLCanvasElement;
  /** Device pixels of the target canvas. */
  pixelWidth: number;
  pixelHeight: number;
  /** Called just before drawing (camera-relative lights). */
  beforeRender(): void;
  /** Called after the view has been drawn (marker projection, events). */
  afterRender(): void;
}

/** Page-lifetime counters: they survive the renderer being released and made again. */
const totals = { framesDrawn: 0, drawCalls: 0 };

class SharedRenderer {
  readonly renderer: WebGLRenderer;
  private readonly views = new Set<RenderTarget>();
  private readonly dirty = new Set<RenderTarget>();
  private frameRequest = 0;
  contextLost = false;

  constructor() {
    const canvas = document.createElement('canvas');
    this.renderer = new WebGLRenderer({
      canvas,
      antialias: true,
      alpha: true,
      powerPreference: 'low-power',
      failIfMajorPerformanceCaveat: false,
    });
    this.renderer.setClearColor(0x000000, 0);
    // Scissor keeps each view's clear to its own corner of the shared drawing buffer.
    this.renderer.setScissorTest(true);
    this.renderer.info.autoReset = false;
    canvas.addEventListener('webglcontextlost', this.onContextLost);
    canvas.addEventListener('webglcontextrestored', this.onContextRestored);
  }

  add(view: RenderTarget): void {
    this.views.add(view);
    this.invalidate(view);
  }

  remove(view: RenderTarget): void {
    this.views.delete(view);
    this.dirty.delete(view);
  }

  get size(): number {
    return this.views.size;
  }

  invalidate(view: RenderTarget): void {
    if (!this.views.has(view)) return;
    this.dirty.add(view);
    if (!this.frameRequest && !this.contextLost) {
      this.frameRequest = requestAnimationFrame(this.onFrame);
    }
  }

  /**
   * Start compiling `material`'s shader program for `scene`'s lights. WebGL compiles in the
   * GPU process: begun now, it runs beside the model's download, decoding and placement,
   * and the first draw finds the program ready instead of waiting for it (seconds with
   * software WebGL). The program is shared by every view whose material and lights match.
   */
  prepare(material: Material, scene: Scene, camera: Camera): void {
    if (this.contextLost) return;
    // Position and normal, as the body has: the attributes that choose the shader variant.
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(9), 3));
    geometry.setAttribute('normal', new BufferAttribute(new Float32Array(9), 3));
    this.renderer.compile(new Mesh(geometry, material), camera, scene);
    geometry.dispose();
  }

  /** Draw one view now (tests and the first frame use this to avoid waiting a frame). */
  drawNow(view: RenderTarget): void {
    if (this.contextLost || !this.views.has(view)) return;
    // A pending frame still comes for this view: it advances animation (auto-rotate, a
    // camera move) through update(), which drawing now does not.
    this.draw(view);
  }

  stats(): RendererStats {
    const memory = this.renderer.info.memory;
    return {
      contexts: 1,
      views: this.views.size,
      framesDrawn: totals.framesDrawn,
      drawCalls: totals.drawCalls,
      geometries: memory.geometries,
      textures: memory.textures,
      contextLost: this.contextLost,
    };
  }

  dispose(): void {
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    const canvas = this.renderer.domElement;
    canvas.removeEventListener('webglcontextlost', this.onContextLost);
    canvas.removeEventListener('webglcontextrestored', this.onContextRestored);
    this.renderer.dispose();
    // Release the context now instead of waiting for garbage collection.
    this.renderer.forceContextLoss();
  }

  private onFrame = (time: number): void => {
    this.frameRequest = 0;
    const due = [...this.dirty];
    this.dirty.clear();
    for (const view of due) {
      if (view.update(time)) this.dirty.add(view);
      this.draw(view);
    }
    if (this.dirty.size && !this.contextLost) {
      this.frameRequest = requestAnimationFrame(this.onFrame);
    }
  };

  private draw(view: RenderTarget): void {
    const { pixelWidth: w, pixelHeight: h, canvas } = view;
    if (w < 1 || h < 1) return;
    const gl = this.renderer.domElement;
    // The drawing buffer only grows, so a page of widgets settles on one allocation.
    if (gl.width < w || gl.height < h) {
      this.renderer.setPixelRatio(1);
      this.renderer.setSize(Math.max(gl.width, w), Math.max(gl.height, h), false);
    }
    const bufferHeight = gl.height;
    this.renderer.setViewport(0, bufferHeight - h, w, h);
    this.renderer.setScissor(0, bufferHeight - h, w, h);
    view.beforeRender();
    const before = this.renderer.info.render.calls;
    this.renderer.render(view.scene, view.camera);
    totals.drawCalls += this.renderer.info.render.calls - before;
    totals.framesDrawn++;

    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const context = canvas.getContext('2d');
    if (context) {
      context.clearRect(0, 0, w, h);
      context.drawImage(gl, 0, 0, w, h, 0, 0, w, h);
    }
    view.afterRender();
  }

  private onContextLost = (event: Event): void => {
    // preventDefault tells the browser we want the context back.
    event.preventDefault();
    this.contextLost = true;
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
  };

  private onContextRestored = (): void => {
    this.contextLost = false;
    // three re-creates its GL state itself; every view must draw again.
    for (const view of this.views) this.invalidate(view);
  };
}

let shared: SharedRenderer | null = null;
let webglFailure: string | null = null;

/**
 * Join the page's shared renderer, creating it on first use. Returns null (and remembers
 * why, see `webglUnavailableReason`) when the browser cannot give a WebGL context.
 */
export function acquireRenderer(view: RenderTarget): SharedRenderer | null {
  if (!shared) {
    try {
      shared = new SharedRenderer();
      webglFailure = null;
    } catch (error) {
      webglFailure = error instanceof Error ? error.message : String(error);
      return null;
    }
  }
  shared.add(view);
  return shared;
}

/** Leave the shared renderer; the last view out releases the WebGL context. */
export function releaseRenderer(view: RenderTarget): void {
  if (!shared) return;
  shared.remove(view);
  if (shared.size === 0) {
    shared.dispose();
    shared = null;
  }
}

export function webglUnavailableReason(): string | null {
  return webglFailure;
}

/** Counters for tests and the benchmark (the public `rendererStats` is in renderer-stats.ts). */
export function readRendererStats(): RendererStats {
  return shared
    ? shared.stats()
    : { contexts: 0, views: 0, ...totals, geometries: 0, textures: 0, contextLost: false };
}

/** The live shared renderer, if any (tests use it to simulate context loss). */
export function currentRenderer(): SharedRenderer | null {
  return shared;
}

export type { SharedRenderer };
