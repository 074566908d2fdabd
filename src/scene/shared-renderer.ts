import { BufferAttribute, BufferGeometry, Mesh, WebGLRenderer, type Camera, type Material, type Scene } from 'three';
import type { RendererStats } from './renderer-stats.js';
import { RenderScale } from './render-scale.js';
import { yieldToMain } from '../yield-to-main.js';

/**
 * One WebGL context for every widget on a page (browsers cap live contexts at ~16, and
 * each costs memory). While one widget alone is on screen, the WebGL canvas itself sits in
 * that widget's stage and the view draws straight into it. While several are on screen,
 * each view is drawn into the shared canvas and copied into its widget's 2D canvas (a copy
 * reads the pixels back: slow without a GPU, so it is kept to the case that needs it).
 * Switching draws the widgets that change hands in the same task as the DOM move, so no
 * frame is painted blank.
 *
 * A view's first picture is drawn while the WebGL canvas is still off the page, and the
 * canvas joins the view's stage once the GPU has finished that picture (a fence tells,
 * without waiting): shown at once, the page's main thread would wait for the whole first
 * frame (the GPU's first use of the skin's shaders and its drawing) where the canvas is
 * composited without a GPU, as in Lighthouse's runs here, or read back for a copy.
 *
 * Drawing is on demand: views call `invalidate()`; one animation frame then draws every
 * dirty view. Nothing is drawn while nothing changes.
 *
 * Frames of a motion (a drag, a camera transition) are drawn plainly, one sample per pixel,
 * at a lower render scale while they come slowly (render-scale.ts), and with the body's
 * lighter stand-in where the model has one (a quarter of the triangles: see
 * models/README.md). Once the motion
 * rests, one frame is drawn supersampled where the screen's pixels are large (see
 * SMALL_PIXELS_RATIO): twice the pixels each way, shrunk to the view's size when shown (the
 * browser's filter averages each 2 × 2 block), so the still picture has smooth edges. The
 * context itself has no multisampling: with software WebGL (SwiftShader, a computer without
 * a usable GPU) a multisampled frame of the body cost three to five times
 * a plain one, whatever its size (its thousands of small triangles, not its pixels, are the
 * work), and that made the frames of a drag miss the display's refresh.
 */

/** What the shared renderer needs from a view; the view decides when it is dirty. */
export interface RenderTarget {
  /** Called once per frame with the time, before drawing; returns true to keep animating. */
  update(time: number): boolean;
  /**
   * Draws the target's scene with its camera (the renderer's viewport is set for it).
   * `moving`: a frame of a motion, which may draw lighter stand-ins (the body's MSFT_lod);
   * the still picture that follows it draws everything in full.
   */
  draw(renderer: WebGLRenderer, moving: boolean): void;
  /**
   * The view's 2D canvas. While it is in the document, its parent is the view's stage: the
   * element whose visibility decides how the view is shown and where the WebGL canvas goes
   * while the view is alone on screen (right after this canvas, with the same styles).
   */
  canvas: HTMLCanvasElement;
  /** Device pixels of the target canvas. */
  pixelWidth: number;
  pixelHeight: number;
  /** Device pixels per CSS pixel it is drawn at (absent: 1); decides supersampling. */
  readonly pixelRatio?: number;
  /**
   * True while the picture is in motion (a drag, a camera transition): such frames may be
   * drawn at a lower render scale when frames come slowly. Absent: never.
   */
  readonly moving?: boolean;
  /** Called just before drawing (camera-relative lights). */
  beforeRender(): void;
  /** Called after the view has been drawn (marker projection, events). */
  afterRender(): void;
}

export type { RendererStats };

/** Page-lifetime counters: they survive the renderer being released and made again. */
const totals = { framesDrawn: 0, drawCalls: 0, copies: 0 };

/** No frame asked for this long after the last one: the motion rests; draw the still picture. */
const REST_DELAY = 200;
/** A still picture is drawn with this many pixels per view pixel each way, then shrunk. */
const SUPERSAMPLE = 2;
/**
 * Drawing-buffer size limits for a supersampled picture: a view so large that it would
 * need more (a full-screen widget on a large high-density screen) is drawn at its own size,
 * where its pixels are small enough that edges look smooth anyway.
 */
