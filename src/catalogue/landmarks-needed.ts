/**
 * Which landmarks a point set needs that a body model lacks: a model without them cannot
 * carry the points, so the widget refuses it and keeps the body it has.
 */
import { LOW_BACK_PAIN_POINTS } from './data/low-back-pain.js';
import { CUN_SPANS } from './spans.js';
import { sidesOf } from './place.js';
import type { AcuPoint, BodyLandmarks, PlacementDef } from './types.js';

/**
 * The landmark names `points` need and `landmarks` does not have, sorted, each named as the
 * model should have it (`psis-left` for the left marker of a bilateral point).
 */
export function missingLandmarks(points: readonly AcuPoint[], landmarks: BodyLandmarks): string[] {
  const missing = new Set<string>();
  const has = (name: string) => Object.hasOwn(landmarks, name);
  for (const point of points) {
    for (const side of sidesOf(point)) {
      for (const marker of point.markers) {
        for (const name of [...namesIn(marker.at), ...spanEnds(marker.at)]) {
          // The side rule of types.ts: a bare name may be found in its paired form.
          if (has(name) || (side !== 'midline' && has(`${name}-${side}`))) continue;
          missing.add(side === 'midline' || /-(left|right)$/.test(name) ? name : `${name}-${side}`);
        }
      }
    }
  }
  return [...missing].sort();
}

let standard: Set<string> | null = null;

/**
 * What a body model must have for `points`: the landmarks they need that are standard
 * ones (those the built-in points and spans use, models/README.md). A model missing any
 * cannot carry the points and is refused; a landmark only a points file invents is that
 * file's problem (its points are reported as not placeable), not the model's.
 */
export function modelMissingLandmarks(points: readonly AcuPoint[], landmarks: BodyLandmarks): string[] {
  standard ??= new Set([
    ...missingLandmarks(LOW_BACK_PAIN_POINTS.points, {}),
    ...Object.values(CUN_SPANS).flatMap((span) => [span.from, span.to].flatMap((end) => (/-(left|right)$/.test(end) ? [end] : [`${end}-left`, `${end}-right`]))),
  ]);
  return missingLandmarks(points, landmarks).filter((name) => standard!.has(name));
}

function namesIn(at: PlacementDef): string[] {
  switch (at.kind) {
    case 'offset':
      return [at.landmark];
    case 'along':
      return [at.from, at.to];
    case 'midpoint':
      return [...at.between];
  }
}

/** The landmarks of the cun span a placement measures with. */
function spanEnds(at: PlacementDef): string[] {
  const name = 'span' in at ? at.span : undefined;
  if (name === undefined || !Object.hasOwn(CUN_SPANS, name)) return [];
  const span = CUN_SPANS[name as keyof typeof CUN_SPANS];
  return [span.from, span.to];
}
