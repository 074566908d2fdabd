import { Vector3, type PerspectiveCamera } from 'three';
import type { PlacedMarker } from '../catalogue/types.js';
import type { TriangleSurface } from '../geometry/triangle-surface.js';

import type { ScreenMarker } from './body-view-types.js';

export type { ScreenMarker };

/** Markers whose skin faces away by more than this (cosine) are hidden. */
const FACING_THRESHOLD = 0.08;
/** A ray that hits skin this much short of the marker means the marker is hidden. */
const OCCLUSION_TOLERANCE = 0.006;

const toCamera = new Vector3();
const ndc = new Vector3();

/**
 * Projects markers into the view and decides which are visible: the skin under the
 * marker must face the camera and nothing else of the body may stand in between
 * (an arm in front of the flank, the other leg in a side view).
 */
export function projectMarker(
  marker: Pick<PlacedMarker, 'position' | 'normal'>,
  camera: PerspectiveCamera,
  width: number,
  height: number,
  surface: TriangleSurface | null,
): ScreenMarker {
  const p = marker.position;
  const n = marker.normal;
  toCamera.set(camera.position.x - p.x, camera.position.y - p.y, camera.position.z - p.z);
  const depth = toCamera.length();
  toCamera.divideScalar(depth);
  ndc.set(p.x, p.y, p.z).project(camera);
  const x = ((ndc.x + 1) / 2) * width;
  const y = ((1 - ndc.y) / 2) * height;
  const onScreen = ndc.z > -1 && ndc.z < 1 && x >= 0 && x <= width && y >= 0 && y <= height;
  const facing = toCamera.x * n.x + toCamera.y * n.y + toCamera.z * n.z > FACING_THRESHOLD;
  let visible = onScreen && facing;
  if (visible && surface) {
    // Cast from the camera toward the marker: the first skin hit must be the marker's own.
    const origin = camera.position;
    const hit = surface.raycast(
      { x: origin.x, y: origin.y, z: origin.z },
      { x: -toCamera.x, y: -toCamera.y, z: -toCamera.z },
      depth + OCCLUSION_TOLERANCE,
    );
    if (hit && hit.distance < depth - OCCLUSION_TOLERANCE) visible = false;
  }
  return { x, y, visible, depth };
}