const MAX_SUPERSAMPLED_PIXELS = 2048 * 2048;
const MAX_SUPERSAMPLED_SIDE = 4096;

/**
 * Device pixels per CSS pixel from which a still picture is drawn at the screen's own
 * pixels: they are small enough there (phones, tablets, most laptops) that the edges look
 * smooth, and a supersampled picture would be four times the pixels to draw, to keep and to
 * composite for a difference no one sees (compared at 1.75: the same picture). Screens of
 * fewer, larger pixels (1 to 1.25, most desktop monitors) get the supersampled one.
 */
const SMALL_PIXELS_RATIO = 1.5;

/** A view's size in device px and its device px per CSS px. */
export interface ViewPixels {
  width: number;
  height: number;
  ratio: number;
}

/** The scale a view's still picture is drawn at: supersampled where pixels are large and the buffer allows it. */
function stillScale({ width, height, ratio }: ViewPixels): number {
  if (ratio >= SMALL_PIXELS_RATIO) return 1;
  const w = width * SUPERSAMPLE;
  const h = height * SUPERSAMPLE;
  return w * h <= MAX_SUPERSAMPLED_PIXELS && Math.max(w, h) <= MAX_SUPERSAMPLED_SIDE ? SUPERSAMPLE : 1;
}
/** How often the first picture's fence is looked at, ms (each look is a tiny task). */
const FENCE_POLL_MS = 8;

/**
 * The WebGL context's attributes, as three asks for them: a context made ahead
 * (prepareRenderer) must be the one three would make, since asking a canvas again returns
 * its first context whatever is asked.
 */
const CONTEXT_ATTRIBUTES = {
  alpha: true,
  depth: true,
  stencil: false,
  // No multisampling: still pictures are supersampled instead (see above).
  antialias: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'low-power',
  failIfMajorPerformanceCaveat: false,
} as const;


class SharedRenderer {
  readonly renderer: WebGLRenderer;
  private readonly views = new Set<RenderTarget>();
  private readonly dirty = new Set<RenderTarget>();
  /** Views whose picture is unchanged but whose afterRender must run (markers moved). */
  private readonly stale = new Set<RenderTarget>();
  /** Views drawn at least once: drawNow leaves an unchanged picture as it is. */
  private readonly drawnOnce = new WeakSet<RenderTarget>();
  /** Whether views' stages are on screen, from an IntersectionObserver; absent: not known yet. */
  private readonly onScreen = new Map<RenderTarget, boolean>();
  private readonly stages = new Map<Element, RenderTarget>();
  private readonly observer: IntersectionObserver | null;
  /** The view whose stage shows the WebGL canvas, while it is the only one on screen. */
  private direct: RenderTarget | null = null;
  private readonly scale = new RenderScale();
  /** Views whose last frame was a moving one (not supersampled, maybe scaled down, stand-ins drawn). */
  private readonly reduced = new Set<RenderTarget>();
  private restTimer = 0;
  /** The next frame draws still pictures: the motion has come to rest. */
  private atRest = false;
  private frameRequest = 0;
  /** When the pending frame was first asked for (an input event's timestamp, or when invalidated). */
  private requestedAt = 0;
  /** The drawing buffer was resized in this frame (a stall of its own: not the scale's fault). */
  private resized = false;
  /**
   * Runs a task right after a frame's own: by then the frame has been committed, and where
   * the page is composited without a GPU, its pixels read back, which waits for WebGL to
   * finish drawing it. Timed from the request to then, a moving frame counts all it cost
   * the page, not just the script that asked for it.
   */
  private readonly afterFrame = new MessageChannel();
  /** When the moving frame waiting for `afterFrame` was asked for. */
  private judging: number | null = null;
  /** The direct view's first picture, drawn off the page: the GPU's fence for it. */
  private firstPicture: WebGLSync | null = null;
  private fencePoll = 0;
  /** Callers waiting for a view's picture to be on the page (whenShown). */
  private readonly showWaiters = new Map<RenderTarget, (() => void)[]>();
  contextLost = false;

