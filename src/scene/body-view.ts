import { Object3D, Raycaster, Vector2, type MeshStandardMaterial, Color } from 'three';
import type { PlacedMarker, Vec3 } from '../catalogue/types.js';
import { TriangleSurface } from '../geometry/triangle-surface.js';
import type { MeridianLine } from '../modes/meridian-paths.js';
import type { RulerGeometry } from '../modes/ruler-geometry.js';
import { createCunRuler } from './cun-ruler.js';
import { createMeridianOverlay } from './meridians.js';
import { loadBody, disposeObject, type LoadedBody } from './model-loader.js';
import { OrbitInput } from './orbit-input.js';
import { OrbitRig, type OrbitFrame, type ViewName } from './orbit-rig.js';
import { projectMarker, type ScreenMarker } from './marker-projector.js';
import type { FrameRequest } from './keep-in-sight.js';
import { acquireRenderer, releaseRenderer, type RenderTarget, type SharedRenderer } from './shared-renderer.js';
import { applySkin, createSkinMaterial, createStagedScene } from './staging.js';
import { markStage } from '../perf-mark.js';

export interface BodyViewCallbacks {
  /**
   * After every drawn frame: where each marker (in `setMarkers` order) is on screen, and
   * how many CSS pixels a metre spans at the figure's depth (markers scale with zoom).
   */
  rendered(markers: ScreenMarker[], pixelsPerMetre: number): void;
  /** The user moved the camera (drag, wheel, pinch, keys). */
  interacted(kind: 'drag' | 'zoom' | 'key'): void;
  /** Home key: the element decides what "reset" means (its `view`). */
  resetRequested(): void;
}

export interface Snapshot {
  canvas: HTMLCanvasElement;
  project(position: Vec3, normal: Vec3): ScreenMarker;
}

/** CSS px of the view covered at each edge (a side panel, a bottom sheet, the toolbar). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface BodyModel {
  landmarks: LoadedBody['landmarks'];
  surface: TriangleSurface;
}

/**
 * The 3D view of one widget: scene, camera rig, input, the loaded body and its
 * markers. Knows nothing of Lit; the element talks to it through this small API.
 */
export class BodyView implements RenderTarget {
  readonly scene;
  private readonly lightRig: Object3D;
  readonly rig = new OrbitRig();
  private readonly input: OrbitInput;
  private readonly renderer: SharedRenderer;
  private readonly skin: MeshStandardMaterial;
  private body: LoadedBody | null = null;
  private surfaceIndex: TriangleSurface | null = null;
  private markers: PlacedMarker[] = [];
  private readonly overlays = new Map<string, Object3D>();
  private lastTime = 0;
  private insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  private cssWidth = 0;
  private cssHeight = 0;
  pixelWidth = 0;
  pixelHeight = 0;

  /** Returns null when the browser cannot give a WebGL context. */
  static create(canvas: HTMLCanvasElement, surface: HTMLElement, callbacks: BodyViewCallbacks, skinColor: string): BodyView | null {
    const view = new BodyView(canvas, surface, callbacks, skinColor);
    return view.ok ? view : null;
  }

