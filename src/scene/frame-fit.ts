/**
 * Seeing markers through the camera in plain numbers (pinhole projection, no three.js, so it
 * runs in Node), and how close a tapped cluster needs the camera so its markers stand apart,
 * placed so that as much of the body as the free part allows is seen around them. Framing a
 * protocol's plan builds on this in plan-fit.ts, which comes later in a chunk of its own
 * (the plan framing is fetched when a protocol is first chosen).
 */
import type { PlacedMarker } from '../catalogue/types.js';
import type { Vec3 } from '../geometry/vec3.js';
import type { FreeRect } from './body-view-types.js';

/** The camera's turn about the body's axis and its tilt, radians (the rig's convention). */
export interface Heading {
  azimuth: number;
  elevation: number;
}

/** What the view looks like: focal length and where the camera's target shows. */
export interface Lens {
  /** CSS px per unit of tangent: cssHeight / (2 tan(fov / 2)). */
  focal: number;
  /** Where the camera's target lands on screen (CSS px): the centre of the inset frame. */
  centre: { x: number; y: number };
}

/** The rig's limits: distances it allows, and where its target may go. */
export interface RigLimits {
  minDistance: number;
  maxDistance: number;
  /** The target the rig would accept for this point (kept on the body's extent). */
  clampTarget(point: Vec3): Vec3;
}

/** The camera's right, up and backward axes for a heading (backward: toward the camera). */
export function basis({ azimuth, elevation }: Heading): { right: Vec3; up: Vec3; back: Vec3 } {
  const back = { x: Math.sin(azimuth) * Math.cos(elevation), y: Math.sin(elevation), z: Math.cos(azimuth) * Math.cos(elevation) };
  const right = { x: Math.cos(azimuth), y: 0, z: -Math.sin(azimuth) };
  // up = right × forward, forward = -back.
  const up = {
    x: right.y * -back.z - right.z * -back.y,
    y: right.z * -back.x - right.x * -back.z,
    z: right.x * -back.y - right.y * -back.x,
  };
  return { right, up, back };
}

/**
 * Where `point` shows relative to the target's spot on screen (CSS px, y down), seen from
 * `distance` behind `target` along `heading`.
 */
export function offsetOnScreen(point: Vec3, target: Vec3, distance: number, heading: Heading, focal: number): { x: number; y: number } {
  const { right, up, back } = basis(heading);
  const rel = { x: point.x - target.x, y: point.y - target.y, z: point.z - target.z };
  const ahead = Math.max(1e-3, distance - dot(rel, back));
  return { x: (focal * dot(rel, right)) / ahead, y: (-focal * dot(rel, up)) / ahead };
}

/**
 * A marker counts as seen from a heading when its skin faces it this squarely: a little
 * more than the projector asks (0.08) to show it, as off the lens axis it turns away a bit.
 */
export const SEEN = 0.12;

export interface SpreadInput {
  markers: readonly PlacedMarker[];
  /** The tapped cluster's markers. */
  members: readonly number[];
  /** Distance two marker centres need on screen to stand apart (CSS px). */
  gap: number;
  free: FreeRect;
  lens: Lens;
  /** The camera now: its heading and position (to tell whether it sees the skin obliquely). */
  heading: Heading;
  camera: Vec3;
  limits: RigLimits;
  /** The figure's vertical extent (model space): how much body lies above and below. */
  body: { bottom: number; top: number; centreY: number };
}

/**
 * Zoom on a tapped cluster only as far as its markers need to stand `gap` apart (with a
 * tenth to spare for foreshortening), from a heading that faces their skin. Around them
 * the view keeps as much of the figure as the free part allows: where the members leave
 * room above or below, the view slides toward the middle of the body (the lower back shows
 * down to the sacrum and the top of the buttocks, not a screen of skin), but never so far
 * that it leaves the body's end it had in view (an ankle keeps its foot).
 */