  /**
   * `canvas`: made the size of the first view's drawing buffer (firstCanvas), perhaps with
   * its context already (prepareRenderer). The context is made at that size: resizing it
   * later allocates the buffers again, a wait of the page's main thread for the GPU
   * process (tens to hundreds of ms with software WebGL while it compiles shaders).
   */
  constructor(canvas: HTMLCanvasElement) {
    this.renderer = new WebGLRenderer({ canvas, ...CONTEXT_ATTRIBUTES });
    this.renderer.setPixelRatio(1);
    this.renderer.setClearColor(0x000000, 0);
    // Scissor keeps each view's clear to its own corner of the shared drawing buffer.
    this.renderer.setScissorTest(true);
    this.renderer.info.autoReset = false;
    canvas.setAttribute('aria-hidden', 'true');
    canvas.addEventListener('webglcontextlost', this.onContextLost);
    canvas.addEventListener('webglcontextrestored', this.onContextRestored);
    this.observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver(this.onVisibility) : null;
    this.afterFrame.port1.onmessage = this.onFrameDone;
  }

  add(view: RenderTarget): void {
    this.views.add(view);
    const stage = view.canvas.isConnected ? view.canvas.parentElement : null;
    if (stage && this.observer) {
      this.stages.set(stage, view);
      this.observer.observe(stage);
    }
    // Until the observer reports (a frame later), a staged view counts as on screen: a lone
    // widget draws its first frames directly instead of through a copy. Nothing is drawn
    // until the view asks (it has nothing to show before its body).
    this.choosePresentation();
  }

  remove(view: RenderTarget): void {
    this.views.delete(view);
    this.settleShowWaiters(view);
    this.dirty.delete(view);
    this.stale.delete(view);
    this.reduced.delete(view);
    this.onScreen.delete(view);
    for (const [stage, owner] of this.stages) {
      if (owner !== view) continue;
      this.observer?.unobserve(stage);
      this.stages.delete(stage);
    }
    this.choosePresentation();
  }

  get size(): number {
    return this.views.size;
  }

  /** `since`: when the change was asked for (an input event's timestamp); now if not given. */
  invalidate(view: RenderTarget, since?: number): void {
    if (!this.views.has(view)) return;
    this.dirty.add(view);
    this.requestFrame(since);
  }

  /**
   * Draw the view into one pixel while the WebGL canvas waits off the page for its first
   * picture: the geometry's upload, the lights' setup and the program's first use (a wait
   * for its link) happen now, in the caller's task, instead of in the first picture's.
   */
  warm(view: RenderTarget): void {
    if (!this.views.has(view) || !this.waitsForFirstPicture(view)) return;
    this.renderer.setViewport(0, 0, 1, 1);
    this.renderer.setScissor(0, 0, 1, 1);
    view.beforeRender();
    view.draw(this.renderer, false);
  }

  /**
   * Resolves once the view's picture is on the page: at once, unless its first picture is
   * being finished off the page (or it has not been drawn yet while it waits for that).
   */
  whenShown(view: RenderTarget): Promise<void> {
    if (!this.views.has(view) || !this.waitsForFirstPicture(view)) return Promise.resolve();
    return new Promise((resolve) => {
      const waiting = this.showWaiters.get(view) ?? [];
      waiting.push(resolve);
      this.showWaiters.set(view, waiting);
    });
  }

  /**
   * The view is to show the WebGL canvas, which is not on the page until its first picture
   * is finished. A view of no size draws nothing, so nothing waits for it.
   */
  private waitsForFirstPicture(view: RenderTarget): boolean {
    return (
      view === this.direct &&
      !this.renderer.domElement.isConnected &&
      !this.contextLost &&
      view.pixelWidth >= 1 &&
      view.pixelHeight >= 1
    );
  }

  private settleShowWaiters(view: RenderTarget): void {
    const waiting = this.showWaiters.get(view);
    this.showWaiters.delete(view);
    for (const resolve of waiting ?? []) resolve();
  }