  private readonly ok: boolean;

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
    const renderer = acquireRenderer(this);
    this.ok = renderer !== null;
    this.renderer = renderer as SharedRenderer;
    this.input = new OrbitInput(
      surface,
      this.rig,
      (kind) => {
        this.invalidate();
        callbacks.interacted(kind);
      },
      () => callbacks.resetRequested(),
    );
    if (!this.ok) this.input.dispose();
    else this.renderer.prepare(this.skin, this.scene, this.camera);
  }

  get camera() {
    return this.rig.camera;
  }

  get model(): BodyModel | null {
    return this.body && this.surfaceIndex
      ? { landmarks: this.body.landmarks, surface: this.surfaceIndex }
      : null;
  }

  /** True if the last pointer press was a drag rather than a click. */
  get lastPressWasDrag(): boolean {
    return this.input.wasDrag;
  }

  /** Load a model and show it, replacing the current one only once the new one is ready. */
  async load(url: string, signal?: AbortSignal): Promise<BodyModel> {
    const body = await loadBody(url, signal);
    if (signal?.aborted) {
      body.dispose();
      throw new DOMException('Model load aborted', 'AbortError');
    }
    markStage('model');
    const surface = new TriangleSurface(body.positions, body.indices);
    markStage('surface');
    if (this.body) {
      this.scene.remove(this.body.root);
      this.body.dispose();
    }
    applySkin(body.root, this.skin);
    this.body = body;
    this.surfaceIndex = surface;
    this.scene.add(body.root);
    const height = body.bounds.max.y - body.bounds.min.y;
    this.rig.setFrame({ height, centerY: (body.bounds.max.y + body.bounds.min.y) / 2 }, this.aspect);
    this.invalidate();
    return { landmarks: body.landmarks, surface };
  }

  setMarkers(markers: PlacedMarker[]): void {
    this.markers = markers;
    this.invalidate();
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

  /** Draw these channel lines on the body, or none. */
  showMeridians(lines: readonly MeridianLine[] | null): void {
    this.setOverlay('meridians', lines?.length ? createMeridianOverlay(lines) : null);
  }

  /** Draw this cun ruler on the body, or none. */
  showRuler(ruler: RulerGeometry | null): void {
    this.setOverlay('cun-ruler', ruler ? createCunRuler(ruler) : null);
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
      scene: this.scene,
      camera: rig.camera,
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
    const dpr = Math.min(devicePixelRatio || 1, 2);
    this.cssWidth = cssWidth;
    this.cssHeight = cssHeight;
    this.pixelWidth = Math.round(cssWidth * dpr);
    this.pixelHeight = Math.round(cssHeight * dpr);
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
   * sheets and bars leave free: insets in CSS px from each edge shift the picture by half.
   */
  setInsets(insets: Insets): void {
    this.insets = insets;
    this.applyInsets();
  }

  private applyInsets(): void {
    const camera = this.rig.camera;
    const { top, right, bottom, left } = this.insets;
    const x = (right - left) / 2;
    const y = (bottom - top) / 2;
    if ((x || y) && this.cssWidth > 0 && this.cssHeight > 0) {
      camera.setViewOffset(this.cssWidth, this.cssHeight, x, y, this.cssWidth, this.cssHeight);
    } else {
      camera.clearViewOffset();
    }
    this.invalidate();
  }

  /** Look at a point from a distance where a metre spans `pixelsPerMetre` CSS px (keep-in-sight, cluster zoom). */
  frame(request: FrameRequest, instant: boolean): void {
    this.rig.frameOn(request.point, request.azimuth, this.rig.distanceFor(request.pixelsPerMetre, this.cssHeight), instant);
    this.invalidate();
  }

  /** CSS px per metre at the target's depth; `distanceScale` asks for it at that fraction of the full view's distance. */
  pixelsPerMetre(distanceScale?: number): number {
    return this.rig.pixelsPerMetre(this.cssHeight, distanceScale === undefined ? undefined : this.rig.fullViewDistance * distanceScale);
  }

  setView(name: ViewName, instant: boolean): void {
    this.rig.setView(name, instant);
    this.invalidate();
  }

  focusOn(position: Vec3, instant: boolean): void {
    // Turn toward the side the point is on only when it is not already in view.
    this.rig.focusOn(position.y, null, instant);
    this.invalidate();
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

  invalidate(): void {
    if (this.ok) this.renderer.invalidate(this);
  }

  /** Draw synchronously (the first frame, tests). */
  drawNow(): void {
    if (this.ok) this.renderer.drawNow(this);
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
    const screen = this.markers.map((marker) =>
      projectMarker(marker, this.rig.camera, this.cssWidth, this.cssHeight, this.surfaceIndex),
    );
    this.callbacks.rendered(screen, this.rig.pixelsPerMetre(this.cssHeight));
  }

  dispose(): void {
    this.input.dispose();
    if (this.ok) releaseRenderer(this);
    for (const name of [...this.overlays.keys()]) this.setOverlay(name, null);
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
