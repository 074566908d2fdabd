/**
 * Surface details: smooth, compactly supported offsets added to the distance field.
 * A positive offset pushes the skin inward (a furrow, a dimple, a crease), a negative one
 * raises it (a ridge, a tendon, a bony prominence). Support is compact, so a detail never
 * reaches past its box and the field can skip it elsewhere.
 *
 * The kernel is (1 - q^2)^3 for q < 1: smooth (C2) at the centre and at the rim.
 */
import { boxAround, Frame, normalize, type Box, type V3 } from './shapes.js';

export interface Detail {
  readonly bounds: Box;
  offset(x: number, y: number, z: number): number;
}

function kernel(q2: number): number {
  if (q2 >= 1) return 0;
  const a = 1 - q2;
  return a * a * a;
}

/** An ellipsoidal bump or dent: `amount` metres at the centre, fading to 0 at `radii`. */
export class Blob implements Detail {
  readonly bounds: Box;
  private readonly m: Float64Array;
  private readonly ir: [number, number, number];
  constructor(
    private readonly center: V3,
    radii: V3,
    private readonly amount: number,
    frame?: { x: V3; y: V3 },
  ) {
    const f = new Frame(center, frame?.x ?? [1, 0, 0], frame?.y ?? [0, 1, 0]);
    this.m = f.m;
    this.ir = [1 / radii[0], 1 / radii[1], 1 / radii[2]];
    const r = Math.max(...radii);
    this.bounds = boxAround([center], r);
  }
  offset(x: number, y: number, z: number): number {
    const m = this.m;
    const dx = x - this.center[0];
    const dy = y - this.center[1];
    const dz = z - this.center[2];
    const lx = (m[0] * dx + m[1] * dy + m[2] * dz) * this.ir[0];
    const ly = (m[3] * dx + m[4] * dy + m[5] * dz) * this.ir[1];
    const lz = (m[6] * dx + m[7] * dy + m[8] * dz) * this.ir[2];
    return this.amount * kernel(lx * lx + ly * ly + lz * lz);
  }
}

export interface TubePoint {
  at: V3;
  /** Offset at this point (positive = inward). */
  amount: number;
  /** Reach across the skin, sideways from the curve. */
  width: number;
  /** Reach along `depth`, into and out of the skin. */
  depthReach?: number;
}

/**
 * An offset along a smooth curve over the skin: furrows, ridges, creases, tendons.
 * The curve is a Catmull-Rom spline through the points, sampled finely so the closest
 * point moves smoothly. `depth` is the direction into the body: the offset reaches
 * `width` sideways but only `depthReach` in that direction.
 */
export class Tube implements Detail {
  readonly bounds: Box;
  private readonly pts: Float64Array; // x, y, z, amount, 1/width, 1/depthReach
  private readonly count: number;
  private readonly depth: V3 | null;
  constructor(
    points: TubePoint[],
    depth: V3 | null,
    samplesPerSpan = 6,
  ) {
    this.depth = depth ? normalize(depth) : null;
    const dense: number[][] = [];
    const n = points.length;
    const get = (i: number) => points[Math.max(0, Math.min(n - 1, i))];
    for (let i = 0; i < n - 1; i++) {
      const p0 = get(i - 1);
      const p1 = get(i);
      const p2 = get(i + 1);
      const p3 = get(i + 2);
      for (let s = 0; s < samplesPerSpan; s++) {
        const t = s / samplesPerSpan;
        const pos = [0, 1, 2].map((c) => catmullRom(p0.at[c], p1.at[c], p2.at[c], p3.at[c], t));
        const lerp = (a: number, b: number) => a + (b - a) * t;
        dense.push([
          ...pos,
          lerp(p1.amount, p2.amount),
          1 / lerp(p1.width, p2.width),
          1 / lerp(p1.depthReach ?? p1.width, p2.depthReach ?? p2.width),
        ]);
      }
    }
    const last = points[n - 1];
    dense.push([...last.at, last.amount, 1 / last.width, 1 / (last.depthReach ?? last.width)]);
    this.count = dense.length;
    this.pts = Float64Array.from(dense.flat());
    const reach = Math.max(...points.map((p) => Math.max(p.width, p.depthReach ?? p.width)));
    this.bounds = boxAround(
      dense.map((d) => [d[0], d[1], d[2]] as V3),
      reach,
    );
  }
  offset(x: number, y: number, z: number): number {
    const p = this.pts;
    let best = Infinity;
    let bi = 0;
    let bt = 0;
    for (let i = 0; i < this.count - 1; i++) {
      const o = i * 6;
      const ax = p[o];
      const ay = p[o + 1];
      const az = p[o + 2];
      const ex = p[o + 6] - ax;
      const ey = p[o + 7] - ay;
      const ez = p[o + 8] - az;
      const qx = x - ax;
      const qy = y - ay;
      const qz = z - az;
      const ee = ex * ex + ey * ey + ez * ez;
      let t = ee > 0 ? (qx * ex + qy * ey + qz * ez) / ee : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const dx = qx - ex * t;
      const dy = qy - ey * t;
      const dz = qz - ez * t;
      const d2 = dx * dx + dy * dy + dz * dz;
      if (d2 < best) {
        best = d2;
        bi = i;
        bt = t;
      }
    }
    const o = bi * 6;
    const cx = p[o] + (p[o + 6] - p[o]) * bt;
    const cy = p[o + 1] + (p[o + 7] - p[o + 1]) * bt;
    const cz = p[o + 2] + (p[o + 8] - p[o + 2]) * bt;
    const amount = p[o + 3] + (p[o + 9] - p[o + 3]) * bt;
    const iw = p[o + 4] + (p[o + 10] - p[o + 4]) * bt;
    const id = p[o + 5] + (p[o + 11] - p[o + 5]) * bt;
    const vx = x - cx;
    const vy = y - cy;
    const vz = z - cz;
    let q2: number;
    if (this.depth) {
      const dn = vx * this.depth[0] + vy * this.depth[1] + vz * this.depth[2];
      const tx = vx - dn * this.depth[0];
      const ty = vy - dn * this.depth[1];
      const tz = vz - dn * this.depth[2];
      q2 = (tx * tx + ty * ty + tz * tz) * iw * iw + dn * dn * id * id;
    } else {
      q2 = (vx * vx + vy * vy + vz * vz) * iw * iw;
    }
    return amount * kernel(q2);
  }
}

function catmullRom(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
}
