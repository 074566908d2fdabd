/**
 * Short English phrases for cun rulers ("1.5 B-cun lateral from L2"). Landmark keys are
 * model identifiers; these turn them into the words a practitioner would use.
 */
const LANDMARK_WORDS: Record<string, string> = {
  psis: 'the PSIS',
  asis: 'the ASIS',
  mcp5: 'the 5th metacarpophalangeal joint',
  'metacarpal-2-3': 'the gap between the 2nd and 3rd metacarpals',
  'metacarpal-4-5': 'the gap between the 4th and 5th metacarpals',
  'sacral-hiatus': 'the sacral hiatus',
  'fibula-head': 'the fibular head',
  'calcaneal-tendon': 'the calcaneal tendon',
  'wrist-crease-dorsal': 'the dorsal wrist crease',
  sole: 'the sole',
  vertex: 'the vertex',
};

/** "L2", "the greater trochanter", "the PSIS": a landmark key without its side. */
export function landmarkWords(key: string): string {
  const bare = key.replace(/-(left|right)$/, '');
  if (Object.hasOwn(LANDMARK_WORDS, bare)) return LANDMARK_WORDS[bare];
  // Vertebral levels (C7, T12, L2, S2) are named as they are written.
  if (/^[CTLS]\d{1,2}$/.test(bare)) return bare;
  return `the ${bare.replace(/-/g, ' ')}`;
}

/** 1.5 -> "1.5", 3 -> "3", 0.8333 -> "0.83". */
export function formatCun(cun: number): string {
  return String(Math.round(cun * 100) / 100);
}

/** 1/3 -> "1/3", 0.5 -> "1/2", 0.37 -> "0.37": simple fractions as a practitioner says them. */
export function formatFraction(fraction: number): string {
  for (let denominator = 2; denominator <= 10; denominator++) {
    const numerator = Math.round(fraction * denominator);
    if (numerator > 0 && Math.abs(numerator / denominator - fraction) < 1e-6) {
      return `${numerator}/${denominator}`;
    }
  }
  return formatCun(fraction);
}

/** "3 B-cun = 6.3 cm here": the length of a few B-cun on this body, for captions. */
export function formatLength(metres: number): string {
  return metres >= 0.1 ? `${(metres * 100).toFixed(1)} cm` : `${(metres * 1000).toFixed(0)} mm`;
}
