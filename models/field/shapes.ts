/**
 * Signed distance shapes the figure is assembled from. Each returns an approximate signed
 * distance (negative inside) in metres and an axis-aligned box holding its negative region,
 * so the field can skip shapes far from where it is sampled.
 *
 * Hot code: sampled a few million times per build, so no allocation in `distance`.
 */

export type V3 = readonly [number, number, number];

export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

export interface Shape {
  readonly bounds: Box;
  distance(x: number, y: number, z: number): number;
}

/** An orthonormal frame: rows are the local x, y, z axes in model space. */
export class Frame {
  readonly m: Float64Array;
  constructor(
    readonly origin: V3,
    xAxis: V3,
    yAxis: V3,
  ) {
    const x = normalize(xAxis);
    // Gram-Schmidt so callers may pass a rough second axis.
    const yd = dot(yAxis, x);
    const y = normalize([yAxis[0] - x[0] * yd, yAxis[1] - x[1] * yd, yAxis[2] - x[2] * yd]);
    const z = cross(x, y);
    this.m = Float64Array.of(x[0], x[1], x[2], y[0], y[1], y[2], z[0], z[1], z[2]);
  }
}

export function dot(a: V3, b: V3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
export function cross(a: V3, b: V3): [number, number, number] {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
export function sub(a: V3, b: V3): [number, number, number] {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
export function add(a: V3, b: V3): [number, number, number] {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}
export function scale(a: V3, s: number): [number, number, number] {
  return [a[0] * s, a[1] * s, a[2] * s];
}
export function lerp3(a: V3, b: V3, t: number): [number, number, number] {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
export function length(a: V3): number {
  return Math.hypot(a[0], a[1], a[2]);
}
export function normalize(a: V3): [number, number, number] {
  const l = length(a);
  return [a[0] / l, a[1] / l, a[2] / l];
}

export function boxAround(points: readonly V3[], pad: number): Box {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of points) {
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i], p[i] - pad);
      max[i] = Math.max(max[i], p[i] + pad);
    }
  }
  return { min, max };
}

/** The corners of a local box [-e, e] placed in a frame, for bounding rotated shapes. */
function frameBox(frame: Frame, ex: number, ey: number, ez: number, pad: number): Box {
  const m = frame.m;
  const o = frame.origin;
  const corners: V3[] = [];
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      for (const sz of [-1, 1]) {
        const lx = sx * ex;
        const ly = sy * ey;
        const lz = sz * ez;
        corners.push([
          o[0] + m[0] * lx + m[3] * ly + m[6] * lz,
          o[1] + m[1] * lx + m[4] * ly + m[7] * lz,
          o[2] + m[2] * lx + m[5] * ly + m[8] * lz,
        ]);
      }
    }
  }
  return boxAround(corners, pad);
}

/**
 * Ellipsoid, optionally rotated. Distance is the usual first-order estimate
 * k0 (k0 - 1) / k1, exact on the axes and close to the surface elsewhere.
 */
export class Ellipsoid implements Shape {
  readonly bounds: Box;
  private readonly m: Float64Array;
  private readonly o: V3;
  private readonly ir: [number, number, number];
  private readonly ir2: [number, number, number];
  constructor(
    center: V3,
    radii: V3,
    frame?: { x: V3; y: V3 },
  ) {
    const f = new Frame(center, frame?.x ?? [1, 0, 0], frame?.y ?? [0, 1, 0]);
    this.m = f.m;
    this.o = center;
    this.ir = [1 / radii[0], 1 / radii[1], 1 / radii[2]];
    this.ir2 = [1 / radii[0] ** 2, 1 / radii[1] ** 2, 1 / radii[2] ** 2];
    this.bounds = frameBox(f, radii[0], radii[1], radii[2], 0);
  }
  distance(x: number, y: number, z: number): number {
    const m = this.m;
    const dx = x - this.o[0];
    const dy = y - this.o[1];
    const dz = z - this.o[2];
    const lx = m[0] * dx + m[1] * dy + m[2] * dz;
    const ly = m[3] * dx + m[4] * dy + m[5] * dz;
    const lz = m[6] * dx + m[7] * dy + m[8] * dz;
    const ax = lx * this.ir[0];
    const ay = ly * this.ir[1];
    const az = lz * this.ir[2];
    const k0 = Math.sqrt(ax * ax + ay * ay + az * az);
    const bx = lx * this.ir2[0];
    const by = ly * this.ir2[1];
    const bz = lz * this.ir2[2];
    const k1 = Math.sqrt(bx * bx + by * by + bz * bz);
    if (k1 < 1e-12) return -1 / Math.max(this.ir[0], this.ir[1], this.ir[2]);
    return (k0 * (k0 - 1)) / k1;
  }
}

