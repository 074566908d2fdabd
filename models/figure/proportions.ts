/**
 * The figure's measurements, in metres, for an adult about 1.70 m tall. Model space:
 * y up, soles on y = 0, facing +z, the subject's left at +x. Values are for the LEFT side;
 * the right side mirrors x.
 *
 * Heights follow common anthropometric ratios of stature. The spans the WHO proportional
 * bone cun is measured on (trochanter to popliteal crease, popliteal crease to lateral
 * malleolus, midline to scapula, umbilicus to pubic symphysis) were then tuned so the cun
 * they give agrees to within a few per cent, about 2.3 cm.
 */

export const STATURE = 1.7;

/**
 * Posterior-midline skin levels, each level with the INFERIOR border of the spinous
 * process (where WHO point definitions are measured). C7 at the root of the neck, L4 on
 * the line of the iliac crests, S2 on the line of the lower borders of the PSIS.
 */
export const SPINE_LEVELS: Record<string, number> = (() => {
  const levels: Record<string, number> = {};
  const c7 = 1.452;
  levels.C7 = c7;
  // Thoracic spinous processes sit closer together high up than low down.
  let y = c7;
  for (let i = 1; i <= 12; i++) {
    y -= 0.0212 + ((0.0268 - 0.0212) * (i - 1)) / 11;
    levels[`T${i}`] = y;
  }
  y -= 0.032; // T12 to L1
  for (let i = 1; i <= 5; i++) {
    if (i > 1) y -= 0.037;
    levels[`L${i}`] = y;
  }
  return levels;
})();

export const LEVELS = {
  vertex: STATURE,
  chin: 1.474,
  c7: SPINE_LEVELS.C7,
  acromion: 1.398,
  suprasternal: 1.39,
  scapularSpine: SPINE_LEVELS.T3,
  inferiorAngle: SPINE_LEVELS.T7,
  xiphisternal: 1.225,
  waist: 1.075,
  iliacCrest: SPINE_LEVELS.L4,
  umbilicus: 1.002,
  psisLower: SPINE_LEVELS.L5 - 0.052,
  s2: SPINE_LEVELS.L5 - 0.052,
  asis: 0.948,
  sacralHiatus: SPINE_LEVELS.L5 - 0.112,
  pubicSymphysis: 0.888,
  trochanter: 0.87,
  crotch: 0.79,
  glutealFold: 0.775,
  poplitealCrease: 0.448,
  patellaApex: 0.485,
  fibulaHead: 0.43,
  calfBelly: 0.335,
  medialMalleolus: 0.082,
  lateralMalleolus: 0.07,
  /** Prominence of the tibial tuberosity, below the patellar ligament. */
  tibialTuberosity: 0.442,
  /** Face, on the midline: the base of the nose (subnasale) and the upper lip's vermilion border. */
  noseBase: 1.5405,
  upperLip: 1.5295,
  /** Tip of the mastoid process, just behind and below the ear lobe. */
  mastoid: 1.545,
};

/**
 * The posterior sacral foramina of the left side (x from the midline, height): the 2nd
 * midway between the PSIS and the S2 midline, the 4th level with the sacral hiatus, the
 * rows converging downward as the sacrum narrows.
 */
export const SACRAL_FORAMINA: [x: number, y: number][] = [
  [0.025, SPINE_LEVELS.L5 - 0.022],
  [0.0205, SPINE_LEVELS.L5 - 0.052],
  [0.017, SPINE_LEVELS.L5 - 0.082],
  [0.014, SPINE_LEVELS.L5 - 0.112],
];

/** Joint centres and lateral positions (left side, +x). */
export const JOINTS = {
  hip: [0.088, 0.905, -0.012] as const,
  knee: [0.09, 0.475, 0.0] as const,
  ankle: [0.092, 0.082, -0.028] as const,
  shoulder: [0.178, 1.372, -0.028] as const,
  elbow: [0.225, 1.08, -0.04] as const,
  wrist: [0.252, 0.838, -0.012] as const,
};

/** Feet turn out a little. */
export const TOE_OUT_DEGREES = 7;

/**
 * The scapula seen from behind (x, y of the left one). The medial border at the root of
 * the spine is 3 B-cun from the midline; the inferior angle is level with T7.
 */
export const SCAPULA = {
  superiorAngle: [0.066, 1.415] as const,
  spineRoot: [0.0685, SPINE_LEVELS.T3] as const,
  inferiorAngle: [0.088, SPINE_LEVELS.T7] as const,
  acromion: [0.185, 1.398] as const,
};
