import { MathUtils, PerspectiveCamera, Vector3 } from 'three';
import { FIT, VIEWS, type OrbitFrame, type ViewName } from './body-view-types.js';

export { isViewName, VIEWS, type OrbitFrame, type ViewName } from './body-view-types.js';

interface OrbitState {
  azimuth: number;
  elevation: number;
  distance: number;
  /** The point looked at and orbited: on the body's axis, or beside it on a chosen point. */
  targetX: number;
  targetY: number;
  targetZ: number;
}

/** A model-space point to frame (metres). */
export interface FramePoint {
  x: number;
  y: number;
  z: number;
}

const ELEVATION_LIMIT = { min: -0.5, max: 1.2 };
const TRANSITION_MS = 650;
/** Radians either side of a preset's azimuth that still count as that view (about 10°). */
const FACING_TOLERANCE = 0.18;

/**
 * A turntable camera: it orbits a vertical axis through the figure, looks slightly
 * down, and zooms within limits so the body can never be lost. No panning: a patient
 * or a student cannot drag the figure out of view.
 */
export class OrbitRig {
  readonly camera = new PerspectiveCamera(28, 1, 0.05, 20);
  private state: OrbitState;
  private from: OrbitState | null = null;
  private to: OrbitState | null = null;
  private transitionStart = 0;
  private fullDistance = 4;
  /** Distance at which the whole figure fits the part of the view left free (setRoom). */
  private roomDistance = 0;
  /** That part's share of the view's width and height (1: all of it). */
  private room = { width: 1, height: 1 };
  /** The distances at which the figure's height fits the view's height and its width (setFrame). */
  private fits = { height: 4, width: 4 };
  private frame: OrbitFrame = { height: 1.7, centerY: 0.88 };
  autoRotateSpeed = 0;

  constructor() {
    this.state = { azimuth: VIEWS.back, elevation: 0.05, distance: this.fullDistance, targetX: 0, targetY: 0.88, targetZ: 0 };
    this.apply();
  }

  /** Fit the figure: called when the model loads and when the aspect ratio changes. */
  setFrame(frame: OrbitFrame, aspect: number): void {
    this.frame = frame;
    this.camera.aspect = aspect;
    const vFov = MathUtils.degToRad(this.camera.fov);
    // Distance at which the whole height (with a margin) fits, vertically and horizontally.
    const fitHeight = (frame.height * FIT.height) / 2 / Math.tan(vFov / 2);
    const fitWidth = (frame.height * FIT.width) / 2 / (Math.tan(vFov / 2) * Math.max(aspect, 0.1));
    const wasFull = Math.abs(this.state.distance - this.fullDistance) < 1e-6;
    this.fullDistance = Math.max(fitHeight, fitWidth);
    this.fits = { height: fitHeight, width: fitWidth };
    this.roomDistance = Math.max(fitHeight / this.room.height, fitWidth / this.room.width);
    if (wasFull) {
      this.state.distance = this.fullDistance;
      this.state = { ...this.state, targetX: 0, targetY: frame.centerY, targetZ: 0 };
    }
    this.state.distance = this.clampDistance(this.state.distance);
    this.camera.updateProjectionMatrix();
    this.apply();
  }

  /**
   * The share of the view that panels, sheets and bars leave free: the camera may back off
   * until the whole figure fits there (a phone's plan above its card needs more than the
   * full view's distance), never farther.
   */
  setRoom(widthShare: number, heightShare: number): void {
    this.room = { width: Math.min(1, Math.max(0.05, widthShare)), height: Math.min(1, Math.max(0.05, heightShare)) };
    this.roomDistance = Math.max(this.fits.height / this.room.height, this.fits.width / this.room.width);
  }

  /** Distance of the full view, where the whole figure fits. */
  get fullViewDistance(): number {
    return this.fullDistance;
  }

  get minDistance(): number {
    // Close enough that markers 0.5 cun apart (a Jiaji point and the midline) stand 24 px
    // apart even on a 375 px phone, whose full view is the farthest.
    return Math.max(0.3, this.fullDistance * 0.13);
  }

  get maxDistance(): number {
    return Math.max(this.fullDistance, this.roomDistance) * 1.15;
  }

