/**
 * What a cun ruler draws for one placed marker: the legs of its measurement, from the
 * landmark to the point. Placement computes these anyway, so the explanation can never
 * disagree with where the marker is.
 */
import type { MeasuredSpan } from './cun.js';
import type { BodyDirection, Vec3 } from './types.js';

export type MeasurementLegKind =
  /** The point is at a landmark (an offset with no steps). */
  | 'landmark'
  /** B-cun walked over the skin in a body direction. */
  | 'walk'
  /** A fraction of, or some B-cun along, the straight line between two landmarks. */
  | 'along'
  /** Halfway between two landmarks. */
  | 'midpoint';

export interface MeasurementLeg {
  kind: MeasurementLegKind;
  // The leg's words ("1.5 B-cun lateral from L2") are made from these fields in the widget's
  // language when shown: legText and legRulerText in measurement-text.ts.
  /** Landmark keys the leg starts from or runs between, as found on the body ("psis-left"). */
  landmarks: string[];
  /** Where the leg starts: on the skin for a walk, the `from` landmark for `along`. */
  origin: Vec3;
  /**
   * The line to draw, `origin` first: the walk's steps over the skin; for `along` the
   * straight line to the measured point; for `midpoint` the line between the two landmarks.
   */
  path: Vec3[];
  /** Where the leg ends, on the skin (along, midpoint: the line's point moved onto the skin across the line). */
  end: Vec3;
  direction?: BodyDirection;
  /** For a walk: the landmark its steps started from (on the hand, "superior" is said "proximal"). */
  walkFrom?: string;
  /** B-cun this leg measures (0 for `landmark`, `midpoint` and `along` by fraction). */
  cun: number;
  /** Metres per B-cun of `span` on this body and side; 0 when the leg uses no span. */
  cunLength: number;
  /** Metres: over the skin for a walk, straight for `along`. */
  distance: number;
  /** For `along`: how far along the from-to line the point is (cun legs too). */
  fraction?: number;
  /** For `along`: the whole from-to line. */
  line?: { from: Vec3; to: Vec3 };
  /** The proportional span the B-cun are taken from: a ruler with `span.cun` divisions. */
  span?: MeasuredSpan;
}
