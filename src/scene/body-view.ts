import { Object3D, Raycaster, Vector2, type MeshStandardMaterial, Color, type WebGLRenderer } from 'three';
import { measurementOf } from '../catalogue/describe-measurement.js';
import { placePoint } from '../catalogue/place.js';
import type { AcuPoint, PlacedMarker } from '../catalogue/types.js';
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { buildSurface } from '../geometry/surface-builder.js';
import type { Vec3 } from '../geometry/vec3.js';
import type { MeridianLine } from '../modes/meridian-paths.js';
import { createMeridianOverlay } from './meridians.js';
import { quizMiss, type QuizMiss } from '../modes/quiz-distance.js';
import { rulerGeometry, type RulerGeometry } from '../modes/ruler-geometry.js';
import type { BodyModel, BodyViewCallbacks, FreeRect, OrbitFrame, ScreenMarker, Snapshot, ViewName } from './body-view-types.js';
import { VIEWS } from './body-view-types.js';
import { keepInSight } from './keep-in-sight.js';
import { spreadFrame, type Lens, type RigLimits, type SpreadInput } from './frame-fit.js';
import { createCunRuler } from './cun-ruler.js';
import { canCompileWasm, loadBody, disposeObject, type LoadBodyOptions, type LoadedBody } from './model-loader.js';
import { OrbitInput } from './orbit-input.js';
import { OrbitRig } from './orbit-rig.js';
import { projectMarker } from './marker-projector.js';
import { provideRendererStats } from './renderer-stats.js';
import { acquireRenderer, prepareRenderer, releaseRenderer, rendererStats, webglUnavailableReason, type RenderTarget, type SharedRenderer, type ViewPixels } from './shared-renderer.js';
import { applySkin, createSkinMaterial, createStagedScene } from './staging.js';
import type { AnatomyStage } from './anatomy-layer.js';
import type { DepthSection } from '../geometry/depth-section.js';
import { markStage } from '../perf-mark.js';
import type { Translator } from '../i18n/translator.js';
import { SLICE_MS, yieldToMain } from '../yield-to-main.js';

/** The stage's size now in device px (setSize follows with the same): the context is made that size. */
function firstPictureSize(surface: HTMLElement): ViewPixels {
  const stage = surface.getBoundingClientRect();
  const dpr = pixelRatio(window.devicePixelRatio);
  return { width: Math.round(stage.width * dpr), height: Math.round(stage.height * dpr), ratio: dpr };
}

/** Device pixels per CSS pixel the view draws at: the screen's, at most 2. */
function pixelRatio(devicePixelRatio: number): number {
  return Math.min(devicePixelRatio || 1, 2);
}

export type { BodyModel, BodyViewCallbacks, FreeRect, ScreenMarker, Snapshot, ViewName } from './body-view-types.js';

// `rendererStats()` (exported by the entry, which does not load three) reads the shared renderer from now on.
provideRendererStats(rendererStats);

/** What placing a point set on the body gave: the markers, and why some points have none. */
export interface Placement {
  markers: PlacedMarker[];
  problems: string[];
}

/**
 * The 3D view of one widget: scene, camera rig, input, the loaded body and its
 * markers. Knows nothing of Lit; the element talks to it through this small API, the
 * façade of the 3D stage: nothing else of src/scene is the element's business.
 */
