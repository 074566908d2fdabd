/**
 * Finding the skin: cast a ray from outside the body and stop where the field turns
 * negative. Used to anchor surface details (furrows, dimples) to the skin they sit on and
 * to place landmarks on the final surface.
 */
import type { V3 } from './shapes.js';

export interface Evaluator {
  evaluate(x: number, y: number, z: number): number;
}

/**
 * The first surface point on the ray from `from` along `direction` (not necessarily unit),
 * within `maxDistance`. Throws if the ray misses: a landmark or detail placed in the air
 * is a bug in the figure, not something to paper over.
 */
export function castToSkin(field: Evaluator, from: V3, direction: V3, maxDistance = 0.6, step = 0.0008): [number, number, number] {
  const l = Math.hypot(direction[0], direction[1], direction[2]);
  const dx = direction[0] / l;
  const dy = direction[1] / l;
  const dz = direction[2] / l;
  const at = (t: number) => field.evaluate(from[0] + dx * t, from[1] + dy * t, from[2] + dz * t);
  if (at(0) < 0) throw new Error(`castToSkin: start ${from.map((v) => v.toFixed(3))} is inside the body`);
  let t0 = 0;
  for (let t = step; t <= maxDistance; t += step) {
    const f = at(t);
    if (f < 0) {
      let lo = t0;
      let hi = t;
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (at(mid) < 0) hi = mid;
        else lo = mid;
      }
      const tt = (lo + hi) / 2;
      return [from[0] + dx * tt, from[1] + dy * tt, from[2] + dz * tt];
    }
    t0 = t;
  }
  throw new Error(`castToSkin: ray from ${from.map((v) => v.toFixed(3))} along ${direction.join(',')} missed the body`);
}
