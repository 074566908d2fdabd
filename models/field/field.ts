/**
 * The figure's implicit surface: an ordered list of operations folded into one signed
 * distance. Shapes join with a smooth minimum (cubic, so blends shade without a seam),
 * carvings cut with a smooth maximum, and details add small offsets.
 *
 * A join may be local: its blend radius fades to zero away from a joint centre, so the
 * arm melts into the shoulder without also reaching toward the hip it hangs next to.
 *
 * Evaluation skips operations whose box is far from the point (`reach`), which keeps
 * sampling fast; the skipped ones cannot change the value near the skin.
 */
import type { Detail } from './details.js';
import type { Box, Shape, V3 } from './shapes.js';

export interface LocalBlend {
  center: V3;
  /** Beyond this distance from the centre the join is a plain union. */
  radius: number;
}

export type Operation =
  | { kind: 'union'; shape: Shape; k: number; local?: LocalBlend }
  | { kind: 'carve'; shape: Shape; k: number }
  | { kind: 'detail'; detail: Detail };

/** Distance outside every shape's box: far enough that only the sign matters. */
export const FAR = 1;

/**
 * How far beyond its box an operation may still matter, on top of its blend radius.
 * Generous, because the shapes' distances are estimates, not exact.
 */
const REACH_MARGIN = 0.015;

/** Cell size of the lookup that `evaluate` uses to find the operations near a point. */
const LOOKUP_CELL = 0.02;

function boxBoxDistance(a: Box, b: Box): number {
  let s = 0;
  for (let i = 0; i < 3; i++) {
    const d = Math.max(a.min[i] - b.max[i], 0, b.min[i] - a.max[i]);
    s += d * d;
  }
  return Math.sqrt(s);
}

export function sminCubic(a: number, b: number, k: number): number {
  if (k <= 1e-9) return a < b ? a : b;
  const d = a - b;
  const h = k - (d < 0 ? -d : d);
  if (h <= 0) return a < b ? a : b;
  const hk = h / k;
  return (a < b ? a : b) - (hk * hk * hk * k) / 6;
}

export class Field {
  readonly ops: readonly Operation[];
  /** Per operation: the box it can influence (shape box grown by blend radius + margin). */
  private readonly reach: Box[];
  readonly bounds: Box;
  private readonly lookup = new Map<number, Int32Array>();

  constructor(ops: Operation[]) {
    this.ops = ops;
    this.reach = ops.map((op) => {
      const b = op.kind === 'detail' ? op.detail.bounds : op.shape.bounds;
      const grow = op.kind === 'detail' ? 0 : op.k + REACH_MARGIN;
      return {
        min: [b.min[0] - grow, b.min[1] - grow, b.min[2] - grow],
        max: [b.max[0] + grow, b.max[1] + grow, b.max[2] + grow],
      };
    });
    const min: [number, number, number] = [Infinity, Infinity, Infinity];
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
    for (const op of ops) {
      if (op.kind !== 'union') continue;
      for (let i = 0; i < 3; i++) {
        min[i] = Math.min(min[i], op.shape.bounds.min[i]);
        max[i] = Math.max(max[i], op.shape.bounds.max[i]);
      }
    }
    this.bounds = { min, max };
  }

  /** Indices of the operations that can matter anywhere inside `box`, in order. */
  operationsNear(box: Box): Int32Array {
    const out: number[] = [];
    for (let i = 0; i < this.ops.length; i++) {
      if (boxBoxDistance(this.reach[i], box) <= 0) out.push(i);
    }
    return Int32Array.from(out);
  }

  /** The field value using only the listed operations (from `operationsNear`). */
  evaluateWith(list: Int32Array, x: number, y: number, z: number): number {
    let d = FAR;
    const ops = this.ops;
    for (let j = 0; j < list.length; j++) {
      const op = ops[list[j]];
      d = this.apply(op, d, x, y, z);
    }
    return d;
  }

  /**
   * The field value at a point. Uses the operation list of the 2 cm cell holding the
   * point (built on first use), the same rule the mesher's blocks use.
   */
  evaluate(x: number, y: number, z: number): number {
    const i = Math.floor(x / LOOKUP_CELL);
    const j = Math.floor(y / LOOKUP_CELL);
    const k = Math.floor(z / LOOKUP_CELL);
    // Cells are keyed by integer coordinates; the body spans far fewer than 1000 cells.
    const key = (i + 500) + 1000 * ((j + 500) + 1000 * (k + 500));
    let list = this.lookup.get(key);
    if (!list) {
      list = this.operationsNear({
        min: [i * LOOKUP_CELL, j * LOOKUP_CELL, k * LOOKUP_CELL],
        max: [(i + 1) * LOOKUP_CELL, (j + 1) * LOOKUP_CELL, (k + 1) * LOOKUP_CELL],
      });
      this.lookup.set(key, list);
    }
    return this.evaluateWith(list, x, y, z);
  }

  /** Central-difference gradient (not normalized). */
  gradient(x: number, y: number, z: number, h = 2e-4): [number, number, number] {
    return [
      (this.evaluate(x + h, y, z) - this.evaluate(x - h, y, z)) / (2 * h),
      (this.evaluate(x, y + h, z) - this.evaluate(x, y - h, z)) / (2 * h),
      (this.evaluate(x, y, z + h) - this.evaluate(x, y, z - h)) / (2 * h),
    ];
  }

  private apply(op: Operation, d: number, x: number, y: number, z: number): number {
    switch (op.kind) {
      case 'union': {
        const s = op.shape.distance(x, y, z);
        let k = op.k;
        if (op.local) {
          const c = op.local.center;
          const q2 = ((x - c[0]) ** 2 + (y - c[1]) ** 2 + (z - c[2]) ** 2) / (op.local.radius * op.local.radius);
          const w = q2 >= 1 ? 0 : (1 - q2) * (1 - q2);
          k *= w;
        }
        return sminCubic(d, s, k);
      }
      case 'carve': {
        const s = op.shape.distance(x, y, z);
        return -sminCubic(-d, s, op.k);
      }
      case 'detail':
        return d + op.detail.offset(x, y, z);
    }
  }
}