export class BodyView implements RenderTarget {
  private readonly scene;
  private readonly lightRig: Object3D;
  private readonly rig = new OrbitRig();
  private readonly input: OrbitInput;
  private readonly renderer: SharedRenderer;
  private readonly skin: MeshStandardMaterial;
  private body: LoadedBody | null = null;
  /**
   * Bones, nerves and organs under the skin: their code is a chunk of its own, imported the
   * first time the anatomy or a depth view is asked for, and the model file is fetched then.
   */
  private anatomy: Promise<AnatomyStage> | null = null;
  /**
   * The fitting of a plan (plan-fit.ts), fetched the first time one is framed: a page that
   * never chooses a protocol does not download it with this stage.
   */
  private planFitting: Promise<typeof import('./plan-fit.js')> | null = null;
  private surfaceIndex: TriangleSurface | null = null;
  private markers: PlacedMarker[] = [];
  /** Where `markers` were in the last frame drawn. */
  private screen: ScreenMarker[] = [];
  /** The right inset and view size the camera's view offset was last set for. */
  /** Calls of placePoints so far: only the latest one shows its markers. */
  private placements = 0;
  private meridianCache: { markers: readonly PlacedMarker[]; lines: MeridianLine[] } | null = null;
  /** The channels' course on the body (meridian-paths.ts), fetched the first time they are shown. */
  private meridianCode: Promise<typeof import('../modes/meridian-paths.js')> | null = null;
  /** The markers the channels were last asked to go through (null: none shown). */
  private meridiansFor: readonly PlacedMarker[] | null = null;
  private readonly overlays = new Map<string, Object3D>();
  private lastTime = 0;
  private disposed = false;
  /** The part of the view nothing covers (setInsets); null: all of it. */
  private free: FreeRect | null = null;
  private cssWidth = 0;
  private cssHeight = 0;
  pixelWidth = 0;
  pixelHeight = 0;
  pixelRatio = 1;

  /** Why the browser gave no WebGL context (after `create` returned null), if it said. */
  static unavailableReason(): string | null {
    return webglUnavailableReason();
  }

  /** False where a Content-Security-Policy forbids WebAssembly (the meshopt decoder needs it). */
  static canCompileWasm(): boolean {
    return canCompileWasm();
  }

  /** Returns null when the browser cannot give a WebGL context. */
  static create(canvas: HTMLCanvasElement, surface: HTMLElement, callbacks: BodyViewCallbacks, skinColor: string): BodyView | null {
    const view = new BodyView(canvas, surface, callbacks, skinColor);
    return view.ok ? view : null;
  }

  /**
   * `create` in steps that are each a task of the page's main thread: the page's WebGL
   * context, three's renderer on it (both only for the page's first view), then the view's
   * scene. A page keeps responding while a widget starts.
   */
  static async createInSteps(canvas: HTMLCanvasElement, surface: HTMLElement, callbacks: BodyViewCallbacks, skinColor: string): Promise<BodyView | null> {
    if (!(await prepareRenderer(firstPictureSize(surface)))) return null;
    return BodyView.create(canvas, surface, callbacks, skinColor);
  }

  private readonly ok: boolean;
  /** The skin's shader program is linked: drawing the body no longer waits for it. */
  private readonly programReady: Promise<void>;

  private constructor(
    readonly canvas: HTMLCanvasElement,
    surface: HTMLElement,
    private readonly callbacks: BodyViewCallbacks,
    skinColor: string,
  ) {
    const staged = createStagedScene();
    this.scene = staged.scene;
    this.lightRig = staged.lightRig;
    this.skin = createSkinMaterial(skinColor);
    const renderer = acquireRenderer(this, firstPictureSize(surface));
    this.ok = renderer !== null;
    this.renderer = renderer as SharedRenderer;
    this.input = new OrbitInput(
      surface,
      this.rig,
      (kind, at) => {
        this.invalidate(at);
        callbacks.interacted(kind);
      },
      () => callbacks.resetRequested(),
    );
    if (!this.ok) this.input.dispose();
    // In a task of its own: making the context and building the program are each tens of
    // milliseconds of the page's main thread on a slow phone.
    this.programReady = this.ok
      ? yieldToMain().then(() => (this.disposed ? undefined : this.renderer.prepare(this.skin, this.scene, this.camera)))
      : Promise.resolve();
  }

  private get camera() {
    return this.rig.camera;
  }

  /**
   * @internal RenderTarget: the shared renderer has it draw its scene with its camera; a
   * frame of a motion draws the body's lighter stand-in, if the model has one.
   */
  draw(renderer: WebGLRenderer, moving: boolean): void {
    this.body?.showMoving(moving);
    renderer.render(this.scene, this.camera);
  }

