/**
 * A lofted limb or trunk: a straight axis with a cross-section that changes along it.
 *
 * The cross-section is a superellipse with its own half-width (along the lateral axis),
 * front and back depths, an offset of its centre and an exponent (2 = ellipse, larger =
 * squarer). Keys along the axis are joined by smooth cubic interpolation, so a thigh or a
 * calf reads as one continuous form instead of stacked pieces. The ends are closed with
 * ellipsoidal caps. The distance is the normalized value (N - 1) / |grad N| of the
 * superellipse norm N, which is accurate near the skin, where the mesher needs it.
 */
import { boxAround, dot, normalize, sub, type Box, type Shape, type V3 } from './shapes.js';

export interface LoftKey {
  /** Position along the axis, 0 at `a`, 1 at `b`. */
  t: number;
  /** Half-width along the lateral axis. */
  hw: number;
  /** Depth toward the front. */
  front: number;
  /** Depth toward the back. */
  back: number;
  /** Centre offset along the lateral axis (positive = lateral). */
  lateral?: number;
  /** Centre offset toward the front. */
  forward?: number;
  /** Superellipse exponent, 2 = ellipse. */
  n?: number;
}

export interface LoftOptions {
  a: V3;
  b: V3;
  /** Points to the subject's lateral side (or +x for midline shapes). */
  lateral: V3;
  /** Points to the front of this part. */
  front: V3;
  keys: LoftKey[];
  /** Axial length of the cap beyond `a` and beyond `b`. */
  capA: number;
  capB: number;
  /**
   * 'spline' joins the keys with a natural C2 cubic spline instead of the default C1
   * Hermite curve, and continues each end's slope past it under the cap. Under a raking
   * light a C1 join shows as a faint ring where the section's curvature jumps at a key
   * (and at the end keys, where the section stopped changing); the spline has no such
   * jump. It can overshoot a key a little. Use it with capPower [3, 3] so the caps are C2 too.
   */
  interpolation?: 'hermite' | 'spline';
  /**
   * Exponents of the cap profiles at `a` and at `b`: 2 (default) is an ellipsoidal cap;
   * 3 meets the sides with zero curvature, so the cap's rim leaves no line on the skin.
   */
  capPower?: [a: number, b: number];
}

const P = 7; // t, hw, front, back, lateral, forward, n

export class Loft implements Shape {
  readonly bounds: Box;
  private readonly a: V3;
  private readonly u: V3;
  private readonly v: V3;
  private readonly w: V3;
  private readonly len: number;
  private readonly keys: Float64Array;
  private readonly slopes: Float64Array;
  private readonly count: number;
  private readonly capA: number;
  private readonly capB: number;
  private readonly capPowerA: number;
  private readonly capPowerB: number;
  private readonly spline: boolean;
  // Scratch for the interpolated parameters and their derivatives along the axis.
  private readonly val = new Float64Array(P);
  private readonly der = new Float64Array(P);

  constructor(o: LoftOptions) {
    this.a = o.a;
    const axis = sub(o.b, o.a);
    this.len = Math.hypot(axis[0], axis[1], axis[2]);
    const u = normalize(axis);
    const fd = dot(o.front, u);
    const w = normalize([o.front[0] - u[0] * fd, o.front[1] - u[1] * fd, o.front[2] - u[2] * fd]);
    const ld = dot(o.lateral, u);
    const lw = dot(o.lateral, w);
    const v = normalize([
      o.lateral[0] - u[0] * ld - w[0] * lw,
      o.lateral[1] - u[1] * ld - w[1] * lw,
      o.lateral[2] - u[2] * ld - w[2] * lw,
    ]);
    this.u = u;
    this.v = v;
    this.w = w;
    this.capA = o.capA;
    this.capB = o.capB;
    this.capPowerA = o.capPower?.[0] ?? 2;
    this.capPowerB = o.capPower?.[1] ?? 2;
    this.spline = o.interpolation === 'spline';
    const keys = [...o.keys].sort((p, q) => p.t - q.t);
    this.count = keys.length;
    this.keys = new Float64Array(keys.length * P);
    keys.forEach((k, i) => {
      this.keys.set([k.t * this.len, k.hw, k.front, k.back, k.lateral ?? 0, k.forward ?? 0, k.n ?? 2], i * P);
    });
    this.slopes = o.interpolation === 'spline' ? this.splineSlopes() : this.computeSlopes();
    let reach = 0;
    for (const k of keys) {
      reach = Math.max(reach, Math.abs(k.lateral ?? 0) + k.hw, Math.abs(k.forward ?? 0) + Math.max(k.front, k.back));
    }
    const start: V3 = [o.a[0] - u[0] * o.capA, o.a[1] - u[1] * o.capA, o.a[2] - u[2] * o.capA];
    const end: V3 = [o.b[0] + u[0] * o.capB, o.b[1] + u[1] * o.capB, o.b[2] + u[2] * o.capB];
    // Cubic interpolation can overshoot the keys a little.
    this.bounds = boxAround([start, end], reach * 1.15);
  }

