/**
 * Proportional bone-cun (B-cun) lengths on a particular body: a span's straight-line length
 * between its two landmarks divided by the B-cun it holds (WHO 2008).
 */
import { distance } from '../geometry/vec3.js';
import { PlacementError } from './placement-error.js';
import { resolveLandmark } from './resolve-landmark.js';
import { CUN_SPANS, type CunSpan } from './spans.js';
import type { BodyLandmarks, CunSpanName, Side, Vec3 } from './types.js';

/** A span as measured on one body and side: what a cun ruler draws. */
export interface MeasuredSpan {
  name: CunSpanName;
  /** The WHO description, e.g. "gluteal fold to the popliteal crease". */
  description: string;
  /** Landmark keys used, e.g. "gluteal-fold-left". */
  fromLandmark: string;
  toLandmark: string;
  from: Vec3;
  to: Vec3;
  /** B-cun the span holds. */
  cun: number;
  /** Length in metres: straight between the landmarks, or their height difference for a height span. */
  length: number;
  /** Metres per B-cun. */
  cunLength: number;
}

export function findSpan(name: CunSpanName, pointCode?: string): CunSpan {
  if (!Object.hasOwn(CUN_SPANS, name)) {
    throw new PlacementError(
      pointCode,
      `unknown cun span "${name}" (known: ${Object.keys(CUN_SPANS).join(', ')})`,
    );
  }
  return CUN_SPANS[name as keyof typeof CUN_SPANS];
}

export function measureSpan(
  name: CunSpanName, side: Side, landmarks: BodyLandmarks, pointCode?: string,
): MeasuredSpan {
  const span = findSpan(name, pointCode);
  const context = { pointCode, neededBy: `needed by the "${name}" cun span`, explicitSideAllowed: true };
  const from = resolveLandmark(span.from, side, landmarks, context);
  const to = resolveLandmark(span.to, side, landmarks, context);
  const length = 'measure' in span && span.measure === 'height'
    ? Math.abs(from.position.y - to.position.y)
    : distance(from.position, to.position);
  if (!(length > 0)) {
    throw new PlacementError(pointCode, `"${from.name}" and "${to.name}" coincide (${context.neededBy})`);
  }
  return {
    name,
    description: span.description,
    fromLandmark: from.name,
    toLandmark: to.name,
    from: from.position,
    to: to.position,
    cun: span.cun,
    length,
    cunLength: length / span.cun,
  };
}

/**
 * Metres per B-cun of `span` on this body. Paired spans are measured on `side` (the legs of
 * a model need not be identical); `back` runs from one scapula to the other on any side.
 */
export function cunLength(span: CunSpanName, side: Side, landmarks: BodyLandmarks): number {
  return measureSpan(span, side, landmarks).cunLength;
}
