/**
 * WHO 2008 proportional bone-cun spans: a B-cun is a fraction of a bone span on *this*
 * body, so each region measures with its own span. Landmark names without a side are
 * resolved to the side being placed (see types.ts).
 */
export interface CunSpan {
  from: string;
  to: string;
  /** How many B-cun the span holds. */
  cun: number;
  /** What the WHO table calls the span, for rulers and documentation. */
  description: string;
  /**
   * 'height': the span is a height difference, not the straight line between its landmarks
   * (the sole landmark lies behind and beside the point under the malleolus, where the heel
   * meets the floor; the straight line to it was about a quarter longer than the height).
   */
  measure?: 'height';
}

export const CUN_SPANS = {
  /** Midline to the medial border of the scapula is 3 B-cun (border to border 6). */
  back: {
    from: 'scapula-medial-border-left',
    to: 'scapula-medial-border-right',
    cun: 6,
    description: 'medial border of one scapula to the other',
  },
  'thigh-lateral': {
    from: 'greater-trochanter',
    to: 'popliteal-crease',
    cun: 19,
    description: 'prominence of the greater trochanter to the popliteal crease',
  },
  'thigh-posterior': {
    from: 'gluteal-fold',
    to: 'popliteal-crease',
    cun: 14,
    description: 'gluteal fold to the popliteal crease',
  },
  'leg-lateral': {
    from: 'popliteal-crease',
    to: 'lateral-malleolus',
    cun: 16,
    description: 'popliteal crease to the prominence of the lateral malleolus',
  },
  'leg-medial': {
    from: 'patella-apex',
    to: 'medial-malleolus',
    cun: 15,
    description: 'apex of the patella to the prominence of the medial malleolus',
  },
  'ankle-sole': {
    from: 'medial-malleolus',
    to: 'sole',
    cun: 3,
    description: 'prominence of the medial malleolus to the sole',
    measure: 'height',
  },
  'lower-abdomen': {
    from: 'umbilicus',
    to: 'pubic-symphysis',
    cun: 5,
    description: 'centre of the umbilicus to the upper border of the pubic symphysis',
  },
  'upper-abdomen': {
    from: 'xiphisternal',
    to: 'umbilicus',
    cun: 8,
    description: 'xiphisternal junction to the centre of the umbilicus',
  },
  forearm: {
    from: 'cubital-crease',
    to: 'wrist-crease-dorsal',
    cun: 12,
    description: 'cubital crease to the wrist crease',
  },
  /** The transverse measure of the head, which the face's points (GV26) are measured in. */
  'head-transverse': {
    from: 'mastoid-left',
    to: 'mastoid-right',
    cun: 9,
    description: 'between the two mastoid processes',
  },
} as const satisfies Record<string, CunSpan>;

export type KnownCunSpan = keyof typeof CUN_SPANS;