  /**
   * Hermite slopes: the mean of the neighbouring secants, flat at a local extremum, and
   * flat at both ends so the ellipsoidal caps meet the sides without a crease.
   */
  private computeSlopes(): Float64Array {
    const n = this.count;
    const k = this.keys;
    const s = new Float64Array(n * P);
    for (let j = 1; j < P; j++) {
      for (let i = 0; i < n; i++) {
        const prev = i > 0 ? (k[i * P + j] - k[(i - 1) * P + j]) / (k[i * P] - k[(i - 1) * P]) : NaN;
        const next = i < n - 1 ? (k[(i + 1) * P + j] - k[i * P + j]) / (k[(i + 1) * P] - k[i * P]) : NaN;
        let m: number;
        if (Number.isNaN(prev) || Number.isNaN(next)) m = 0;
        else m = prev * next <= 0 ? 0 : (prev + next) / 2;
        s[i * P + j] = m;
      }
    }
    return s;
  }

  /**
   * Slopes of the natural C2 cubic spline through the keys (zero second derivative at both
   * ends, so the straight continuation past an end joins without a curvature jump): the
   * tridiagonal system for the slopes, solved by the Thomas algorithm.
   */
  private splineSlopes(): Float64Array {
    const n = this.count;
    const k = this.keys;
    const s = new Float64Array(n * P);
    if (n < 2) return s;
    const h = (i: number) => k[(i + 1) * P] - k[i * P];
    const sub = new Float64Array(n);
    const diag = new Float64Array(n);
    const sup = new Float64Array(n);
    const rhs = new Float64Array(n);
    for (let j = 1; j < P; j++) {
      const y = (i: number) => k[i * P + j];
      for (let i = 0; i < n; i++) {
        if (i === 0) {
          sub[i] = 0;
          diag[i] = 2 / h(0);
          sup[i] = 1 / h(0);
          rhs[i] = (3 * (y(1) - y(0))) / (h(0) * h(0));
        } else if (i === n - 1) {
          sub[i] = 1 / h(i - 1);
          diag[i] = 2 / h(i - 1);
          sup[i] = 0;
          rhs[i] = (3 * (y(i) - y(i - 1))) / (h(i - 1) * h(i - 1));
        } else {
          const h0 = h(i - 1);
          const h1 = h(i);
          sub[i] = 1 / h0;
          diag[i] = 2 / h0 + 2 / h1;
          sup[i] = 1 / h1;
          rhs[i] = 3 * ((y(i) - y(i - 1)) / (h0 * h0) + (y(i + 1) - y(i)) / (h1 * h1));
        }
      }
      for (let i = 1; i < n; i++) {
        const f = sub[i] / diag[i - 1];
        diag[i] -= f * sup[i - 1];
        rhs[i] -= f * rhs[i - 1];
      }
      for (let i = n - 1; i >= 0; i--) {
        const next = i < n - 1 ? s[(i + 1) * P + j] : 0;
        s[i * P + j] = (rhs[i] - sup[i] * next) / diag[i];
      }
    }
    return s;
  }

  /**
   * Past an end key of a spline loft the section keeps changing with the end's slope, eased
   * by tanh so it saturates: a size may shrink to no less than 30 % of its end value or grow
   * by at most 10 %, an offset moves at most 2 cm, the exponent at most 0.5. tanh has no
   * curvature at zero, so the join stays C2, and the values and their derivatives stay
   * smooth everywhere (a hard clamp made the distance estimate jump, which the blends with
   * neighbouring shapes showed as a line).
   */
  private extrapolate(i: number, ds: number): void {
    const k = this.keys;
    const sl = this.slopes;
    for (let j = 1; j < P; j++) {
      const y = k[i * P + j];
      const m = sl[i * P + j];
      const delta = m * ds;
      const g = j <= 3 ? (delta < 0 ? 0.7 * y : 0.1 * y) : j <= 5 ? 0.02 : 0.5;
      const th = Math.tanh(delta / g);
      this.val[j] = y + g * th;
      this.der[j] = m * (1 - th * th);
    }
  }