  /**
   * Run the view's afterRender in the next frame without drawing it: what it reports (marker
   * positions) changed, its picture did not. Every frame drawn costs a read-back of its
   * pixels where the page is composited without a GPU.
   */
  reproject(view: RenderTarget): void {
    if (!this.views.has(view)) return;
    this.stale.add(view);
    this.requestFrame();
  }

  private requestFrame(since = performance.now()): void {
    if (this.contextLost) return;
    if (this.frameRequest) {
      this.requestedAt = Math.min(this.requestedAt, since);
      return;
    }
    this.requestedAt = since;
    this.frameRequest = requestAnimationFrame(this.onFrame);
  }

  /**
   * Wait for the programs compiled so far to be linked and read their uniforms (three does
   * this on a program's first use): called in a task of its own before a first draw, the
   * wait (20 to 35 ms with software WebGL, which cannot say without waiting whether a link
   * is done) is not added to the draw's task.
   */
  finishPrograms(): void {
    if (this.contextLost) return;
    for (const program of this.renderer.info.programs ?? []) program.getUniforms();
  }

  /**
   * Start compiling `material`'s shader program for `scene`'s lights. WebGL compiles in the
   * GPU process: begun now, it runs beside the model's download, decoding and placement,
   * and the first draw finds the program ready instead of waiting for it (seconds with
   * software WebGL). The program is shared by every view whose material and lights match.
   * Resolves once the program is linked (KHR_parallel_shader_compile tells without waiting):
   * a first draw before that would block the page's main thread until it is.
   */
  prepare(material: Material, scene: Scene, camera: Camera): Promise<void> {
    if (this.contextLost) return Promise.resolve();
    // Position and normal, as the body has: the attributes that choose the shader variant.
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(9), 3));
    geometry.setAttribute('normal', new BufferAttribute(new Float32Array(9), 3));
    const mesh = new Mesh(geometry, material);
    // Without the extension (SwiftShader lacks it) three could only poll by waiting, and
    // says so in the console on every page: compile the plain way then.
    const parallel = this.renderer.extensions.has('KHR_parallel_shader_compile');
    const compiled = parallel ? this.renderer.compileAsync(mesh, camera, scene) : Promise.resolve(this.renderer.compile(mesh, camera, scene));
    geometry.dispose();
    return compiled.then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * Draw one view's still picture now (tests and the first frame use this to avoid
   * waiting a frame). A picture unchanged since it was last drawn is not drawn again; its
   * afterRender runs all the same.
   */
  drawNow(view: RenderTarget): void {
    if (this.contextLost || !this.views.has(view)) return;
    this.stale.delete(view);
    if (this.drawnOnce.has(view) && !this.dirty.has(view) && !this.reduced.has(view)) {
      view.afterRender();
      return;
    }
    this.draw(view, false);
    this.restoreDirect(view);
    // A moving view keeps its pending frame: it advances the animation (auto-rotate, a
    // camera move) through update(), which drawing now does not.
    if (!view.moving) this.dirty.delete(view);
  }

  /**
   * The frame a widget shows directly, copied into a new 2D canvas (drawn again first: a
   * WebGL canvas's pixels cannot be read once they have been shown). Null while no widget
   * shows the WebGL canvas or the context is lost. For tests.
   */
  readDirectFrame(): HTMLCanvasElement | null {
    const view = this.direct;
    if (!view || this.contextLost) return null;
    this.draw(view, false);
    const source = this.renderer.domElement;
    // At the view's own size, as it is shown (a supersampled buffer is shrunk).
    const copy = document.createElement('canvas');
    copy.width = view.pixelWidth;
    copy.height = view.pixelHeight;
    copy.getContext('2d')?.drawImage(source, 0, 0, source.width, source.height, 0, 0, copy.width, copy.height);
    return copy;
  }

  stats(): RendererStats {
    const memory = this.renderer.info.memory;
    return {
      contexts: 1,
      views: this.views.size,
      framesDrawn: totals.framesDrawn,
      drawCalls: totals.drawCalls,
      copies: totals.copies,
      direct: this.direct !== null,
      renderScale: this.scale.value,
      geometries: memory.geometries,
      textures: memory.textures,
      contextLost: this.contextLost,
    };
  }

  dispose(): void {
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.dropFence();
    for (const view of [...this.showWaiters.keys()]) this.settleShowWaiters(view);
    clearTimeout(this.restTimer);
    this.afterFrame.port1.close();
    this.observer?.disconnect();
    const canvas = this.renderer.domElement;
    canvas.remove();
    canvas.removeEventListener('webglcontextlost', this.onContextLost);
    canvas.removeEventListener('webglcontextrestored', this.onContextRestored);
    this.renderer.dispose();
    // Release the context now instead of waiting for garbage collection.
    this.renderer.forceContextLoss();
  }

  private onFrame = (time: number): void => {
    this.frameRequest = 0;
    const askedAt = this.requestedAt;
    const atRest = this.atRest;
    this.atRest = false;
    const due = [...this.dirty];
    this.dirty.clear();
    for (const view of this.stale) if (!due.includes(view)) view.afterRender();
    this.stale.clear();
    // Only frames of a motion judge the speed (start-up work, a click's frame say nothing).
    const moving = due.some((view) => view.moving);
    // The directly shown view last: drawing any other view reuses its drawing buffer.
    due.sort((a, b) => Number(a === this.direct) - Number(b === this.direct));
    this.resized = false;
    for (const view of due) {
      const inMotion = !atRest && !!view.moving;
      if (view.update(time)) this.dirty.add(view);
      this.draw(view, inMotion);
    }
    if (this.direct && due.length && !due.includes(this.direct)) this.draw(this.direct, this.reduced.has(this.direct));
    if (this.reduced.size) {
      clearTimeout(this.restTimer);
      this.restTimer = window.setTimeout(this.onRest, REST_DELAY);
    }
    // Judged once the frame is done (afterFrame); a frame that resized the drawing buffer
    // (the first of a motion, the first at a new scale) says nothing about the scale.
    if (moving && !this.resized && this.judging === null) {
      this.judging = askedAt;
      this.afterFrame.port2.postMessage(null);
    }
    if (this.dirty.size) this.requestFrame();
  };

  private onFrameDone = (): void => {
    if (this.judging !== null) this.scale.frame(performance.now() - this.judging);
    this.judging = null;
  };

  /** The motion has rested: one still picture for every view last drawn moving. */
  private onRest = (): void => {
    this.restTimer = 0;
    if (this.frameRequest || this.contextLost) return;
    // A finger or mouse still holding the view mid-drag (or frames so slow that one came
    // later than the delay): not at rest yet. A still picture now would cost two resizes
    // and a slow frame in the middle of the motion; look again later.
    if ([...this.reduced].some((view) => view.moving)) {
      this.restTimer = window.setTimeout(this.onRest, REST_DELAY);
      return;
    }
    this.scale.rested();
    this.atRest = true;
    for (const view of this.reduced) this.invalidate(view);
  };

  private still(view: RenderTarget): number {
    return stillScale({ width: view.pixelWidth, height: view.pixelHeight, ratio: view.pixelRatio ?? 1 });
  }

  /** Draw `view`: a frame of a motion (`moving`: at the render scale, stand-ins) or its still picture. */
  private draw(view: RenderTarget, moving: boolean): void {
    const { pixelWidth: w, pixelHeight: h, canvas } = view;
    if (w < 1 || h < 1) return;
    const scale = moving ? this.scale.value : this.still(view);
    const width = Math.max(1, Math.round(w * scale));
    const height = Math.max(1, Math.round(h * scale));
    const gl = this.renderer.domElement;
    const direct = view === this.direct;
    if (direct) {
      // Shown as it is: the drawing buffer is exactly the picture, sized by CSS to the stage.
      if (gl.width !== width || gl.height !== height) {
        this.renderer.setSize(width, height, false);
        this.resized = true;
      }
    } else if (gl.width < width || gl.height < height) {
      // Copied from: the buffer only grows, so a page of widgets settles on one allocation.
      this.renderer.setSize(Math.max(gl.width, width), Math.max(gl.height, height), false);
      this.resized = true;
    }
    const bufferHeight = gl.height;
    this.renderer.setViewport(0, bufferHeight - height, width, height);
    this.renderer.setScissor(0, bufferHeight - height, width, height);
    view.beforeRender();
    const before = this.renderer.info.render.calls;
    view.draw(this.renderer, moving);
    totals.drawCalls += this.renderer.info.render.calls - before;
    totals.framesDrawn++;
    this.drawnOnce.add(view);
    this.stale.delete(view);
    if (moving) this.reduced.add(view);
    else this.reduced.delete(view);

    if (direct && !gl.isConnected && !this.firstPicture) this.fenceFirstPicture();
    if (!direct) {
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      const context = canvas.getContext('2d');
      if (context) {
        context.clearRect(0, 0, w, h);
        context.drawImage(gl, 0, 0, width, height, 0, 0, w, h);
        totals.copies++;
      }
    }
    view.afterRender();
  }

  /** After drawing `drawn` for a copy, the directly shown view gets its drawing buffer back. */
  private restoreDirect(drawn: RenderTarget): void {
    if (this.direct && drawn !== this.direct) this.draw(this.direct, false);
  }

  private onVisibility = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      const view = this.stages.get(entry.target);
      if (view) this.onScreen.set(view, entry.isIntersecting);
    }
    this.choosePresentation();
  };

  /**
   * Show the WebGL canvas in the stage of the one view on screen, or in none when several
   * (or none) are. The view that hands the canvas over is drawn into its own 2D canvas, and
   * the one that takes it is drawn into it, in this same task: the next painted frame has
   * both, never a blank stage.
   */
  private choosePresentation(): void {
    const staged = new Set(this.stages.values());
    const shown = [...this.views].filter((view) => staged.has(view) && this.onScreen.get(view) !== false);
    const next = shown.length === 1 ? shown[0] : null;
    const previous = this.direct;
    if (next === previous) return;
    const gl = this.renderer.domElement;
    this.direct = next;
    if (previous) {
      // The part name goes back to the 2D canvas, also when the view has left (the element
      // keeps its canvas and may start a new view on it).
      const part = gl.getAttribute('part');
      if (part) previous.canvas.setAttribute('part', part);
      gl.removeAttribute('part');
      if (this.views.has(previous) && this.drawnOnce.has(previous) && !this.contextLost) this.draw(previous, false);
    }
    this.dropFence();
    if (next && this.drawnOnce.has(next)) {
      this.attach(next);
      if (!this.contextLost) this.draw(next, false);
    } else {
      // A view not drawn yet gets the canvas once its first picture is finished (draw).
      gl.remove();
    }
    if (previous && previous !== next) this.settleShowWaiters(previous);
  }

  /** Put the WebGL canvas in `view`'s stage, over its (now cleared) 2D canvas. */
  private attach(view: RenderTarget): void {
    const gl = this.renderer.domElement;
    // The stage's styles for its canvas apply to this one too; it takes over the part name.
    view.canvas.after(gl);
    const part = view.canvas.getAttribute('part');
    if (part) gl.setAttribute('part', part);
    view.canvas.removeAttribute('part');
    view.canvas.getContext('2d')?.clearRect(0, 0, view.canvas.width, view.canvas.height);
    this.settleShowWaiters(view);
  }

  /**
   * The direct view was drawn while the canvas is off the page: a fence after its picture,
   * polled between tasks; the canvas joins the stage once the GPU has passed it (the
   * shaders' first use and the drawing are done), showing the latest picture drawn. Pictures
   * drawn meanwhile add no fence: a turning view (auto-rotate) draws every frame, and
   * waiting for the newest one's fence could wait for ever on a slow GPU.
   */
  private fenceFirstPicture(): void {
    // three draws with WebGL 2 only.
    const gl = this.renderer.getContext() as WebGL2RenderingContext;
    this.dropFence();
    const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!sync) {
      if (this.direct) this.attach(this.direct);
      return;
    }
    gl.flush();
    this.firstPicture = sync;
    const poll = () => {
      this.fencePoll = 0;
      if (this.firstPicture !== sync) return;
      const view = this.direct;
      const done = this.contextLost || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED;
      if (!done && view) {
        this.fencePoll = window.setTimeout(poll, FENCE_POLL_MS);
        return;
      }
      this.dropFence();
      if (view && !this.contextLost) this.attach(view);
    };
    this.fencePoll = window.setTimeout(poll, FENCE_POLL_MS);
  }

  private dropFence(): void {
    clearTimeout(this.fencePoll);
    this.fencePoll = 0;
    if (this.firstPicture && !this.contextLost) (this.renderer.getContext() as WebGL2RenderingContext).deleteSync(this.firstPicture);
    this.firstPicture = null;
  }

  private onContextLost = (event: Event): void => {
    // preventDefault tells the browser we want the context back.
    event.preventDefault();
    this.contextLost = true;
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    clearTimeout(this.fencePoll);
    this.fencePoll = 0;
    this.firstPicture = null;
    // Nothing will be drawn until the context is back: wait for nothing.
    for (const view of [...this.showWaiters.keys()]) this.settleShowWaiters(view);
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
 * The shared drawing buffer's canvas, made the size of the first view's still picture (a
 * view `size` device px, supersampled where it will be) where the caller knows it.
 */
function firstCanvas(size?: ViewPixels): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  if (size && size.width >= 1 && size.height >= 1) {
    const scale = stillScale(size);
    canvas.width = size.width * scale;
    canvas.height = size.height * scale;
  }
  return canvas;
}

