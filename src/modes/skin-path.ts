/**
 * Lines drawn on the skin (channels, cun rulers): a chain of skin points joined by straight
 * chords, each chord sampled and put back onto the skin across the line (as placement puts
 * "a third of the way" there), then lifted a little so the line is not buried in the skin.
 */
import { snapAcrossLine } from '../catalogue/snap-across-line.js';
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { add, distance, lerp, scale, type Vec3 } from '../geometry/vec3.js';

/** Sampling interval along a chord, metres: smooth at any zoom the rig allows. */
export const SAMPLE_STEP = 0.006;
/** How far lines float above the skin, metres: clear of the skin's own triangles. */
export const LIFT = 0.0015;

export interface SkinPoint {
  point: Vec3;
  normal: Vec3;
}

/** Skin points along the chain `anchors` (model-space points on or near the skin). */
export function drapeChain(surface: TriangleSurface, anchors: readonly Vec3[], step = SAMPLE_STEP): SkinPoint[] {
  const out: SkinPoint[] = [];
  for (let i = 0; i + 1 < anchors.length; i++) {
    const from = anchors[i];
    const to = anchors[i + 1];
    const samples = Math.max(1, Math.ceil(distance(from, to) / step));
    // Each chord's first sample is the previous chord's last: start at 1 after the first chord.
    for (let k = i === 0 ? 0 : 1; k <= samples; k++) {
      out.push(snapAcrossLine(surface, lerp(from, to, k / samples), from, to));
    }
  }
  if (anchors.length === 1) out.push(surface.closestPoint(anchors[0]));
  return out;
}

/** Points lifted `lift` metres off the skin along its normal. */
export function lifted(points: readonly SkinPoint[], lift = LIFT): Vec3[] {
  return points.map(({ point, normal }) => add(point, scale(normal, lift)));
}

/** Length of a polyline, metres. */
export function pathLength(points: readonly Vec3[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1], points[i]);
  return total;
}
