import type { PlacedMarker } from '../catalogue/types.js';
import type { Vec3 } from '../geometry/vec3.js';
import type { FreeRect, ScreenMarker } from './body-view-types.js';

/** Where to aim the camera: look at `point` from `azimuth` (null: keep turning as is) at `pixelsPerMetre`. */
export interface FrameRequest {
  point: Vec3;
  azimuth: number | null;
  pixelsPerMetre: number;
}

export interface SightInput {
  markers: readonly PlacedMarker[];
  /** Projection of `markers` in the current frame. */
  screen: readonly ScreenMarker[];
  /** Indexes of the chosen point's markers. */
  chosen: readonly number[];
  free: FreeRect;
  /** Distance two marker centres need on screen to stand apart (CSS px). */
  gap: number;
  /** Current CSS px per metre at the figure's depth. */
  pixelsPerMetre: number;
  /** The camera's position (to tell which marker faces it most). */
  camera: Vec3;
  /** Scale to reach when the camera must move anyway (a readable close-up of the region). */
  closeUp: number;
}

/**
 * The chosen point kept in sight: nothing moves if one of its markers is already in the
 * free part of the view and stands apart from its neighbours. Otherwise the camera looks at
 * the marker that is on screen (or else the one facing the camera most, turning toward its
 * skin), and zooms in just enough that its nearest neighbour on the same side of the body
 * is `gap` away, and at least to `closeUp`. The camera's view offset (see BodyView.setInsets)
 * puts the target at the centre of the free part, so looking at the marker is enough.
 */
export function keepInSight(input: SightInput): FrameRequest | null {
  const { markers, screen, chosen, free, gap, pixelsPerMetre, camera } = input;
  if (chosen.length === 0) return null;
  const margin = gap / 2;
  const inFree = (s: ScreenMarker | undefined) =>
    !!s && s.visible && s.x >= free.left + margin && s.x <= free.right - margin && s.y >= free.top + margin && s.y <= free.bottom - margin;
  const apart = (index: number) => screen.every((other, j) => j === index || !other.visible || Math.hypot(other.x - screen[index].x, other.y - screen[index].y) >= gap);
  if (chosen.some((index) => inFree(screen[index]) && apart(index))) return null;
  const onScreen = chosen.filter((index) => screen[index]?.visible);
  const centreX = (free.left + free.right) / 2;
  const centreY = (free.top + free.bottom) / 2;
  const best = onScreen.length
    ? onScreen.reduce((a, b) => (dist2(screen[a], centreX, centreY) <= dist2(screen[b], centreX, centreY) ? a : b))
    : chosen.reduce((a, b) => (facing(markers[a], camera) >= facing(markers[b], camera) ? a : b));
  const marker = markers[best];
  // Both sides of a bilateral point (the rows of a group) are framed together when they
  // face the same way and lie close: the camera aims between them.
  const together = chosen.filter((index) => dot(markers[index].normal, marker.normal) > 0.5 && distance(markers[index].position, marker.position) < 0.2);
  const point = { x: 0, y: 0, z: 0 };
  for (const index of together) {
    point.x += markers[index].position.x / together.length;
    point.y += markers[index].position.y / together.length;
    point.z += markers[index].position.z / together.length;
  }
  // The nearest other marker on the same side of the body (normals within ~60 degrees):
  // the two will be seen together, and foreshortening only brings them closer, hence 1.2.
  let nearest = Infinity;
  markers.forEach((other, j) => {
    if (j === best || dot(other.normal, marker.normal) < 0.5) return;
    nearest = Math.min(nearest, distance(other.position, marker.position));
  });
  const toSeparate = Number.isFinite(nearest) ? (gap * 1.2) / Math.max(nearest, 1e-3) : 0;
  return {
    point,
    // Turn toward the skin when the marker is not on screen, or seen so obliquely (a hand
    // from the front) that its neighbours crowd it however close the camera comes.
    azimuth: onScreen.length && facing(marker, camera) > 0.6 ? null : Math.atan2(marker.normal.x, marker.normal.z),
    pixelsPerMetre: Math.max(pixelsPerMetre, toSeparate, input.closeUp),
  };
}

function dist2(s: ScreenMarker, x: number, y: number): number {
  return (s.x - x) ** 2 + (s.y - y) ** 2;
}

function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
}

function dot(a: Vec3, b: Vec3): number {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

/** How squarely a marker's skin faces the camera, in the horizontal plane (-1..1). */
function facing(marker: PlacedMarker, camera: Vec3): number {
  const dx = camera.x - marker.position.x;
  const dz = camera.z - marker.position.z;
  const length = Math.hypot(dx, dz) || 1;
  return (marker.normal.x * dx + marker.normal.z * dz) / length;
}
