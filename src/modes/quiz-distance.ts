/**
 * How far a quiz click is from the point, in B-cun of the body region the point is measured
 * in: a centimetre on the back is about half a B-cun, on the hand or the face nearly a whole one.
 */
import { cunLength } from '../catalogue/cun.js';
import type { AcuPoint, BodyLandmarks, CunSpanName, PlacedMarker, Side, Vec3 } from '../catalogue/types.js';
import { distance } from '../geometry/vec3.js';

/** The span of points placed without one (midpoints, fractions), by region. */
const REGION_SPANS: Record<string, CunSpanName> = {
  lumbar: 'back',
  sacral: 'back',
  buttock: 'back',
  thigh: 'thigh-posterior',
  knee: 'leg-lateral',
  leg: 'leg-lateral',
  ankle: 'leg-lateral',
  hand: 'forearm',
  foot: 'ankle-sole',
  abdomen: 'lower-abdomen',
  // The face has no vertical bone span in the WHO table; the head's transverse one (9 B-cun
  // between the mastoid processes) gives its B-cun, about half the back's on this body.
  face: 'head-transverse',
};

/** The span the point's own placement uses, else its region's, else the back's. */
export function spanOf(point: AcuPoint): CunSpanName {
  for (const marker of point.markers) {
    const at = marker.at;
    if (at.kind === 'offset' || (at.kind === 'along' && 'span' in at)) return at.span;
  }
  return REGION_SPANS[point.region] ?? 'back';
}

export interface QuizMiss {
  /** Straight-line distance to the nearest marker of the point, in B-cun. */
  errorCun: number;
  nearest: PlacedMarker;
  /** Metres per B-cun used. */
  cunLength: number;
  /**
   * How close counts as correct here, in B-cun: half the distance from `nearest` to the
   * closest marker of any other point, and never more than `MAX_TOLERANCE_CUN`. So a click
   * that is correct is always nearer this point than any other (GV3 is 0.5 B-cun from the
   * lumbar Jiaji markers: a click on GV3 never counts as EX-B2).
   */
  toleranceCun: number;
  /**
   * The other point whose marker is nearer the click than any marker of this point (the
   * student found a neighbour): its code and group label; null when this point is nearest.
   */
  clicked: { code: string; label?: string } | null;
}

/** The most a quiz tolerance can be, in B-cun: where points are far apart, within 1 B-cun counts. */
export const MAX_TOLERANCE_CUN = 1;

/**
 * Distance from `clicked` to the nearest of the point's markers (any side, any group member,
 * WHO alternatives included), divided by the local B-cun. Straight-line rather than over the
 * skin: the same for a near miss, and a far miss is wrong either way.
 */
export function quizMiss(point: AcuPoint, markers: readonly PlacedMarker[], clicked: Vec3, landmarks: BodyLandmarks): QuizMiss {
  const own = markers.filter((marker) => marker.code === point.code);
  if (own.length === 0) throw new Error(`${point.code} has no markers on this body`);
  let nearest = own[0];
  for (const marker of own) {
    if (distance(marker.position, clicked) < distance(nearest.position, clicked)) nearest = marker;
  }
  const side: Side = nearest.side;
  const metresPerCun = cunLength(spanOf(point), side, landmarks);
  const errorMetres = distance(nearest.position, clicked);
  const tolerance = toleranceAt(nearest, markers, MAX_TOLERANCE_CUN * metresPerCun);
  // A neighbour counts as found when the click is nearer to it than to this point and within
  // its own tolerance: a click far from everything names no point.
  let found: PlacedMarker | null = null;
  for (const marker of markers) {
    if (marker.code === point.code) continue;
    const d = distance(marker.position, clicked);
    if (d < errorMetres && (!found || d < distance(found.position, clicked))
      && d <= toleranceAt(marker, markers, MAX_TOLERANCE_CUN * metresPerCun)) found = marker;
  }
  return {
    errorCun: errorMetres / metresPerCun,
    nearest,
    cunLength: metresPerCun,
    toleranceCun: tolerance / metresPerCun,
    clicked: found ? { code: found.code, ...(found.label !== undefined ? { label: found.label } : {}) } : null,
  };
}

/** Metres: half the distance from `marker` to the closest marker of another point, at most `cap`. */
function toleranceAt(marker: PlacedMarker, markers: readonly PlacedMarker[], cap: number): number {
  let neighbour = Infinity;
  for (const other of markers) {
    if (other.code !== marker.code) neighbour = Math.min(neighbour, distance(other.position, marker.position));
  }
  return Math.min(cap, neighbour / 2);
}