/** A capsule whose radius changes linearly from `ra` at `a` to `rb` at `b` (exact distance). */
export class RoundCone implements Shape {
  readonly bounds: Box;
  private readonly a: V3;
  private readonly ba: V3;
  private readonly l2: number;
  private readonly rr: number;
  private readonly a2: number;
  private readonly il2: number;
  constructor(
    a: V3,
    b: V3,
    private readonly ra: number,
    private readonly rb: number,
  ) {
    this.a = a;
    this.ba = sub(b, a);
    this.l2 = dot(this.ba, this.ba);
    this.rr = ra - rb;
    this.a2 = this.l2 - this.rr * this.rr;
    this.il2 = 1 / this.l2;
    const r = Math.max(ra, rb);
    this.bounds = boxAround([a, b], r);
  }
  distance(x: number, y: number, z: number): number {
    const ba = this.ba;
    const px = x - this.a[0];
    const py = y - this.a[1];
    const pz = z - this.a[2];
    const l2 = this.l2;
    const yy = px * ba[0] + py * ba[1] + pz * ba[2];
    const zz = yy - l2;
    const qx = px * l2 - ba[0] * yy;
    const qy = py * l2 - ba[1] * yy;
    const qz = pz * l2 - ba[2] * yy;
    const x2 = qx * qx + qy * qy + qz * qz;
    const y2 = yy * yy * l2;
    const z2 = zz * zz * l2;
    const rr = this.rr;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(zz) * this.a2 * z2 > k) return Math.sqrt(x2 + z2) * this.il2 - this.rb;
    if (Math.sign(yy) * this.a2 * y2 < k) return Math.sqrt(x2 + y2) * this.il2 - this.ra;
    return (Math.sqrt(x2 * this.a2 * this.il2) + yy * rr) * this.il2 - this.ra;
  }
}

/** A box with rounded edges (exact distance), optionally rotated. `half` excludes the rounding. */
export class RoundBox implements Shape {
  readonly bounds: Box;
  private readonly m: Float64Array;
  constructor(
    private readonly center: V3,
    private readonly half: V3,
    private readonly radius: number,
    frame?: { x: V3; y: V3 },
  ) {
    const f = new Frame(center, frame?.x ?? [1, 0, 0], frame?.y ?? [0, 1, 0]);
    this.m = f.m;
    this.bounds = frameBox(f, half[0], half[1], half[2], radius);
  }
  distance(x: number, y: number, z: number): number {
    const m = this.m;
    const dx = x - this.center[0];
    const dy = y - this.center[1];
    const dz = z - this.center[2];
    const qx = Math.abs(m[0] * dx + m[1] * dy + m[2] * dz) - this.half[0];
    const qy = Math.abs(m[3] * dx + m[4] * dy + m[5] * dz) - this.half[1];
    const qz = Math.abs(m[6] * dx + m[7] * dy + m[8] * dz) - this.half[2];
    const ox = Math.max(qx, 0);
    const oy = Math.max(qy, 0);
    const oz = Math.max(qz, 0);
    return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qx, qy, qz), 0) - this.radius;
  }
}

/** The solid below a horizontal plane (used to cut the soles flat). */
export class BelowPlane implements Shape {
  readonly bounds: Box;
  constructor(
    private readonly height: number,
    area: Box,
  ) {
    this.bounds = { min: [area.min[0], area.min[1], area.min[2]], max: [area.max[0], height, area.max[2]] };
  }
  distance(_x: number, y: number, _z: number): number {
    return y - this.height;
  }
}
