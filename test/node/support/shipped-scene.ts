/**
 * The shipped body as the 3D stage sets it up, for Node tests of framing and clusters: its
 * surface, the built-in points placed on it, and the camera frame (height and middle) the
 * view fits the whole body with.
 */
import { readShippedBody } from '../../../models/read-body.js';
import { surfaceOf } from '../../../src/geometry/surface-index.js';
import type { TriangleSurface } from '../../../src/geometry/triangle-surface.js';
import { placeAll } from '../../../src/catalogue/place.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import type { PlacedMarker } from '../../../src/catalogue/types.js';

export interface ShippedScene {
  surface: TriangleSurface;
  markers: PlacedMarker[];
  frame: { height: number; centerY: number };
}

export async function shippedScene(): Promise<ShippedScene> {
  const body = await readShippedBody();
  const surface = surfaceOf(body.positions, body.indices);
  const markers = placeAll(LOW_BACK_PAIN_POINTS, body.landmarks, surface);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 1; i < body.positions.length; i += 3) {
    min = Math.min(min, body.positions[i]);
    max = Math.max(max, body.positions[i]);
  }
  return { surface, markers, frame: { height: max - min, centerY: (max + min) / 2 } };
}
