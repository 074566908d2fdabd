/**
 * The cun ruler of a placed point, as lines on the skin: each measurement leg drawn the way
 * it was measured, with a tick every B-cun (and half B-cun on short walks):
 * - a walk ("1.5 B-cun lateral from the midline just below the L2 spinous process"): the path over the skin from the landmark;
 * - along a span ("8 of 16 B-cun from the popliteal crease"): the whole span, ticked in its
 *   B-cun, so the point shows its place on it;
 * - a fraction or a midpoint: the landmark-to-landmark line, ticked at the fractions.
 * Placement records these legs, so the ruler cannot disagree with the marker.
 */
import type { MeasurementDescription, MeasurementLeg } from '../catalogue/describe-measurement.js';
import { formatCun, formatFraction, landmarkWords, legRulerText, measurementText } from '../catalogue/measurement-text.js';
import type { Translator } from '../i18n/translator.js';
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { add, cross, distance, lerp, normalize, scale, sub, type Vec3 } from '../geometry/vec3.js';
import { drapeChain, lifted, LIFT, type SkinPoint } from './skin-path.js';

export interface RulerTick {
  /** Lifted ends of the tick, across the ruler. */
  from: Vec3;
  to: Vec3;
  /** Whole B-cun and the ends: drawn longer. */
  major: boolean;
}

export interface RulerGeometry {
  /** Lifted polylines, one per drawn leg. */
  lines: Vec3[][];
  ticks: RulerTick[];
  /** Where the caption goes: the middle of the longest leg (the point itself for a landmark). */
  labelAt: Vec3;
  /** B-cun the point is measured by (sum over walks; the B-cun along a span), 0 if none. */
  cun: number;
  /** B-cun the drawn ruler holds: the walk's length, or the whole span (16 for the lower leg). */
  scaleCun: number;
  /** "1.5 B-cun lateral from the midline just below the L2 spinous process". */
  caption: string;
  /**
   * Set when the rule only approximates a point the standard defines by palpation (a
   * depression, a finger-breadth): what is approximated. The label on the body then starts
   * with "≈", so an estimate never looks like a B-cun rule.
   */
  note: string | null;
  /** Short caption on the body: the caption, or "8 of 16 B-cun from the popliteal crease" on a span. */
  label: string;
  /** "8 of 16 B-cun (popliteal crease to ...; 1 B-cun = 2.3 cm here)", when a span is used. */
  detail: string | null;
}

/** Tick half-lengths as a share of the leg's B-cun (about 7 and 4 mm on the back). */
const MAJOR_TICK = 0.3;
const MINOR_TICK = 0.17;
/** Lines without a B-cun (midpoints, fractions) use ticks of this many metres. */
const PLAIN_TICK = 0.006;

/**
 * The ruler of `description` on `surface`, its captions in `tr`'s language; `note` is the
 * marker's "approximate" text in that language (the description holds the English one).
 */