  get model(): BodyModel | null {
    return this.body && this.surfaceIndex
      ? { landmarks: this.body.landmarks, surface: this.surfaceIndex }
      : null;
  }

  /** @internal RenderTarget: in motion (a drag, a pinch, a camera transition, auto-rotation). */
  get moving(): boolean {
    return this.input.dragging || this.rig.animating;
  }

  /** True if the last pointer press was a drag rather than a click. */
  get lastPressWasDrag(): boolean {
    return this.input.wasDrag;
  }

  /**
   * Load a model and show it. The first body is drawn as soon as it is decoded, while its
   * query index (placement, picking, marker occlusion) is built off the main thread; the
   * promise resolves when both are ready. A body that replaces another is shown only then,
   * so the markers never stand on a body they were not placed on. A model the loader
   * refuses (see model-loader.ts) never replaces the body shown.
   */
  async load(url: string, options: LoadBodyOptions = {}): Promise<BodyModel> {
    const { signal } = options;
    const body = await loadBody(url, options);
    if (signal?.aborted) {
      body.dispose();
      throw new DOMException('Model load aborted', 'AbortError');
    }
    markStage('model');
    const first = this.body === null;
    if (first) {
      // Its own task, after the decoding's; and only once the program is linked, so the
      // first frame with the body does not stall the page.
      await this.programReady;
      await yieldToMain();
      if (this.ok) this.renderer.finishPrograms();
      await yieldToMain();
      if (signal?.aborted) {
        body.dispose();
        throw new DOMException('Model load aborted', 'AbortError');
      }
      this.show(body);
      // Starting the worker below is a task's worth of its own (10 to 30 ms here).
      await yieldToMain();
    }
    let surface: TriangleSurface;
    try {
      surface = await buildSurface(body.positions, body.indices, { signal });
    } catch (error) {
      // A body shown early leaves with its load (show disposes it); a waiting one is disposed here.
      if (first && this.body === body) this.show(null);
      else body.dispose();
      throw error;
    }
    markStage('surface');
    if (!first) this.show(body);
    this.surfaceIndex = surface;
    // Marker occlusion now has the skin: the next frame projects the markers again.
    this.reproject();
    return { landmarks: body.landmarks, surface };
  }

  /** Put `body` in the scene (null: none), disposing the one it replaces. */
  private show(body: LoadedBody | null): void {
    if (this.body) {
      this.scene.remove(this.body.root);
      this.body.dispose();
    }
    this.body = body;
    this.surfaceIndex = null;
    if (body) {
      applySkin(body.root, this.skin);
      this.scene.add(body.root);
      void this.anatomy?.then((stage) => stage.bodyChanged());
      const height = body.bounds.max.y - body.bounds.min.y;
      this.rig.setFrame({ height, centerY: (body.bounds.max.y + body.bounds.min.y) / 2 }, this.aspect);
      if (this.ok) this.renderer.warm(this);
      this.invalidate();
    } else if (this.ok) {
      // One empty frame, so the body that left is not still shown.
      this.renderer.drawNow(this);
    }
  }

  /** False where the page forbids WebAssembly: compressed models (the anatomy) cannot be decoded. */
  canDecodeCompressed(): boolean {
    return canCompileWasm();
  }

  /**
   * Show the anatomy model at `url` under a see-through skin (fetched the first time), or
   * hide it (null). Rejects with a ModelLoadError when the file cannot be used.
   */
  showAnatomy(url: string | null): Promise<void> {
    if (!url && !this.anatomy) return Promise.resolve();
    return this.anatomyStage().then((stage) => stage.show(url));
  }

