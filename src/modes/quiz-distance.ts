/**
 * How far a quiz click is from the point, in B-cun of the body region the point is measured
 * in: a centimetre on the back is about half a B-cun, on the hand nearly a whole one.
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
  abdomen: 'lower-abdomen',
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
}

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
  return { errorCun: distance(nearest.position, clicked) / metresPerCun, nearest, cunLength: metresPerCun };
}
