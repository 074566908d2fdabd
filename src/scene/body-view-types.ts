/**
 * What the element may know of the 3D view: the shapes that cross the `BodyView` façade
 * (body-view.ts). Types and plain data only, no three.js, so the element's first stage can
 * import this module without loading the 3D engine.
 */
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import type { Vec3 } from '../geometry/vec3.js';

/** Camera presets and their azimuths; azimuth 0 looks at the subject's face (+z). */
export const VIEWS = {
  back: Math.PI,
  front: 0,
  left: Math.PI / 2,
  right: -Math.PI / 2,
} as const;
export type ViewName = keyof typeof VIEWS;

/**
 * How the view frames the figure: its height times `height` fits the view's height, and its
 * height times `width` fits the view's width, whichever needs the camera farther away.
 */
export const FIT = { height: 1.08, width: 0.62 } as const;

/**
 * The placeholder pictures (models/body-<view>.webp, made by scripts/placeholder.ts): CSS
 * size, drawn at `scale`. Their aspect is where the two fits meet, so shown with
 * `object-fit: contain` in a view of any shape, the pictured body has the size and place
 * the 3D body will have.
 */
export const PLACEHOLDER = {
  height: 500,
  width: Math.round((500 * FIT.width) / FIT.height),
  scale: 2,
  quality: 0.8,
} as const;

/** The presets in the order the toolbar offers them. */
export const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];

export function isViewName(value: unknown): value is ViewName {
  return typeof value === 'string' && Object.hasOwn(VIEWS, value);
}

/** Where a marker lands on screen, in CSS pixels from the view's top-left corner. */
export interface ScreenMarker {
  x: number;
  y: number;
  /** In front of the camera, facing it, and not hidden behind another part of the body. */
  visible: boolean;
  /** Distance from the camera in metres (nearer markers draw on top). */
  depth: number;
}

/**
 * The part of the view that no panel, sheet, toolbar or bar covers (CSS px from the view's
 * top-left corner): the figure is centred in it and a chosen point kept inside it.
 */
export interface FreeRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A band of the body for the camera to frame (model space). */
export interface OrbitFrame {
  /** Figure bounds in model space: the rig keeps it in view. */
  height: number;
  centerY: number;
}

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

/** A still picture of the body (the printed handout) and where points fall on it. */
export interface Snapshot {
  canvas: HTMLCanvasElement;
  project(position: Vec3, normal: Vec3): ScreenMarker;
}

/** The loaded body: its named landmarks and the skin surface points are placed on. */
export interface BodyModel {
  landmarks: Record<string, Vec3>;
  surface: TriangleSurface;
}
