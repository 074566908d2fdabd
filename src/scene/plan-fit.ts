/**
 * Framing a protocol's plan in the free part of the view: the side to look from and the
 * camera distance and target at which its points all show inside it (above its card on a
 * phone, beside it on a desktop). Only the plan framing uses it: it is fetched with
 * PlanFramingController when a protocol is first chosen, not with the 3D stage. Pure (no
 * three.js), so it runs in Node.
 */
import type { PlacedMarker } from '../catalogue/types.js';
import type { Vec3 } from '../geometry/vec3.js';
import type { FreeRect } from './body-view-types.js';
import { basis, dot, offsetOnScreen, SEEN, type Heading, type Lens, type RigLimits } from './frame-fit.js';

/** How squarely a marker's skin faces a camera on this heading (-1..1). */
export function facingFrom(marker: Pick<PlacedMarker, 'normal'>, heading: Heading): number {
  return dot(marker.normal, basis(heading).back);
}

export interface PlanFitInput {
  markers: readonly PlacedMarker[];
  /** The markers of each point, most important point first (a protocol's order). */
  groups: readonly (readonly number[])[];
  /** Where the markers must show (CSS px). */
  free: FreeRect;
  /** Distance kept between a marker's centre and the free part's edges (CSS px). */
  margin: number;
  lens: Lens;
  /** The camera now. */
  heading: Heading;
  /** Headings the camera may turn to (the preset views), tried after the current one. */
  turns: readonly number[];
  limits: RigLimits;
  /** Never closer than this (a plan of two neighbouring points is not a close-up of skin). */
  closest: number;
}

export interface PlanFit {
  target: Vec3;
  /** Turn to this azimuth; null: keep the current one. */
  azimuth: number | null;
  distance: number;
  /** Indexes (into `groups`) of the points shown, and of those left out of view. */
  shown: number[];
  left: number[];
}

/**
 * Frame a plan's points inside the free part of the view. The camera looks from the side
 * that sees most of the points (the current one when it sees as many; ties go to the side
 * that sees the earlier points), and from the nearest distance at which all of them fit,
 * zooming out as far as the rig allows. Points that do not fit even then are left out,
 * the last ones first (a protocol lists its main points first), and so are points on the
 * other side of the body: `left` names them, for the element to say so.
 */
export function fitPlan(input: PlanFitInput): PlanFit | null {
  const { markers, groups, heading } = input;
  if (groups.every((group) => group.length === 0)) return null;
  const sides = [heading.azimuth, ...input.turns.filter((azimuth) => !sameAngle(azimuth, heading.azimuth))];
  let best: { azimuth: number; seen: number[][]; score: number[] } | null = null;
  for (const azimuth of sides) {
    const from = { azimuth, elevation: heading.elevation };
    const seen = groups.map((group) => group.filter((index) => markers[index] && facingFrom(markers[index], from) > SEEN));
    // Most points seen, then the earlier points seen: compared as a list of 0/1 in order.
    const score = [seen.filter((group) => group.length > 0).length, ...seen.map((group) => (group.length > 0 ? 1 : 0))];
    if (!best || compare(score, best.score) > 0) best = { azimuth, seen, score };
  }
  if (!best) return null;
  const from = { azimuth: best.azimuth, elevation: heading.elevation };
  const shown: number[] = [];
  const left: number[] = [];
  let framing: { target: Vec3; distance: number } | null = null;
  best.seen.forEach((group, index) => {
    if (group.length === 0) {
      left.push(index);
      return;
    }
    const points = [...shown.flatMap((kept) => best!.seen[kept]), ...group].map((marker) => markers[marker].position);
    const fit = fitPoints(points, from, input);
    if (fit) {
      shown.push(index);
      framing = fit;
    } else {
      left.push(index);
    }
  });
  if (!framing) return null;
  const { target, distance } = framing;
  return { target, distance, azimuth: sameAngle(best.azimuth, heading.azimuth) ? null : best.azimuth, shown, left };
}

/**
 * The target and the nearest distance (not nearer than `closest`) at which all `points`
 * show inside the free part with `margin`, or null if none within the rig's limits does.
 * The target is moved until the points' box is centred in the free part (the target shows
 * at the inset frame's centre, which may differ from the free part's).
 */
