/**
 * The words of a cun ruler ("1.5 B-cun lateral from the midline just below the L2 spinous
 * process"), made from a measurement's legs in the widget's language. Landmark keys are model
 * identifiers; the interface strings (`landmark.*`, `direction.*`, `leg.*`) turn them into
 * the words a practitioner would use.
 */
import type { Translator } from '../i18n/translator.js';
import type { MeasurementLeg } from './measurement.js';

/**
 * Landmarks on the hand: the arm hangs in the model's rest pose, so a step "superior" there
 * is what a practitioner calls proximal (toward the wrist), and "inferior" distal.
 */
const HAND_LANDMARKS = /^(mcp5|metacarpal-|wrist-crease-)/;

/** "lateral", or on the hand "proximal" for superior and "distal" for inferior. */
export function directionWords(direction: string, landmarkKey: string | null, tr: Translator): string {
  let word = direction;
  if (landmarkKey !== null && HAND_LANDMARKS.test(landmarkKey.replace(/-(left|right)$/, ''))) {
    if (direction === 'superior') word = 'proximal';
    if (direction === 'inferior') word = 'distal';
  }
  const key = `direction.${word}`;
  return tr.has(key) ? tr.t(key) : word;
}

/** "L2", "the greater trochanter", "the PSIS": a landmark key without its side. */
export function landmarkWords(key: string, tr: Translator): string {
  const bare = key.replace(/-(left|right)$/, '');
  const own = `landmark.${bare}`;
  if (tr.has(own)) return tr.t(own);
  // Spinous-process levels (C7, T12, L2) are the midline just below the process: the WHO
  // back points are measured level with its inferior border.
  if (/^[CTL]\d{1,2}$/.test(bare)) return tr.t('landmark.spinous', { level: bare });
  return `the ${bare.replace(/-/g, ' ')}`;
}

/** 1.5 -> "1.5", 3 -> "3", 0.8333 -> "0.83" (in the language's numbers: "1,5" in German). */
export function formatCun(cun: number, tr: Translator): string {
  return tr.number(Math.round(cun * 100) / 100);
}

/** 1/3 -> "1/3", 0.5 -> "1/2", 0.37 -> "0.37": simple fractions as a practitioner says them. */
export function formatFraction(fraction: number, tr?: Translator): string {
  for (let denominator = 2; denominator <= 10; denominator++) {
    const numerator = Math.round(fraction * denominator);
    if (numerator > 0 && Math.abs(numerator / denominator - fraction) < 1e-6) {
      return `${numerator}/${denominator}`;
    }
  }
  return tr ? formatCun(fraction, tr) : String(Math.round(fraction * 100) / 100);
}

/** "6.3 cm" or "8 mm": a length on this body, for captions. */
export function formatLength(metres: number, tr: Translator): string {
  return metres >= 0.1
    ? tr.t('length.cm', { value: tr.number(Number((metres * 100).toFixed(1)), 1) })
    : tr.t('length.mm', { value: tr.number(Math.round(metres * 1000), 0) });
}

/** One leg as a phrase: "1.5 B-cun lateral from the PSIS", "then 1 B-cun inferior". */
export function legText(leg: MeasurementLeg, tr: Translator): string {
  const [first, second] = leg.landmarks;
  switch (leg.kind) {
    case 'landmark':
      return tr.t('leg.at', { landmark: landmarkWords(first, tr) });
    case 'along': {
      const ends = { from: landmarkWords(first, tr), to: landmarkWords(second, tr) };
      return leg.span
        ? tr.t('leg.alongCun', { cun: formatCun(leg.cun, tr), ...ends })
        : tr.t('leg.fraction', { fraction: formatFraction(leg.fraction ?? 0.5, tr), ...ends });
    }
    case 'midpoint':
      return tr.t('leg.midway', { a: landmarkWords(first, tr), b: landmarkWords(second, tr) });
    case 'walk': {
      const step = { cun: formatCun(leg.cun, tr), direction: directionWords(leg.direction ?? '', leg.walkFrom ?? null, tr) };
      return first !== undefined ? tr.t('leg.walkFrom', { ...step, from: landmarkWords(first, tr) }) : tr.t('leg.walkThen', step);
    }
  }
}

/** All legs as one sentence: "2 B-cun lateral from …, then 1 B-cun inferior". */
export function measurementText(legs: readonly MeasurementLeg[], tr: Translator): string {
  return legs.map((leg) => legText(leg, tr)).join(tr.t('leg.separator'));
}

/** The span a leg's B-cun come from: "8 of 16 B-cun (popliteal crease to …; 1 B-cun = 2.4 cm here)"; null without one. */
export function legRulerText(leg: MeasurementLeg, tr: Translator): string | null {
  const span = leg.span;
  if (!span || leg.kind === 'landmark') return null;
  return tr.t('leg.ruler', {
    cun: formatCun(leg.cun, tr),
    total: span.cun,
    span: spanWords(span.name, span.description, tr),
    length: formatLength(span.cunLength, tr),
  });
}

/** The WHO description of a proportional span ("gluteal fold to the popliteal crease"). */
export function spanWords(name: string, description: string, tr: Translator): string {
  const key = `span.${name}`;
  return tr.has(key) ? tr.t(key) : description;
}