  /**
   * The cross-section at a marker for its depth view: skin and anatomy (from `url`) cut
   * through the needle, and where the needle meets the structures named in `atRisk`.
   */
  depthSection(
    url: string,
    marker: PlacedMarker,
    needle: { angle: number; depth: number; atRisk: readonly string[] },
  ): Promise<DepthSection> {
    return this.anatomyStage().then((stage) =>
      stage.section(url, { point: marker.position, normal: marker.normal, side: marker.side, ...needle }),
    );
  }

  private anatomyStage(): Promise<AnatomyStage> {
    this.anatomy ??= import('./anatomy-layer.js').then(
      ({ AnatomyStage }) =>
        new AnatomyStage({ scene: this.scene, skin: this.skin, body: () => this.body, invalidate: () => this.invalidate() }),
    );
    return this.anatomy;
  }

  setMarkers(markers: PlacedMarker[]): void {
    this.markers = markers;
    this.screen = [];
    // Markers are the element's buttons, not pixels: the picture stays as it is.
    this.reproject();
  }

  /**
   * Place every point of the set on the loaded body and show their markers. A point this
   * body cannot place (a landmark missing) is left out and named in `problems`. Points are
   * placed in slices that yield to the page (a cold first placement walks the skin for tens
   * of milliseconds); resolves in a task of its own, with null if the body or the points
   * changed meanwhile (a later call places those; these markers are not shown).
   */
  async placePoints(points: readonly AcuPoint[]): Promise<Placement | null> {
    const model = this.model;
    const placing = ++this.placements;
    // A later call (a new point set) or a new body makes this one stale.
    const stale = () => placing !== this.placements || (model !== null && this.surfaceIndex !== model.surface);
    const markers: PlacedMarker[] = [];
    const problems: string[] = [];
    if (model) {
      let sliceStart = performance.now();
      for (const point of points) {
        try {
          markers.push(...placePoint(point, model.landmarks, model.surface));
        } catch (error) {
          problems.push((error as Error).message);
        }
        if (performance.now() - sliceStart >= SLICE_MS) {
          await yieldToMain();
          if (stale()) return null;
          sliceStart = performance.now();
        }
      }
    }
    // The markers, their buttons and the frame that shows them: a task after the placing.
    await yieldToMain();
    if (stale()) return null;
    markStage('placed');
    this.setMarkers(markers);
    return { markers, problems };
  }

  /**
   * Keep a chosen point in sight (its markers, by index): turn and zoom just enough that
   * one of them is inside `free` and `gap` CSS px from every other marker; nothing moves if
   * one already is. `free` is also where the view offset (setInsets) centres the picture.
   */
  revealMarkers(indices: readonly number[], instant: boolean, free: FreeRect, gap: number): void {
    const request = keepInSight({
      markers: this.markers,
      screen: this.screen,
      chosen: indices.filter((index) => this.markers[index] !== undefined),
      free,
      gap,
      pixelsPerMetre: this.rig.pixelsPerMetre(this.cssHeight),
      camera: this.rig.camera.position,
      closeUp: this.rig.pixelsPerMetre(this.cssHeight, this.rig.fullViewDistance * 0.55),
    });
    if (!request) return;
    const distance = this.rig.distanceFor(request.pixelsPerMetre, this.cssHeight);
    // Turning toward the skin is for a marker seen edge-on; but where the body stands in
    // the way from there (the other leg before SP6 on the inside of the shin) and the marker
    // shows from here, the camera keeps its heading.
    const shownNow = indices.some((index) => this.screen[index]?.visible);
    if (request.azimuth !== null && shownNow && !indices.some((index) => this.seenFrom(index, request.point, request.azimuth!, distance))) {
      request.azimuth = null;
    }
    this.setAutoRotate(false);
    this.rig.frameOn(request.point, request.azimuth, distance, instant);
    this.invalidate();
  }