/** Make the shared renderer on `canvas`; null (and why remembered) when WebGL is not there. */
function makeShared(canvas: HTMLCanvasElement): SharedRenderer | null {
  try {
    shared = new SharedRenderer(canvas);
    webglFailure = null;
  } catch (error) {
    webglFailure = error instanceof Error ? error.message : String(error);
  }
  return shared;
}

/**
 * Make the page's shared renderer ahead of `acquireRenderer`, in steps that are each a task
 * of the page's main thread: the browser's context first (its buffers allocated: 20 to 80 ms
 * with software WebGL), then three's set-up of it (its extensions and limits read: tens of
 * ms again). Done in one task, the two were the longest task of a widget's load. Resolves
 * false when the browser gives no WebGL context (`webglUnavailableReason` says why).
 */
export function prepareRenderer(size?: ViewPixels): Promise<boolean> {
  if (shared) return Promise.resolve(true);
  // Widgets starting together share one preparation: one context for the page.
  preparing ??= prepareInSteps(size).finally(() => {
    preparing = null;
  });
  return preparing;
}

let preparing: Promise<boolean> | null = null;

async function prepareInSteps(size?: ViewPixels): Promise<boolean> {
  const canvas = firstCanvas(size);
  // No context here (null, or thrown) is not the verdict: three asks again and words the failure.
  try {
    canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  } catch {
    // three's own attempt throws again, and that is what is reported.
  }
  await yieldToMain();
  // A widget that did not wait (BodyView.create) may have made the renderer meanwhile.
  if (!shared && !makeShared(canvas)) return false;
  await yieldToMain();
  return true;
}

/**
 * Join the page's shared renderer, creating it on first use (its drawing buffer made for a
 * still picture of a view `size` device px, where the caller knows the size it will show). Returns null (and remembers
 * why, see `webglUnavailableReason`) when the browser cannot give a WebGL context.
 */
export function acquireRenderer(view: RenderTarget, size?: ViewPixels): SharedRenderer | null {
  // The first picture is a still one: make the buffer its size.
  if (!shared && !makeShared(firstCanvas(size))) return null;
  shared!.add(view);
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

/** Counters for tests and the benchmark: contexts, frames, draw calls, GPU memory. */
export function rendererStats(): RendererStats {
  return shared
    ? shared.stats()
    : { contexts: 0, views: 0, ...totals, direct: false, renderScale: 1, geometries: 0, textures: 0, contextLost: false };
}

/** The live shared renderer, if any (tests use it to simulate context loss). */
export function currentRenderer(): SharedRenderer | null {
  return shared;
}

export type { SharedRenderer };
