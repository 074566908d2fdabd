/**
 * The shapes shared by the catalogue, the body model and the widget.
 *
 * Coordinates are model space: metres, y up, soles on y = 0, the subject faces +z and the
 * subject's left is +x. Pure TypeScript: no DOM, no WebGL, so it runs in Node too.
 */

import type { Vec3 } from '../geometry/vec3.js';
import type { MeasurementLeg } from './measurement.js';

export type { Vec3 };

/** Which marker of a point: a bilateral point has a left and a right marker. */
export type Side = 'left' | 'right' | 'midline';

/**
 * Named skin points of a body model. Midline names are plain (`L2`, `sacral-hiatus`);
 * paired names carry `-left` / `-right` (`psis-left`). See models/README.md for the list.
 */
export type BodyLandmarks = Record<string, Vec3>;

/** A direction in the body's frame. `lateral`/`medial` depend on the side being placed. */
export type BodyDirection =
  | 'lateral'
  | 'medial'
  | 'superior'
  | 'inferior'
  | 'anterior'
  | 'posterior';

/**
 * A proportional bone-cun (B-cun) span, WHO 2008: the distance between two landmarks that
 * is divided into a set number of B-cun. Names are the keys of `CUN_SPANS` (span.ts).
 */
export type CunSpanName = string;

/** One step of an offset: move `cun` B-cun of `span` along `direction`. */
export interface CunStep {
  direction: BodyDirection;
  cun: number;
}

/**
 * The machine-readable definition a point's 3D position is computed from. Never an xyz.
 * A landmark name without `-left`/`-right` that exists only in paired form is resolved
 * to the side being placed (`lateral-malleolus` -> `lateral-malleolus-left`).
 */
export type PlacementDef =
  /** A landmark, then offsets measured in the span's B-cun. `steps` may be empty. */
  | { kind: 'offset'; landmark: string; span: CunSpanName; steps: CunStep[] }
  /** On the line from one landmark toward another: a fraction of the way, or `cun` B-cun of `span`. */
  | { kind: 'along'; from: string; to: string; fraction: number }
  | { kind: 'along'; from: string; to: string; cun: number; span: CunSpanName }
  /**
   * Midway between two landmarks (then onto the skin), and from there optional B-cun steps
   * of `span` (BL59: 3 B-cun above the point between the malleolus and the tendon).
   */
  | { kind: 'midpoint'; between: [string, string]; span?: CunSpanName; steps?: CunStep[] };

/** One marker of a point: most points have one; groups (Jiaji, Yaotongdian) have several. */
export interface MarkerDef {
  /** Short label for a marker of a group ("L3", "2nd-3rd"); absent for a single marker. */
  label?: string;
  /** True for a location the standard records as an alternative (GB30 via the ASIS). */
  alternative?: boolean;
  /**
   * Set when the rule only approximates the location: the standard defines the point by a
   * palpable depression or a finger-breadth, not by B-cun. Says what is approximated; the
   * cun ruler shows it, so an estimate is never drawn as if it were a B-cun rule.
   */
  approximate?: string;
  at: PlacementDef;
}

export interface SourceRef {
  /** "WHO Standard Acupuncture Point Locations in the Western Pacific Region (2008)". */
  title: string;
  /** Page, point entry or edition detail. */
  detail?: string;
}

/**
 * Why a point is chosen: on the painful area, near it, far from it (legs, feet, hands), or on
 * the front of the trunk at the level of the lower back (CV4).
 */
export type PointRole = 'local' | 'adjacent' | 'distal' | 'front';

export interface AcuPoint {
  /** WHO code, e.g. "BL23"; extra points "EX-B2". */
  code: string;
  /** Other codings of the same point, e.g. "M-BW-35" for Jiaji. */
  altCodes?: string[];
  /** Pinyin with tone marks, e.g. "Shènshū". */
  pinyin: string;
  hanzi: { traditional: string; simplified: string };
  /** English translation of the name, e.g. "Kidney Shu". */
  english: string;
  /** Channel or group, e.g. "Bladder", "Governor Vessel", "Extra points of the back". */
  channel: string;
  /** Body region, e.g. "lumbar", "sacral", "thigh", "knee", "leg", "ankle", "hand", "abdomen". */
  region: string;
  laterality: 'bilateral' | 'midline';
  role: { kind: PointRole; reason: string };
  location: {
    /** A paraphrase of the standard's location, in a practitioner's words. */
    practitioner: string;
    /** The same place in plain words for a patient. */
    patient: string;
  };
  markers: MarkerDef[];
  needling: {
    /** Depth range in cun, [min, max]. */
    depthCun: [number, number];
    /** "perpendicular", "oblique", ... */
    angle: string;
    notes: string;
  };
  cautions: {
    pregnancy?: string;
    /** Deep-needling risks (kidney, pleura, ...). */
    depth?: string;
    /** Nerves and vessels nearby. */
    structures?: string;
    /** Where moxibustion is traditional here: burns, numb skin, pregnancy. */
    moxibustion?: string;
  };
  sources: SourceRef[];
}

export interface PointSet {
  points: AcuPoint[];
}

/** A placed marker: where it sits on the skin and which way the skin faces there. */
export interface PlacedMarker {
  code: string;
  side: Side;
  label?: string;
  alternative?: boolean;
  /** The definition's note when its rule only approximates a palpated location. */
  approximate?: string;
  position: Vec3;
  normal: Vec3;
  /** Which of the point's marker definitions (`point.markers[definition]`) this marker is. */
  definition: number;
  /** How the marker was measured, landmark first: the cun ruler draws these as placed. */
  legs: MeasurementLeg[];
}