  private interpolate(s: number): void {
    const k = this.keys;
    const n = this.count;
    const val = this.val;
    const der = this.der;
    // Past the end keys the section stays constant (the end slopes are zero, so the
    // section and the distance estimate stay smooth across the ends).
    if (this.spline && n > 1 && s < k[0]) {
      this.extrapolate(0, s - k[0]);
      return;
    }
    if (this.spline && n > 1 && s > k[(n - 1) * P]) {
      this.extrapolate(n - 1, s - k[(n - 1) * P]);
      return;
    }
    if (n === 1 || s <= k[0]) {
      for (let j = 1; j < P; j++) {
        val[j] = k[j];
        der[j] = 0;
      }
      return;
    }
    if (s >= k[(n - 1) * P]) {
      for (let j = 1; j < P; j++) {
        val[j] = k[(n - 1) * P + j];
        der[j] = 0;
      }
      return;
    }
    let i = 0;
    while (i < n - 2 && s > k[(i + 1) * P]) i++;
    const t0 = k[i * P];
    const h = k[(i + 1) * P] - t0;
    const t = (s - t0) / h;
    const t2 = t * t;
    const t3 = t2 * t;
    const h00 = 2 * t3 - 3 * t2 + 1;
    const h10 = t3 - 2 * t2 + t;
    const h01 = -2 * t3 + 3 * t2;
    const h11 = t3 - t2;
    const d00 = (6 * t2 - 6 * t) / h;
    const d10 = 3 * t2 - 4 * t + 1;
    const d01 = (-6 * t2 + 6 * t) / h;
    const d11 = 3 * t2 - 2 * t;
    const sl = this.slopes;
    for (let j = 1; j < P; j++) {
      const y0 = k[i * P + j];
      const y1 = k[(i + 1) * P + j];
      const m0 = sl[i * P + j];
      const m1 = sl[(i + 1) * P + j];
      val[j] = h00 * y0 + h10 * h * m0 + h01 * y1 + h11 * h * m1;
      der[j] = d00 * y0 + d10 * m0 + d01 * y1 + d11 * m1;
    }
  }

  distance(x: number, y: number, z: number): number {
    const px = x - this.a[0];
    const py = y - this.a[1];
    const pz = z - this.a[2];
    const u = this.u;
    const v = this.v;
    const w = this.w;
    const s = px * u[0] + py * u[1] + pz * u[2];
    const len = this.len;
    this.interpolate(this.spline ? s : s < 0 ? 0 : s > len ? len : s);
    const val = this.val;
    const der = this.der;
    const hw = val[1];
    const lv = px * v[0] + py * v[1] + pz * v[2] - val[4];
    const lw = px * w[0] + py * w[1] + pz * w[2] - val[5];
    const frontSide = lw >= 0;
    const rw = frontSide ? val[2] : val[3];
    const drw = frontSide ? der[2] : der[3];
    const n = val[6];
    const av = Math.abs(lv) / hw;
    const bw = Math.abs(lw) / rw;
    let rho: number;
    let ga: number; // d rho / d av
    let gb: number; // d rho / d bw
    if (n === 2) {
      rho = Math.sqrt(av * av + bw * bw);
      ga = rho > 1e-12 ? av / rho : 0;
      gb = rho > 1e-12 ? bw / rho : 0;
    } else {
      // One pow per term: with A = av^n, B = bw^n, S = A + B, rho = S^(1/n) and
      // d rho / d av = (av / rho)^(n - 1) = A rho / (av S).
      const A = av > 0 ? Math.exp(n * Math.log(av)) : 0;
      const Bn = bw > 0 ? Math.exp(n * Math.log(bw)) : 0;
      const S = A + Bn;
      rho = S > 0 ? Math.exp(Math.log(S) / n) : 0;
      ga = S > 0 && av > 0 ? (A * rho) / (av * S) : 0;
      gb = S > 0 && bw > 0 ? (Bn * rho) / (bw * S) : 0;
    }
    const sv = lv >= 0 ? 1 : -1;
    const sw = lw >= 0 ? 1 : -1;
    const gLv = (ga * sv) / hw;
    const gLw = (gb * sw) / rw;
    let e = 0;
    let gE = 0;
    if (s < 0) {
      e = -s / this.capA;
      gE = -1 / this.capA;
    } else if (s > len) {
      e = (s - len) / this.capB;
      gE = 1 / this.capB;
    }
    const dav = (-av * der[1]) / hw - (sv * der[4]) / hw;
    const dbw = (-bw * drw) / rw - (sw * der[5]) / rw;
    const gS = ga * dav + gb * dbw;
    const q = s < 0 ? this.capPowerA : this.capPowerB;
    if (q !== 2 && e > 0) {
      // Superelliptic cap: N = (rho^q + e^q)^(1/q), whose gradient weights are (rho/N)^(q-1)
      // and (e/N)^(q-1).
      const Nq = Math.exp(Math.log(Math.exp(q * Math.log(Math.max(rho, 1e-12))) + Math.exp(q * Math.log(e))) / q);
      const cr = Math.exp((q - 1) * Math.log(Math.max(rho, 1e-12) / Nq));
      const ce = Math.exp((q - 1) * Math.log(e / Nq));
      const gx = cr * gLv;
      const gy = cr * gS + ce * gE;
      const gz = cr * gLw;
      return (Nq - 1) / Math.sqrt(gx * gx + gy * gy + gz * gz);
    }
    const N = Math.sqrt(rho * rho + e * e);
    if (N < 1e-9) return -Math.min(hw, rw);
    const gx = rho * gLv;
    const gy = rho * gS + e * gE;
    const gz = rho * gLw;
    const g = Math.sqrt(gx * gx + gy * gy + gz * gz) / N;
    return (N - 1) / g;
  }
}
