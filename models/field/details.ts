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
  /** No point farther than this from the curve gets any offset. */
  private readonly reach: number;
  /** Per segment: squared distance from its start beyond which it cannot be within reach. */
  private readonly segmentReach: Float64Array;
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
    this.segmentReach = new Float64Array(Math.max(0, dense.length - 1));
    const reach = Math.max(...points.map((p) => Math.max(p.width, p.depthReach ?? p.width)));
    this.reach = reach;
    for (let i = 0; i < dense.length - 1; i++) {
      const len = Math.hypot(dense[i + 1][0] - dense[i][0], dense[i + 1][1] - dense[i][1], dense[i + 1][2] - dense[i][2]);
      this.segmentReach[i] = (len + reach) ** 2;
    }
    this.bounds = boxAround(
      dense.map((d) => [d[0], d[1], d[2]] as V3),
      reach,
    );
  }
  offset(x: number, y: number, z: number): number {
    const b = this.bounds;
    if (x < b.min[0] || x > b.max[0] || y < b.min[1] || y > b.max[1] || z < b.min[2] || z > b.max[2]) return 0;
    const p = this.pts;
    let best = this.reach * this.reach;
    let bi = -1;
    let bt = 0;
    const sl = this.segmentReach;
    for (let i = 0; i < this.count - 1; i++) {
      const o = i * 6;
      const ax = p[o];
      const ay = p[o + 1];
      const az = p[o + 2];
      const qx = x - ax;
      const qy = y - ay;
      const qz = z - az;
      // A segment is never closer than its start minus its length.
      const q2 = qx * qx + qy * qy + qz * qz;
      if (q2 > sl[i]) continue;
      const ex = p[o + 6] - ax;
      const ey = p[o + 7] - ay;
      const ez = p[o + 8] - az;
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
    if (bi < 0) return 0;
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

/**
 * A raised (or sunken) plate under the skin of the back, seen straight from behind: a
 * triangle in x-y whose rim rises over `edge` metres. The rim is the product of three soft
 * half-planes, so the plate is smooth everywhere (no creases along the bisectors, as a
 * distance-based rim would have). It acts only near a plane through the skin
 * (z = ax + by + c), so it never reaches the front of the body. Used for the scapula,
 * whose medial border and inferior angle must read clearly.
 */
export class Plate implements Detail {
  readonly bounds: Box;
  private readonly plane: [number, number, number];
  /** Per edge: inward unit normal (nx, ny) and offset, so n.p - o is the inward distance. */
  private readonly edges: Float64Array;
  constructor(
    corners: readonly [readonly [number, number], readonly [number, number], readonly [number, number]],
    skin: readonly [V3, V3, V3],
    private readonly edge: number,
    private readonly amount: number,
    private readonly depthReach: number,
  ) {
    this.plane = planeThrough(skin);
    const area2 =
      (corners[1][0] - corners[0][0]) * (corners[2][1] - corners[0][1]) -
      (corners[2][0] - corners[0][0]) * (corners[1][1] - corners[0][1]);
    const orient = area2 > 0 ? 1 : -1;
    this.edges = new Float64Array(9);
    for (let i = 0; i < 3; i++) {
      const [ax, ay] = corners[i];
      const [bx, by] = corners[(i + 1) % 3];
      const l = Math.hypot(bx - ax, by - ay);
      // Left normal of a counter-clockwise edge points inside.
      const nx = (-(by - ay) / l) * orient;
      const ny = ((bx - ax) / l) * orient;
      this.edges.set([nx, ny, nx * ax + ny * ay], i * 3);
    }
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const zs = skin.map((p) => p[2]);
    this.bounds = {
      min: [Math.min(...xs), Math.min(...ys), Math.min(...zs) - depthReach - 0.03],
      max: [Math.max(...xs), Math.max(...ys), Math.max(...zs) + depthReach + 0.03],
    };
  }
  offset(x: number, y: number, z: number): number {
    const [a, b, c] = this.plane;
    const dz = (z - (a * x + b * y + c)) / this.depthReach;
    const k = kernel(dz * dz);
    if (k === 0) return 0;
    let t = 1;
    const e = this.edges;
    for (let i = 0; i < 9; i += 3) {
      const inside = (e[i] * x + e[i + 1] * y - e[i + 2]) / this.edge;
      if (inside <= 0) return 0;
      if (inside < 1) t *= inside * inside * (3 - 2 * inside);
    }
    return this.amount * t * k;
  }
}

function planeThrough(p: readonly [V3, V3, V3]): [number, number, number] {
  // Solve z = a x + b y + c through three points.
  const [p0, p1, p2] = p;
  const x1 = p1[0] - p0[0], y1 = p1[1] - p0[1], z1 = p1[2] - p0[2];
  const x2 = p2[0] - p0[0], y2 = p2[1] - p0[1], z2 = p2[2] - p0[2];
  const det = x1 * y2 - x2 * y1;
  const a = (z1 * y2 - z2 * y1) / det;
  const b = (x1 * z2 - x2 * z1) / det;
  return [a, b, p0[2] - a * p0[0] - b * p0[1]];
}