  /** Whether a marker would show (facing, unhidden) with the camera framed on `point` from `azimuth`. */
  private seenFrom(index: number, point: Vec3, azimuth: number, distance: number): boolean {
    const marker = this.markers[index];
    if (!marker) return false;
    const target = this.rig.targetFor(point);
    const d = Math.min(this.rig.maxDistance, Math.max(this.rig.minDistance, Math.min(this.rig.distance, distance)));
    const elevation = this.rig.elevation;
    const probe = this.rig.camera.clone();
    probe.position.set(
      target.x + d * Math.sin(azimuth) * Math.cos(elevation),
      target.y + d * Math.sin(elevation),
      target.z + d * Math.cos(azimuth) * Math.cos(elevation),
    );
    probe.lookAt(target.x, target.y, target.z);
    probe.updateMatrixWorld();
    return projectMarker(marker, probe, this.cssWidth, this.cssHeight, this.surfaceIndex).visible;
  }

  /**
   * Zoom in on these markers (a tapped cluster) only until they stand `gap` CSS px apart,
   * turned toward their skin when it is seen obliquely, with as much of the body around
   * them as `free` (the part of the view nothing covers) leaves room for (spreadFrame).
   * With `narrow`, a close-up narrower than its `context` (metres across) backs off as far
   * as `opens` says one tap still opens each point.
   */
  spreadMarkers(indices: readonly number[], gap: number, instant: boolean, free: FreeRect, narrow?: Pick<SpreadInput, 'context' | 'opens'>): void {
    if (!this.body) return;
    const { min, max } = this.body.bounds;
    const frame = spreadFrame({
      markers: this.markers,
      members: indices,
      gap,
      free,
      lens: this.lens(),
      heading: { azimuth: this.rig.azimuth, elevation: this.rig.elevation },
      camera: this.rig.camera.position,
      limits: this.limits(),
      body: { bottom: min.y, top: max.y, centreY: (min.y + max.y) / 2 },
      ...narrow,
    });
    if (!frame) return;
    this.setAutoRotate(false);
    this.rig.frameOn(frame.target, frame.azimuth, frame.distance, instant, performance.now(), true);
    this.invalidate();
  }

  /**
   * Frame a plan: each entry of `groups` is one point's markers, most important first. The
   * camera turns to the side that sees most of them and zooms (in or out, within its
   * limits) until they all show inside `free` with `margin` px to spare; nothing moves when
   * they already do. Returns the indexes of the groups left out of view (on the other side
   * of the body, or not fitting even at the farthest distance), or null if nothing was done
   * (also when the fitting's chunk could not be fetched: the next plan tries again).
   */
  async framePlan(groups: readonly (readonly number[])[], free: FreeRect, margin: number, instant: boolean): Promise<number[] | null> {
    this.planFitting ??= import('./plan-fit.js');
    let fitPlan: typeof import('./plan-fit.js').fitPlan;
    try {
      ({ fitPlan } = await this.planFitting);
    } catch {
      this.planFitting = null;
      return null;
    }
    if (!this.body || this.screen.length !== this.markers.length) return null;
    const plan = fitPlan({
      markers: this.markers,
      groups: groups.map((group) => group.filter((index) => this.markers[index] !== undefined)),
      free,
      margin,
      lens: this.lens(),
      heading: { azimuth: this.rig.azimuth, elevation: this.rig.elevation },
      turns: Object.values(VIEWS),
      limits: this.limits(),
      closest: this.rig.fullViewDistance * 0.55,
    });
    if (!plan) return null;
    // Already in view (every point shown has a marker inside the free part): stay.
    const inFree = (index: number) => {
      const s = this.screen[index];
      return !!s && s.visible && s.x >= free.left + margin && s.x <= free.right - margin && s.y >= free.top + margin && s.y <= free.bottom - margin;
    };
    const seen = groups.filter((group) => group.some(inFree)).length;
    if (plan.azimuth === null && seen >= plan.shown.length) return groups.flatMap((group, index) => (group.some(inFree) ? [] : [index]));
    this.setAutoRotate(false);
    this.rig.frameOn(plan.target, plan.azimuth, plan.distance, instant, performance.now(), true);
    this.invalidate();
    return plan.left;
  }

