/**
 * The numbers behind a point's depth view: the textbook needling depth in cun converted to
 * centimetres on this body, the needle's angle to the skin, and what lies under the point
 * (from data/depth-at-risk.ts). Pure: the model's own skin-to-structure distance is
 * measured by the 3D layer and passed in.
 */
import { cunLength } from './cun.js';
import { DEPTH_AT_RISK, type DepthAtRisk } from './data/depth-at-risk.js';
import type { AcuPoint, BodyLandmarks, CunSpanName, Side } from './types.js';

/** The span whose B-cun converts needling depth where no entry names one, by region. */
const REGION_SPAN: Record<string, CunSpanName> = {
  lumbar: 'back',
  sacral: 'back',
  buttock: 'thigh-lateral',
  thigh: 'thigh-posterior',
  knee: 'thigh-posterior',
  leg: 'leg-lateral',
  ankle: 'leg-lateral',
  hand: 'forearm',
  face: 'head-transverse',
  abdomen: 'lower-abdomen',
};

export interface PointDepth {
  /** Textbook needling depth, cun. */
  cun: [number, number];
  /** The same on this body, metres. */
  metres: [number, number];
  /** Metres per cun used for the conversion, and the span it comes from. */
  cunLength: number;
  span: CunSpanName;
  /** Angle between needle and skin, degrees (90 = perpendicular). */
  angle: number;
  atRisk: DepthAtRisk | null;
}

/** The needle's angle to the skin from the textbook wording ("perpendicular", "oblique", ...). */
export function needleAngle(angle: string): number {
  const first = angle.trim().toLowerCase();
  if (first.startsWith('perpendicular')) return 90;
  if (first.startsWith('transverse') || first.startsWith('horizontal') || first.startsWith('subcutaneous')) return 15;
  if (first.startsWith('oblique')) return 45;
  return 90;
}

export function depthAtRisk(code: string): DepthAtRisk | null {
  return Object.hasOwn(DEPTH_AT_RISK, code) ? DEPTH_AT_RISK[code] : null;
}

/** Null when the body lacks the landmarks of the span (a clinic's own model may). */
export function pointDepth(point: AcuPoint, side: Side, landmarks: BodyLandmarks): PointDepth | null {
  const atRisk = depthAtRisk(point.code);
  const span = atRisk?.cunSpan ?? REGION_SPAN[point.region] ?? 'back';
  let perCun: number;
  try {
    perCun = cunLength(span, side === 'midline' ? 'left' : side, landmarks);
  } catch {
    return null;
  }
  const [a, b] = point.needling.depthCun;
  return {
    cun: [a, b],
    metres: [a * perCun, b * perCun],
    cunLength: perCun,
    span,
    angle: needleAngle(point.needling.angle),
    atRisk,
  };
}

/** "1.2" from 0.0123 m: centimetres to one decimal. */
export function cm(metres: number): string {
  return (metres * 100).toFixed(1);
}