export function rulerGeometry(
  description: MeasurementDescription,
  surface: TriangleSurface,
  tr: Translator,
  note: string | null = description.approximate ?? null,
): RulerGeometry {
  const lines: Vec3[][] = [];
  const ticks: RulerTick[] = [];
  let longest = { length: -1, at: description.position };
  let cun = 0;
  let scaleCun = 0;
  let detail: string | null = null;
  let spanLabel: string | null = null;

  const tickAt = (p: Vec3, along: Vec3, halfLength: number, major: boolean) => {
    const skin = surface.closestPoint(p);
    const across = normalize(cross(skin.normal, along)) ?? { x: 1, y: 0, z: 0 };
    const [a, b] = [add(p, scale(across, halfLength)), sub(p, scale(across, halfLength))].map((end) => {
      const s = surface.closestPoint(end);
      return add(s.point, scale(s.normal, LIFT));
    });
    ticks.push({ from: a, to: b, major });
  };
  const remember = (skin: SkinPoint[], length: number) => {
    if (length > longest.length) longest = { length, at: skin[Math.floor(skin.length / 2)].point };
  };

  for (const leg of description.legs) {
    if (leg.kind === 'landmark') continue;
    if (leg.kind === 'walk') {
      const skin = leg.path.map((p) => surface.closestPoint(p));
      lines.push(lifted(skin));
      remember(skin, leg.distance);
      cun += leg.cun;
      scaleCun += leg.cun;
      // Ticks every half B-cun of the walk's own length, so they match the marker exactly.
      const step = leg.distance / (leg.cun * 2 || 1);
      const halves = Math.floor(leg.cun * 2 + 1e-9);
      for (let k = 0; k <= halves; k++) {
        const { point, tangent } = alongPath(leg.path, Math.min(k * step, leg.distance));
        const major = k % 2 === 0 || k === halves;
        tickAt(point, tangent, leg.cunLength * (major ? MAJOR_TICK : MINOR_TICK), major);
      }
      // A walk of 0.8 B-cun ends between half marks: tick its end too.
      if (halves < leg.cun * 2 - 1e-9) {
        tickAt(leg.end, alongPath(leg.path, leg.distance).tangent, leg.cunLength * MAJOR_TICK, true);
      }
      detail ??= legRulerText(leg, tr);
      continue;
    }
    const { from, to, marks, holds } = spanLine(leg);
    const skin = drapeChain(surface, [from, to]);
    lines.push(lifted(skin));
    remember(skin, distance(from, to));
    const direction = sub(to, from);
    const half = leg.cunLength > 0 ? leg.cunLength * MAJOR_TICK : PLAIN_TICK;
    for (const t of marks) tickAt(lerp(from, to, t), direction, half, true);
    if (leg.span) {
      cun += leg.cun;
      scaleCun += holds;
      detail ??= legRulerText(leg, tr);
      if (holds) spanLabel ??= tr.t('leg.rulerLabel', { cun: formatCun(leg.cun, tr), total: holds, landmark: landmarkWords(leg.landmarks[0], tr) });
    }
  }
  const labelSkin = surface.closestPoint(longest.at);
  const caption = measurementText(description.legs, tr);
  return {
    lines,
    ticks,
    labelAt: add(labelSkin.point, scale(labelSkin.normal, LIFT)),
    cun,
    scaleCun,
    caption,
    note,
    label: `${note ? '≈ ' : ''}${spanLabel ?? caption}`,
    detail,
  };
}

/** The straight line a non-walk leg is measured on, and the fractions to tick along it. */
function spanLine(leg: MeasurementLeg): { from: Vec3; to: Vec3; marks: number[]; holds: number } {
  if (leg.kind === 'along' && leg.line && leg.span) {
    // The whole span in its B-cun, laid along the line the point was measured on.
    const { from } = leg.line;
    const direction = normalize(sub(leg.line.to, from)) ?? { x: 0, y: -1, z: 0 };
    const holds = leg.span.cun;
    const to = add(from, scale(direction, holds * leg.cunLength));
    return { from, to, marks: Array.from({ length: holds + 1 }, (_, k) => k / holds), holds };
  }
  const from = leg.line?.from ?? leg.path[0];
  const to = leg.line?.to ?? leg.path[leg.path.length - 1];
  // Fractions are ticked at their denominator (thirds for GB30), a midpoint at halves.
  const denominator = Number(formatFraction(leg.fraction ?? 0.5).split('/')[1]) || 2;
  return { from, to, marks: Array.from({ length: denominator + 1 }, (_, k) => k / denominator), holds: 0 };
}

/** The point `at` metres along a polyline, and the polyline's direction there. */
function alongPath(path: readonly Vec3[], at: number): { point: Vec3; tangent: Vec3 } {
  let walked = 0;
  for (let i = 1; i < path.length; i++) {
    const segment = distance(path[i - 1], path[i]);
    if (walked + segment >= at - 1e-9 || i === path.length - 1) {
      const t = segment > 0 ? Math.min(1, Math.max(0, (at - walked) / segment)) : 0;
      return { point: lerp(path[i - 1], path[i], t), tangent: sub(path[i], path[i - 1]) };
    }
    walked += segment;
  }
  return { point: path[0], tangent: { x: 1, y: 0, z: 0 } };
}