  /** The camera's lens as the fitting sees it: focal length and where the target shows. */
  private lens(): Lens {
    const free = this.free;
    return {
      focal: this.rig.pixelsPerMetre(this.cssHeight, 1),
      centre: free ? { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 } : { x: this.cssWidth / 2, y: this.cssHeight / 2 },
    };
  }

  private limits(): RigLimits {
    return { minDistance: this.rig.minDistance, maxDistance: this.rig.maxDistance, clampTarget: (point) => this.rig.targetFor(point) };
  }

  setSkinColor(color: string): void {
    const next = new Color(color);
    if (!next.equals(this.skin.color)) {
      this.skin.color.copy(next);
      this.invalidate();
    }
  }

  /** Show or replace a named overlay (meridian lines, a cun ruler); null removes it. */
  setOverlay(name: string, object: Object3D | null): void {
    const old = this.overlays.get(name);
    // Nothing shown and nothing to show: no frame (each costs a read-back without a GPU).
    if (!old && !object) return;
    if (old) {
      this.scene.remove(old);
      disposeObject(old);
      this.overlays.delete(name);
    }
    if (object) {
      this.overlays.set(name, object);
      this.scene.add(object);
    }
    this.invalidate();
  }

  /**
   * How far a quiz click (a skin point from `pick`) is from the nearest marker of `point`,
   * in B-cun of the point's region, how near counts as correct there, and which other
   * point it is nearer to; null when the point has no marker on this body.
   */
  quizMiss(point: AcuPoint, clicked: Vec3): QuizMiss | null {
    const model = this.model;
    if (!model || !this.markers.some((marker) => marker.code === point.code)) return null;
    return quizMiss(point, this.markers, clicked, model.landmarks);
  }

  /**
   * Draw the channels near the lower back on the skin, through these markers; null: none.
   * Their code is fetched the first time (a moment later); a failed fetch draws nothing and
   * the next call tries again.
   */
  showMeridians(markers: readonly PlacedMarker[] | null): void {
    const model = this.model;
    if (!markers || !model || markers.length === 0) {
      this.meridiansFor = null;
      this.setOverlay('meridians', null);
      return;
    }
    this.meridiansFor = markers;
    this.meridianCode ??= import('../modes/meridian-paths.js');
    void this.meridianCode.then(
      ({ meridianLines }) => {
        // Asked for other markers, or none, or another body since: that call draws.
        if (this.disposed || this.meridiansFor !== markers || this.body?.landmarks !== model.landmarks) return;
        if (this.meridianCache?.markers !== markers) {
          this.meridianCache = { markers, lines: meridianLines(model.landmarks, model.surface, markers) };
        }
        const lines = this.meridianCache.lines;
        this.setOverlay('meridians', lines.length ? createMeridianOverlay(lines) : null);
      },
      () => (this.meridianCode = null),
    );
  }

  /**
   * Draw the cun ruler of a placed marker over the skin (its measurement legs as placed),
   * or none; returns what was drawn, for the caption and the panel.
   */
  showRuler(marker: PlacedMarker | null, tr: Translator, note?: string | null): RulerGeometry | null {
    const surface = this.surfaceIndex;
    let ruler: RulerGeometry | null = null;
    if (marker && surface) {
      try {
        ruler = rulerGeometry(measurementOf(marker), surface, tr, note);
      } catch {
        // A marker this body cannot measure has nothing to explain.
        ruler = null;
      }
    }
    this.setOverlay('cun-ruler', ruler ? createCunRuler(ruler) : null);
    return ruler;
  }

