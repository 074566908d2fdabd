/**
 * Shapes the body generator has no need for and bones do: thin rounded triangles (a fan of
 * them makes a curved bony plate: the iliac wing, the scapula, the sacrum) and tubes along
 * a smooth path (ribs, nerves, vessels, the iliac crest's rim).
 */
import { RoundCone, boxAround, type Box, type Shape, type V3 } from '../field/shapes.js';
import type { Operation } from '../field/field.js';

/** A triangle thickened by `radius` on every side (exact distance). */
export class ThickTriangle implements Shape {
  readonly bounds: Box;
  private readonly q: Float64Array;
  constructor(a: V3, b: V3, c: V3, private readonly radius: number) {
    this.bounds = boxAround([a, b, c], radius);
    this.q = Float64Array.of(...a, ...b, ...c);
  }
  distance(x: number, y: number, z: number): number {
    const q = this.q;
    const ax = q[0], ay = q[1], az = q[2];
    const bx = q[3], by = q[4], bz = q[5];
    const cx = q[6], cy = q[7], cz = q[8];
    const bax = bx - ax, bay = by - ay, baz = bz - az;
    const cbx = cx - bx, cby = cy - by, cbz = cz - bz;
    const acx = ax - cx, acy = ay - cy, acz = az - cz;
    const pax = x - ax, pay = y - ay, paz = z - az;
    const pbx = x - bx, pby = y - by, pbz = z - bz;
    const pcx = x - cx, pcy = y - cy, pcz = z - cz;
    // Normal n = ba × ac.
    const nx = bay * acz - baz * acy;
    const ny = baz * acx - bax * acz;
    const nz = bax * acy - bay * acx;
    const side = (ex: number, ey: number, ez: number, px: number, py: number, pz: number) => {
      // sign(dot(cross(e, n), p))
      const cx2 = ey * nz - ez * ny;
      const cy2 = ez * nx - ex * nz;
      const cz2 = ex * ny - ey * nx;
      return Math.sign(cx2 * px + cy2 * py + cz2 * pz);
    };
    let d2: number;
    if (side(bax, bay, baz, pax, pay, paz) + side(cbx, cby, cbz, pbx, pby, pbz) + side(acx, acy, acz, pcx, pcy, pcz) < 2) {
      const seg = (ex: number, ey: number, ez: number, px: number, py: number, pz: number) => {
        const t = Math.min(1, Math.max(0, (ex * px + ey * py + ez * pz) / (ex * ex + ey * ey + ez * ez)));
        const dx = ex * t - px, dy = ey * t - py, dz = ez * t - pz;
        return dx * dx + dy * dy + dz * dz;
      };
      d2 = Math.min(seg(bax, bay, baz, pax, pay, paz), seg(cbx, cby, cbz, pbx, pby, pbz), seg(acx, acy, acz, pcx, pcy, pcz));
    } else {
      const dn = nx * pax + ny * pay + nz * paz;
      d2 = (dn * dn) / (nx * nx + ny * ny + nz * nz);
    }
    return Math.sqrt(d2) - this.radius;
  }
}

/** A plate: triangles fanned from `hub` to consecutive points of `rim`, joined smoothly. */
export function fan(hub: V3, rim: readonly V3[], halfThickness: number, k = 0.004): Operation[] {
  const out: Operation[] = [];
  for (let i = 0; i + 1 < rim.length; i++) {
    out.push({ kind: 'union', shape: new ThickTriangle(hub, rim[i], rim[i + 1], halfThickness), k });
  }
  return out;
}

/** A strip between two rows of points (same count), as two triangles per quad. */
export function strip(a: readonly V3[], b: readonly V3[], halfThickness: number, k = 0.004): Operation[] {
  const out: Operation[] = [];
  for (let i = 0; i + 1 < a.length; i++) {
    out.push({ kind: 'union', shape: new ThickTriangle(a[i], a[i + 1], b[i + 1], halfThickness), k });
    out.push({ kind: 'union', shape: new ThickTriangle(a[i], b[i + 1], b[i], halfThickness), k });
  }
  return out;
}

export interface PathPoint {
  at: V3;
  radius: number;
}

/** Catmull-Rom through the points (positions and radii), `perSpan` samples between each pair. */
export function smoothPath(points: readonly PathPoint[], perSpan = 4): PathPoint[] {
  if (points.length < 3) return [...points];
  const out: PathPoint[] = [];
  const get = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))];
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = get(i - 1), p1 = get(i), p2 = get(i + 1), p3 = get(i + 2);
    for (let s = 0; s < perSpan; s++) {
      const t = s / perSpan;
      const t2 = t * t, t3 = t2 * t;
      const w0 = -0.5 * t3 + t2 - 0.5 * t;
      const w1 = 1.5 * t3 - 2.5 * t2 + 1;
      const w2 = -1.5 * t3 + 2 * t2 + 0.5 * t;
      const w3 = 0.5 * t3 - 0.5 * t2;
      const at: V3 = [0, 1, 2].map((k) => w0 * p0.at[k] + w1 * p1.at[k] + w2 * p2.at[k] + w3 * p3.at[k]) as unknown as V3;
      out.push({ at, radius: p1.radius + (p2.radius - p1.radius) * t });
    }
  }
  out.push(points[points.length - 1]);
  return out;
}

/** A tube along a path: round cones between consecutive samples, joined with a small blend. */
export function tube(points: readonly PathPoint[], perSpan = 4, k = 0.0015): Operation[] {
  const path = smoothPath(points, perSpan);
  const out: Operation[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    out.push({ kind: 'union', shape: new RoundCone(path[i].at, path[i + 1].at, path[i].radius, path[i + 1].radius), k });
  }
  return out;
}