export function spreadFrame(input: SpreadInput): { target: Vec3; distance: number; azimuth: number | null } | null {
  const { markers, members, gap, lens, limits } = input;
  const chosen = members.filter((index) => markers[index] !== undefined);
  if (chosen.length === 0) return null;
  // Their skin's mean direction: turned to squarely when the camera sees it obliquely (a
  // hand from the front), where distances on screen say little of those on the body.
  const normal = chosen.reduce((sum, index) => add(sum, markers[index].normal), { x: 0, y: 0, z: 0 });
  const points = chosen.map((index) => markers[index].position);
  const centre = points.reduce((sum, p) => ({ x: sum.x + p.x / points.length, y: sum.y + p.y / points.length, z: sum.z + p.z / points.length }), { x: 0, y: 0, z: 0 });
  const toCamera = { x: input.camera.x - centre.x, z: input.camera.z - centre.z };
  const horizontal = Math.hypot(normal.x, normal.z);
  const oblique = horizontal > 1e-6 && (normal.x * toCamera.x + normal.z * toCamera.z) / (Math.hypot(toCamera.x, toCamera.z) || 1) < 0.6 * horizontal;
  const azimuth = oblique ? Math.atan2(normal.x, normal.z) : null;
  const heading = { azimuth: azimuth ?? input.heading.azimuth, elevation: input.heading.elevation };
  const { right, up, back } = basis(heading);
  // Each member must end up alone: apart from the others and from any marker seen with it
  // (a neighbour outside the cluster would merge with it again). The markers seen with them:
  const seen = markers.flatMap((marker, index) => (dot(marker.normal, back) > SEEN / 2 ? [index] : []));
  // First guess across the view (no perspective), then measured as projected, below.
  let nearest = Infinity;
  for (const index of chosen) {
    for (const other of seen) {
      const d = sub(markers[other].position, markers[index].position);
      const across = Math.hypot(dot(d, right), dot(d, up));
      // The same spot twice (a marker and its alternative) never stands apart: not counted.
      if (other !== index && across > 1e-3) nearest = Math.min(nearest, across);
    }
  }
  const wanted = gap * 1.1;
  let distance = clamp(Number.isFinite(nearest) ? (lens.focal * nearest) / wanted : limits.maxDistance, limits.minDistance, limits.maxDistance);
  let target = frameAround(points, centre, distance, heading, input);
  // Perspective (depth differences seen off the lens axis) changes the spacing a little:
  // measure it as projected and correct the distance, a few times.
  for (let round = 0; round < 4 && Number.isFinite(nearest); round++) {
    const spot = (index: number) => offsetOnScreen(markers[index].position, target, distance, heading, lens.focal);
    let spacing = Infinity;
    for (const index of chosen) {
      const a = spot(index);
      for (const other of seen) {
        if (other === index) continue;
        const b = spot(other);
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (d > 0.05 * wanted) spacing = Math.min(spacing, d);
      }
    }
    if (!Number.isFinite(spacing) || Math.abs(spacing - wanted) < 0.5) break;
    const next = clamp((distance * spacing) / wanted, limits.minDistance, limits.maxDistance);
    if (Math.abs(next - distance) < 1e-4) break;
    distance = next;
    target = frameAround(points, centre, distance, heading, input);
  }
  return { target, distance, azimuth };
}

/**
 * The target for a cluster seen from `distance`: on its centre, slid down or up the body
 * toward its middle as far as the members stay inside the free part (half a gap to
 * spare), not past the soles or above the head, and never giving up the body's end it had
 * in view.
 */
function frameAround(points: readonly Vec3[], centre: Vec3, distance: number, heading: Heading, input: SpreadInput): Vec3 {
  const { free, lens, limits, body, gap } = input;
  const target = limits.clampTarget(centre);
  const margin = gap / 2 + 4;
  const scale = lens.focal / distance;
  const rows = points.map((p) => lens.centre.y + offsetOnScreen(p, target, distance, heading, lens.focal).y);
  const roomUp = Math.max(0, Math.min(...rows) - (free.top + margin)) / scale;
  const roomDown = Math.max(0, free.bottom - margin - Math.max(...rows)) / scale;
  // The body's heights at the free part's top and bottom edges (the target's height shows
  // at the lens centre).
  const viewTop = target.y + (lens.centre.y - free.top) / scale;
  const viewBottom = target.y - (free.bottom - lens.centre.y) / scale;
  let slide: number;
  if (body.centreY < target.y) {
    // Down, toward the middle of the body: not past it, not past the soles (empty floor),
    // and not so far that the top of the head leaves the view if it was in it.
    const keepTop = viewTop > body.top ? viewTop - body.top : Infinity;
    slide = -Math.min(roomUp, target.y - body.centreY, Math.max(0, viewBottom - body.bottom), keepTop);
  } else {
    // Up: not past the middle, not above the head, and an ankle keeps its sole in view.
    const keepSole = viewBottom < body.bottom ? body.bottom - viewBottom : Infinity;
    slide = Math.min(roomDown, body.centreY - target.y, Math.max(0, body.top - viewTop), keepSole);
  }
  return slide ? limits.clampTarget({ x: target.x, y: target.y + slide, z: target.z }) : target;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return { x: a.x - b.x, y: a.y - b.y, z: a.z - b.z };
}

function add(a: Vec3, b: Vec3): Vec3 {
  return { x: a.x + b.x, y: a.y + b.y, z: a.z + b.z };
}

export function dot(a: Vec3, b: Vec3): number {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}