  /**
   * A still picture of the body alone (no overlays) from a preset view, framed like the
   * widget's full view or on a band of the body (`frame`), for the printed handout;
   * `project` places points on it (CSS px).
   */
  snapshot(view: ViewName, cssWidth: number, cssHeight: number, scale: number, frame?: OrbitFrame): Snapshot | null {
    if (!this.ok || !this.body) return null;
    const rig = new OrbitRig();
    const { min, max } = this.body.bounds;
    rig.setFrame(frame ?? { height: max.y - min.y, centerY: (max.y + min.y) / 2 }, cssWidth / cssHeight);
    rig.setView(view, true);
    const canvas = document.createElement('canvas');
    const target: RenderTarget = {
      draw: (renderer) => {
        this.body?.showMoving(false);
        renderer.render(this.scene, rig.camera);
      },
      canvas,
      pixelWidth: Math.round(cssWidth * scale),
      pixelHeight: Math.round(cssHeight * scale),
      update: () => false,
      beforeRender: () => {
        this.lightRig.rotation.y = rig.azimuth;
      },
      afterRender: () => {},
    };
    const shown = [...this.overlays.values()].filter((overlay) => overlay.visible);
    for (const overlay of shown) overlay.visible = false;
    try {
      acquireRenderer(target)?.drawNow(target);
    } finally {
      releaseRenderer(target);
      for (const overlay of shown) overlay.visible = true;
      this.invalidate();
    }
    const surface = this.surfaceIndex;
    return {
      canvas,
      project: (position, normal) => projectMarker({ position, normal }, rig.camera, cssWidth, cssHeight, surface),
    };
  }

  setSize(cssWidth: number, cssHeight: number, devicePixelRatio: number): void {
    const dpr = pixelRatio(devicePixelRatio);
    // The same size again (a layout pass that moved nothing): nothing to frame or draw.
    if (cssWidth === this.cssWidth && cssHeight === this.cssHeight && Math.round(cssWidth * dpr) === this.pixelWidth && Math.round(cssHeight * dpr) === this.pixelHeight) return;
    this.cssWidth = cssWidth;
    this.cssHeight = cssHeight;
    this.pixelWidth = Math.round(cssWidth * dpr);
    this.pixelHeight = Math.round(cssHeight * dpr);
    this.pixelRatio = dpr;
    if (this.body) {
      const { min, max } = this.body.bounds;
      this.rig.setFrame({ height: max.y - min.y, centerY: (max.y + min.y) / 2 }, this.aspect);
    } else {
      this.rig.camera.aspect = this.aspect;
      this.rig.camera.updateProjectionMatrix();
    }
    this.applyInsets();
  }

  /**
   * Keep the figure (and a framed point) centred in the part of the view that panels,
   * sheets and bars leave free: the picture shifts by half the difference of the insets.
   */
  setInsets(free: FreeRect): void {
    this.free = free;
    this.applyInsets();
  }

  private applyInsets(): void {
    const camera = this.rig.camera;
    const free = this.free;
    const x = free ? (this.cssWidth - free.right - free.left) / 2 : 0;
    const y = free ? (this.cssHeight - free.bottom - free.top) / 2 : 0;
    // The camera may back off until the whole figure fits that part (a plan above a card).
    if (free && this.cssWidth > 0 && this.cssHeight > 0) this.rig.setRoom((free.right - free.left) / this.cssWidth, (free.bottom - free.top) / this.cssHeight);
    else this.rig.setRoom(1, 1);
    if ((x || y) && this.cssWidth > 0 && this.cssHeight > 0) {
      camera.setViewOffset(this.cssWidth, this.cssHeight, x, y, this.cssWidth, this.cssHeight);
    } else {
      camera.clearViewOffset();
    }
    this.invalidate();
  }

  setView(name: ViewName, instant: boolean): void {
    this.rig.setView(name, instant);
    this.invalidate();
  }

  /** The preset view the camera faces or is turning to; null between presets. */
  facingView(): ViewName | null {
    return this.rig.facing();
  }

  setAutoRotate(on: boolean): void {
    this.rig.autoRotateSpeed = on ? 0.35 : 0;
    this.invalidate();
  }

