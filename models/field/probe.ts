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
  const hit = marchToSkin(field, from, direction, maxDistance, step, (f) => f < 0);
  if (hit === 'bad start') throw new Error(`castToSkin: start ${from.map((v) => v.toFixed(3))} is inside the body`);
  if (!hit) throw new Error(`castToSkin: ray from ${from.map((v) => v.toFixed(3))} along ${direction.join(',')} missed the body`);
  return hit;
}

/**
 * Marches along the ray until `crossed(field value)` holds, then bisects to the surface.
 * 'bad start' when the start already counts as crossed; null when the ray never crosses.
 */
function marchToSkin(
  field: Evaluator,
  from: V3,
  direction: V3,
  maxDistance: number,
  step: number,
  crossed: (f: number) => boolean,
): [number, number, number] | 'bad start' | null {
  const l = Math.hypot(direction[0], direction[1], direction[2]);
  const dx = direction[0] / l;
  const dy = direction[1] / l;
  const dz = direction[2] / l;
  const at = (t: number) => field.evaluate(from[0] + dx * t, from[1] + dy * t, from[2] + dz * t);
  if (crossed(at(0))) return 'bad start';
  let t0 = 0;
  for (let t = step; t <= maxDistance; t += step) {
    if (crossed(at(t))) {
      let lo = t0;
      let hi = t;
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (crossed(at(mid))) hi = mid;
        else lo = mid;
      }
      const tt = (lo + hi) / 2;
      return [from[0] + dx * tt, from[1] + dy * tt, from[2] + dz * tt];
    }
    t0 = t;
  }
  return null;
}

/**
 * Height of a horizontal crease (such as the gluteal fold) on the back at `x`: the height
 * in [yLow, yHigh] where the skin profile seen from behind bends most sharply inward.
 */
export function creaseHeight(field: Evaluator, x: number, yLow: number, yHigh: number, step = 0.001): number {
  const ys: number[] = [];
  const zs: number[] = [];
  for (let y = yLow; y <= yHigh + 1e-9; y += step) {
    ys.push(y);
    zs.push(castToSkin(field, [x, y, -0.45], [0, 0, 1])[2]);
  }
  const span = 3;
  let best = Infinity;
  let at = (yLow + yHigh) / 2;
  for (let i = span; i < zs.length - span; i++) {
    const bend = zs[i + span] - 2 * zs[i] + zs[i - span];
    if (bend < best) {
      best = bend;
      at = ys[i];
    }
  }
  return at;
}

/**
 * The skin where a ray from a point inside the body first leaves it. Landmarks on the
 * side of the hip are found this way, from the hip joint outward, so the hanging arm
 * beside the hip can never be taken for the hip's skin.
 */
export function exitSkin(field: Evaluator, from: V3, direction: V3, maxDistance = 0.4, step = 0.0008): [number, number, number] {
  const hit = marchToSkin(field, from, direction, maxDistance, step, (f) => f >= 0);
  if (hit === 'bad start') throw new Error(`exitSkin: start ${from.map((v) => v.toFixed(3))} is outside the body`);
  if (!hit) throw new Error(`exitSkin: ray from ${from.map((v) => v.toFixed(3))} along ${direction.join(',')} never left the body`);
  return hit;
}