  get elevation(): number {
    return this.state.elevation;
  }

  get azimuth(): number {
    return this.state.azimuth;
  }

  /**
   * The preset view the camera faces, or is turning to, within `tolerance` radians; null
   * when it looks from between two presets (a drag, a turn to a selected point, auto-rotation).
   */
  facing(tolerance = FACING_TOLERANCE): ViewName | null {
    const heading = this.to?.azimuth ?? this.state.azimuth;
    for (const name of Object.keys(VIEWS) as ViewName[]) {
      if (Math.abs(nearestAngle(VIEWS[name], heading) - VIEWS[name]) <= tolerance) return name;
    }
    return null;
  }

  get distance(): number {
    return this.state.distance;
  }

  get animating(): boolean {
    return this.to !== null || this.autoRotateSpeed !== 0;
  }

  /** Move to a preset view; `instant` under prefers-reduced-motion. */
  setView(name: ViewName, instant: boolean, now = performance.now()): void {
    const target: OrbitState = {
      azimuth: nearestAngle(this.state.azimuth, VIEWS[name]),
      elevation: 0.05,
      distance: this.fullDistance,
      targetX: 0,
      targetY: this.frame.centerY,
      targetZ: 0,
    };
    this.transition(target, instant, now);
  }

  /** Bring a height of the body to the centre and zoom in on it (a selected point). */
  focusOn(y: number, azimuth: number | null, instant: boolean, now = performance.now()): void {
    this.frameOn({ x: 0, y, z: 0 }, azimuth, this.fullDistance * 0.55, instant, now);
  }

  /**
   * Look at `point` (a selected point, a cluster's centre, a plan's middle) from `distance`,
   * turning to `azimuth` if given; never zooms out unless `zoomOut` (a plan that must fit).
   * The target may leave the body's axis by as much as the zoom allows, so an ankle point
   * can be centred on a phone.
   */
  frameOn(point: FramePoint, azimuth: number | null, distance: number, instant: boolean, now = performance.now(), zoomOut = false): void {
    const close = this.clampDistance(zoomOut ? distance : Math.min(this.state.distance, distance));
    const { x, y, z } = this.targetFor(point);
    const target: OrbitState = {
      azimuth: azimuth === null ? this.state.azimuth : nearestAngle(this.state.azimuth, azimuth),
      elevation: this.state.elevation,
      distance: close,
      // Anywhere on the body: zooming out later drifts it back to the centre (zoom()).
      targetX: x,
      targetY: y,
      targetZ: z,
    };
    this.transition(target, instant, now);
  }

  /** The target frameOn uses for `point`: on the body's height, at most a quarter of it off the axis. */
  targetFor(point: FramePoint): FramePoint {
    const { height, centerY } = this.frame;
    const sideways = Math.hypot(point.x, point.z);
    const keep = sideways > height * 0.25 ? (height * 0.25) / sideways : 1;
    return { x: point.x * keep, y: MathUtils.clamp(point.y, centerY - height / 2, centerY + height / 2), z: point.z * keep };
  }

  /** CSS pixels per metre at the target's depth, in a view `cssHeight` tall. */
  pixelsPerMetre(cssHeight: number, distance = this.state.distance): number {
    return cssHeight / (2 * distance * Math.tan(MathUtils.degToRad(this.camera.fov) / 2));
  }

  /** The camera distance at which a metre spans `pixels` CSS px (inverse of pixelsPerMetre). */
  distanceFor(pixels: number, cssHeight: number): number {
    return cssHeight / (2 * pixels * Math.tan(MathUtils.degToRad(this.camera.fov) / 2));
  }

  reset(instant: boolean, now = performance.now()): void {
    this.setView('back', instant, now);
  }

  /** Orbit by angles in radians (drag, arrow keys). Stops any transition. */
  rotate(deltaAzimuth: number, deltaElevation: number): void {
    this.stopTransition();
    this.state.azimuth += deltaAzimuth;
    this.state.elevation = MathUtils.clamp(
      this.state.elevation + deltaElevation,
      ELEVATION_LIMIT.min,
      ELEVATION_LIMIT.max,
    );
    this.apply();
  }

