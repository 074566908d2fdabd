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
  'gluteal-fold': 'the midpoint of the gluteal fold',
  'popliteal-crease': 'the midpoint of the popliteal crease',
  'patella-apex': 'the apex of the patella',
  'lateral-malleolus': 'the prominence of the lateral malleolus',
  'medial-malleolus': 'the prominence of the medial malleolus',
  'greater-trochanter': 'the prominence of the greater trochanter',
  'sacral-foramen-1': 'the 1st posterior sacral foramen',
  'sacral-foramen-2': 'the 2nd posterior sacral foramen',
  'sacral-foramen-3': 'the 3rd posterior sacral foramen',
  'sacral-foramen-4': 'the 4th posterior sacral foramen',
  'metacarpal-2-base': 'the base of the 2nd metacarpal',
  'metacarpal-2-head': 'the head of the 2nd metacarpal',
  'metatarsal-1-2-base': 'the junction of the 1st and 2nd metatarsal bases',
  'metatarsal-1-2-head': 'the 1st and 2nd metatarsal heads',
  'nose-base': 'the base of the nose',
  'upper-lip': 'the upper border of the upper lip',
  S2: 'the median sacral crest at S2',
};

/**
 * Landmarks on the hand: the arm hangs in the model's rest pose, so a step "superior" there
 * is what a practitioner calls proximal (toward the wrist), and "inferior" distal.
 */
const HAND_LANDMARKS = /^(mcp5|metacarpal-|wrist-crease-)/;

/** "lateral", or on the hand "proximal" for superior and "distal" for inferior. */
export function directionWords(direction: string, landmarkKey: string | null): string {
  if (landmarkKey !== null && HAND_LANDMARKS.test(landmarkKey.replace(/-(left|right)$/, ''))) {
    if (direction === 'superior') return 'proximal';
    if (direction === 'inferior') return 'distal';
  }
  return direction;
}

/** "L2", "the greater trochanter", "the PSIS": a landmark key without its side. */
export function landmarkWords(key: string): string {
  const bare = key.replace(/-(left|right)$/, '');
  if (Object.hasOwn(LANDMARK_WORDS, bare)) return LANDMARK_WORDS[bare];
  // Spinous-process levels (C7, T12, L2) are the midline just below the process: the WHO
  // back points are measured level with its inferior border.
  if (/^[CTL]\d{1,2}$/.test(bare)) return `the midline just below the ${bare} spinous process`;
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
