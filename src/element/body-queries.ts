import type { PlacedMarker, Side } from '../catalogue/types.js';
import type { Vec3 } from '../geometry/vec3.js';
import type { MapState } from './store.js';

/**
 * The bodies of the element's questions about the placed body (pointPosition,
 * landmarkPosition, queryPoint): there are markers, a model and a view only once the 3D
 * stage has come, so their code comes with it and the first stage only asks.
 */

/** The marker of a point on one side (a midline point's own one), never an alternative location. */
function findMarker(state: MapState, code: string, side?: Side): PlacedMarker | undefined {
  return state.markers.find((marker) => marker.code === code && !marker.alternative && (!side || marker.side === side || marker.side === 'midline'));
}

export function pointPosition(state: MapState, code: string, side?: 'left' | 'right'): Vec3 | null {
  const marker = findMarker(state, code, side);
  return marker ? { ...marker.position } : null;
}

export function landmarkPosition(state: MapState, name: string): Vec3 | null {
  const landmarks = state.model?.landmarks;
  // Own names only: "constructor" or "__proto__" is no landmark.
  const landmark = landmarks && typeof name === 'string' && Object.hasOwn(landmarks, name) ? landmarks[name] : null;
  return landmark ? { ...landmark } : null;
}

export function queryPoint(state: MapState, code: string, side?: 'left' | 'right'): { x: number; y: number; visible: boolean } | null {
  const marker = findMarker(state, code, side);
  if (!marker || !state.body) return null;
  const { x, y, visible } = state.body.project(marker.position, marker.normal);
  return { x, y, visible };
}