  /** Zoom by a factor (>1 moves away). Keeps the target within the figure. */
  zoom(factor: number): void {
    this.stopTransition();
    const before = this.state.distance;
    // A camera beyond the limit (framed for a card since closed) comes back in steps, no jump.
    const after = MathUtils.clamp(before * factor, this.minDistance, Math.max(this.maxDistance, before));
    this.state.distance = after;
    const { targetX, targetY, targetZ } = this.state;
    const allowed = this.clampTarget(targetX, targetY, targetZ, after);
    // Zooming out drifts a target set beside the axis (a framed point, a plan) back toward
    // the figure's centre, arriving there as the whole figure comes into view (at the full
    // view's distance, or at the farthest when the camera is beyond that already); no jump.
    const whole = before < this.fullDistance ? this.fullDistance : this.maxDistance;
    const t = after > before ? MathUtils.clamp((after - before) / Math.max(1e-6, whole - before), 0, 1) : 0;
    this.state.targetX = MathUtils.lerp(targetX, allowed.targetX, t);
    this.state.targetY = MathUtils.lerp(targetY, allowed.targetY, t);
    this.state.targetZ = MathUtils.lerp(targetZ, allowed.targetZ, t);
    this.apply();
  }

  /** Advance transitions and auto-rotation; returns true while still moving. */
  update(now: number, deltaMs: number): boolean {
    if (this.to && this.from) {
      const t = Math.min(1, (now - this.transitionStart) / TRANSITION_MS);
      const k = t * t * (3 - 2 * t);
      const from = this.from;
      const to = this.to;
      const lerp = (key: keyof OrbitState) => MathUtils.lerp(from[key], to[key], k);
      this.state = {
        azimuth: lerp('azimuth'),
        elevation: lerp('elevation'),
        distance: lerp('distance'),
        targetX: lerp('targetX'),
        targetY: lerp('targetY'),
        targetZ: lerp('targetZ'),
      };
      if (t >= 1) this.stopTransition();
    } else if (this.autoRotateSpeed) {
      this.state.azimuth += (this.autoRotateSpeed * Math.min(deltaMs, 100)) / 1000;
    }
    this.apply();
    return this.animating;
  }

  private transition(target: OrbitState, instant: boolean, now: number): void {
    if (instant) {
      this.stopTransition();
      this.state = target;
      this.apply();
      return;
    }
    this.from = { ...this.state };
    this.to = target;
    this.transitionStart = now;
  }

  private stopTransition(): void {
    this.from = null;
    this.to = null;
  }

  private clampDistance(distance: number): number {
    return MathUtils.clamp(distance, this.minDistance, this.maxDistance);
  }

  /**
   * The closer the camera, the further the target may move from the figure's centre (up
   * and down its height, sideways about a quarter of it): zoomed out, the figure is always
   * in the middle and can never be lost.
   */
  private clampTarget(x: number, y: number, z: number, distance: number): Pick<OrbitState, 'targetX' | 'targetY' | 'targetZ'> {
    const { height, centerY } = this.frame;
    const zoomedIn = MathUtils.clamp(1 - (distance - this.minDistance) / Math.max(1e-6, this.fullDistance - this.minDistance), 0, 1);
    const reach = (height / 2) * zoomedIn * 0.92;
    const side = height * 0.25 * zoomedIn;
    const sideways = Math.hypot(x, z);
    const keep = sideways > side ? side / sideways : 1;
    return { targetX: x * keep, targetY: MathUtils.clamp(y, centerY - reach, centerY + reach), targetZ: z * keep };
  }

  private apply(): void {
    const { azimuth, elevation, distance, targetX, targetY, targetZ } = this.state;
    const target = new Vector3(targetX, targetY, targetZ);
    this.camera.position.set(
      target.x + distance * Math.sin(azimuth) * Math.cos(elevation),
      target.y + distance * Math.sin(elevation),
      target.z + distance * Math.cos(azimuth) * Math.cos(elevation),
    );
    this.camera.lookAt(target);
    this.camera.updateMatrixWorld();
  }
}

/** The angle equal to `to` (mod 2π) nearest to `from`, so transitions take the short way. */
function nearestAngle(from: number, to: number): number {
  const turn = Math.PI * 2;
  return to + Math.round((from - to) / turn) * turn;
}