  /** Where a model-space point is on screen (CSS pixels) and whether it can be seen. */
  project(position: Vec3, normal: Vec3 | null): ScreenMarker {
    return projectMarker(
      { position, normal: normal ?? this.directionToCamera(position) },
      this.rig.camera,
      this.cssWidth,
      this.cssHeight,
      this.surfaceIndex,
    );
  }

  /** The skin point under a CSS pixel of the view, or null if the ray misses the body. */
  pick(x: number, y: number): Vec3 | null {
    if (!this.surfaceIndex || this.cssWidth === 0) return null;
    const raycaster = new Raycaster();
    raycaster.setFromCamera(new Vector2((x / this.cssWidth) * 2 - 1, 1 - (y / this.cssHeight) * 2), this.rig.camera);
    const { origin, direction } = raycaster.ray;
    const hit = this.surfaceIndex.raycast(origin, direction);
    return hit ? hit.point : null;
  }

  /**
   * Ask for a frame (`since`: when the visitor asked for it, an input event's timestamp).
   * Nothing is drawn before there is a body: an empty frame costs a task.
   */
  invalidate(since?: number): void {
    if (this.ok && this.body) this.renderer.invalidate(this, since);
  }

  /** Project the markers again in the next frame, without drawing the picture again. */
  private reproject(): void {
    if (this.ok && this.body) this.renderer.reproject(this);
  }

  /**
   * Resolves once the picture drawn is on the page: the first one is finished by the GPU
   * before the WebGL canvas joins the stage (shared-renderer.ts).
   */
  shown(): Promise<void> {
    return this.ok ? this.renderer.whenShown(this) : Promise.resolve();
  }

  /** Draw synchronously (the first frame, tests). */
  drawNow(): void {
    if (this.ok && this.body) this.renderer.drawNow(this);
  }

  // RenderTarget
  update(time: number): boolean {
    const delta = this.lastTime ? time - this.lastTime : 16;
    this.lastTime = time;
    const moving = this.rig.update(time, delta);
    if (!moving) this.lastTime = 0;
    return moving;
  }

  beforeRender(): void {
    // Lights ride with the camera's azimuth so the side in view is always lit.
    this.lightRig.rotation.y = this.rig.azimuth;
  }

  afterRender(): void {
    this.callbacks.rendered(this.projectAll(), this.rig.pixelsPerMetre(this.cssHeight));
  }

  /** Where every marker is on screen with the camera as it is now (and whether it shows). */
  private projectAll(): ScreenMarker[] {
    return (this.screen = this.markers.map((marker) =>
      projectMarker(marker, this.rig.camera, this.cssWidth, this.cssHeight, this.surfaceIndex),
    ));
  }

  /**
   * Where the markers will be in the next picture (the camera's framing or insets just
   * changed), for keep-in-sight (revealMarkers) and the plan framing, without drawing it:
   * the picture and the marker buttons follow together in the next frame. Drawn at once
   * instead, a change made while the page paints a panel held that paint back by a whole
   * still picture (hundreds of ms with software WebGL).
   */
  projectMarkers(): void {
    this.rig.camera.updateMatrixWorld();
    this.projectAll();
  }

  dispose(): void {
    this.disposed = true;
    this.input.dispose();
    if (this.ok) releaseRenderer(this);
    for (const name of [...this.overlays.keys()]) this.setOverlay(name, null);
    void this.anatomy?.then((stage) => stage.dispose());
    this.anatomy = null;
    if (this.body) {
      this.scene.remove(this.body.root);
      this.body.dispose();
      this.body = null;
    }
    this.skin.dispose();
    this.surfaceIndex = null;
  }

  private get aspect(): number {
    return this.cssHeight > 0 ? this.cssWidth / this.cssHeight : 1;
  }

  private directionToCamera(p: Vec3): Vec3 {
    const c = this.rig.camera.position;
    const d = Math.hypot(c.x - p.x, c.y - p.y, c.z - p.z) || 1;
    return { x: (c.x - p.x) / d, y: (c.y - p.y) / d, z: (c.z - p.z) / d };
  }
}

