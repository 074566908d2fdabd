import { MathUtils, PerspectiveCamera, Vector3 } from 'three';
import { FIT, VIEWS, type OrbitFrame, type ViewName } from './body-view-types.js';

export { isViewName, VIEWS, type OrbitFrame, type ViewName } from './body-view-types.js';

interface OrbitState {
  azimuth: number;
  elevation: number;
  distance: number;
  targetY: number;
}

const ELEVATION_LIMIT = { min: -0.5, max: 1.2 };
const TRANSITION_MS = 650;

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
  private frame: OrbitFrame = { height: 1.7, centerY: 0.88 };
  autoRotateSpeed = 0;

  constructor() {
    this.state = { azimuth: VIEWS.back, elevation: 0.05, distance: this.fullDistance, targetY: 0.88 };
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
    if (wasFull) {
      this.state.distance = this.fullDistance;
      this.state.targetY = frame.centerY;
    }
    this.state.distance = this.clampDistance(this.state.distance);
    this.camera.updateProjectionMatrix();
    this.apply();
  }

  get minDistance(): number {
    return Math.max(0.35, this.fullDistance * 0.18);
  }

  get maxDistance(): number {
    return this.fullDistance * 1.15;
  }

  get azimuth(): number {
    return this.state.azimuth;
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
      targetY: this.frame.centerY,
    };
    this.transition(target, instant, now);
  }

  /** Bring a height of the body to the centre and zoom in on it (a selected point). */
  focusOn(y: number, azimuth: number | null, instant: boolean, now = performance.now()): void {
    const target: OrbitState = {
      azimuth: azimuth === null ? this.state.azimuth : nearestAngle(this.state.azimuth, azimuth),
      elevation: this.state.elevation,
      distance: this.clampDistance(Math.min(this.state.distance, this.fullDistance * 0.55)),
      targetY: this.clampTargetY(y, this.fullDistance * 0.55),
    };
    this.transition(target, instant, now);
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
    this.state.distance = this.clampDistance(this.state.distance * factor);
    this.state.targetY = this.clampTargetY(this.state.targetY, this.state.distance);
    this.apply();
  }

  /** Advance transitions and auto-rotation; returns true while still moving. */
  update(now: number, deltaMs: number): boolean {
    if (this.to && this.from) {
      const t = Math.min(1, (now - this.transitionStart) / TRANSITION_MS);
      const k = t * t * (3 - 2 * t);
      this.state = {
        azimuth: MathUtils.lerp(this.from.azimuth, this.to.azimuth, k),
        elevation: MathUtils.lerp(this.from.elevation, this.to.elevation, k),
        distance: MathUtils.lerp(this.from.distance, this.to.distance, k),
        targetY: MathUtils.lerp(this.from.targetY, this.to.targetY, k),
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

  /** The closer the camera, the further the target may move from the figure's centre. */
  private clampTargetY(y: number, distance: number): number {
    const { height, centerY } = this.frame;
    const zoomedIn = 1 - (distance - this.minDistance) / Math.max(1e-6, this.fullDistance - this.minDistance);
    const reach = (height / 2) * MathUtils.clamp(zoomedIn, 0, 1) * 0.92;
    return MathUtils.clamp(y, centerY - reach, centerY + reach);
  }

  private apply(): void {
    const { azimuth, elevation, distance, targetY } = this.state;
    const target = new Vector3(0, targetY, 0);
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