export function fitPoints(points: readonly Vec3[], heading: Heading, input: Pick<PlanFitInput, 'free' | 'margin' | 'lens' | 'limits' | 'closest'>): { target: Vec3; distance: number } | null {
  if (points.length === 0) return null;
  const { free, margin, lens, limits } = input;
  const box = {
    left: free.left + margin - lens.centre.x,
    right: free.right - margin - lens.centre.x,
    top: free.top + margin - lens.centre.y,
    bottom: free.bottom - margin - lens.centre.y,
  };
  if (box.right <= box.left || box.bottom <= box.top) return null;
  const { right, up, back } = basis(heading);
  // Start at the middle of the points' extent across the view, at their mean depth.
  const across = points.map((p) => dot(p, right));
  const along = points.map((p) => dot(p, up));
  const depth = points.reduce((sum, p) => sum + dot(p, back), 0) / points.length;
  let target = limits.clampTarget(combine(right, (Math.min(...across) + Math.max(...across)) / 2, up, (Math.min(...along) + Math.max(...along)) / 2, back, depth));
  const low = Math.max(limits.minDistance, Math.min(input.closest, limits.maxDistance));
  let distance = limits.maxDistance;
  for (let round = 0; round < 4; round++) {
    const fits = (d: number) => points.every((p) => inside(offsetOnScreen(p, target, d, heading, lens.focal), box));
    if (!fits(limits.maxDistance)) {
      // Centre the points' box on the free part at the farthest distance, then try again.
      target = recentre(points, target, limits.maxDistance, heading, lens.focal, box, limits);
      if (round === 3 && !fits(limits.maxDistance)) return null;
      continue;
    }
    // Nearest fitting distance: the points' spread on screen shrinks as the camera backs off.
    let near = low;
    let far = limits.maxDistance;
    if (fits(near)) far = near;
    for (let i = 0; i < 30 && far - near > 1e-3; i++) {
      const mid = (near + far) / 2;
      if (fits(mid)) far = mid;
      else near = mid;
    }
    distance = far;
    const moved = recentre(points, target, distance, heading, lens.focal, box, limits);
    if (Math.hypot(moved.x - target.x, moved.y - target.y, moved.z - target.z) < 1e-4) break;
    target = moved;
  }
  const fits = points.every((p) => inside(offsetOnScreen(p, target, distance, heading, lens.focal), box));
  return fits ? { target, distance } : null;
}

function recentre(points: readonly Vec3[], target: Vec3, distance: number, heading: Heading, focal: number, box: { left: number; right: number; top: number; bottom: number }, limits: RigLimits): Vec3 {
  const offsets = points.map((p) => offsetOnScreen(p, target, distance, heading, focal));
  const dx = (box.left + box.right) / 2 - (Math.min(...offsets.map((o) => o.x)) + Math.max(...offsets.map((o) => o.x))) / 2;
  const dy = (box.top + box.bottom) / 2 - (Math.min(...offsets.map((o) => o.y)) + Math.max(...offsets.map((o) => o.y))) / 2;
  const { right, up } = basis(heading);
  // Moving the target by m metres moves the points by -m·focal/distance px on screen.
  const metres = distance / focal;
  return limits.clampTarget({
    x: target.x - right.x * dx * metres + up.x * dy * metres,
    y: target.y - right.y * dx * metres + up.y * dy * metres,
    z: target.z - right.z * dx * metres + up.z * dy * metres,
  });
}

function inside(o: { x: number; y: number }, box: { left: number; right: number; top: number; bottom: number }): boolean {
  return o.x >= box.left && o.x <= box.right && o.y >= box.top && o.y <= box.bottom;
}

function combine(a: Vec3, ka: number, b: Vec3, kb: number, c: Vec3, kc: number): Vec3 {
  return { x: a.x * ka + b.x * kb + c.x * kc, y: a.y * ka + b.y * kb + c.y * kc, z: a.z * ka + b.z * kb + c.z * kc };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function sameAngle(a: number, b: number): boolean {
  const turn = Math.PI * 2;
  const d = (((a - b) % turn) + turn) % turn;
  return Math.min(d, turn - d) < 0.05;
}
