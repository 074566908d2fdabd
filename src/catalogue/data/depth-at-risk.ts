/**
 * What lies under each point, for the depth view: the structure a deep needle could reach,
 * the anatomy-model structures that stand for it, the cun span that converts the textbook
 * depth to centimetres on this body, and a published skin-to-structure figure where one
 * exists. Keyed by point code; a code missing here still gets a depth view (needle and
 * depth range), just no structure at risk.
 *
 * Honesty rule: `published` holds only figures measured in people or cadavers, with the
 * study named; every other distance the widget shows is measured on its own generated
 * model and is labelled "this model", never as a population value.
 */
import type { CunSpanName, SourceRef } from '../types.js';

export interface PublishedDepth {
  /** What was measured, in a sentence that can stand alone in the panel. */
  text: string;
  /** Typical skin-to-structure distance range in centimetres (means across the groups reported). */
  cm: [number, number];
  source: SourceRef;
}

export interface DepthAtRisk {
  /** The structure a deep or misdirected needle could reach, as the panel names it. */
  structure: string;
  /**
   * Anatomy-model structure names (without -left/-right) that stand for it, in the order a
   * needle meets them; empty when the model has nothing for this region.
   */
  modelStructures: string[];
  /** Why it matters, in one plain sentence. */
  note: string;
  /** The B-cun span whose cun converts the needling depth to centimetres here. */
  cunSpan: CunSpanName;
  published?: PublishedDepth;
  /** Sources for the statement of risk (the published figure carries its own). */
  sources: SourceRef[];
}

const DEADMAN: SourceRef = { title: 'Deadman, Al-Khafaji & Baker, A Manual of Acupuncture, 2nd ed.', detail: 'cautions' };
const HU_2022: SourceRef = {
  title:
    'Hu J, Huang J, Wang S, Wang B, Hu L. Dangerous needling depth of Shenshu (BL23) from imaging anatomy ' +
    '(基于影像解剖的肾俞穴针刺危险深度研究). Shanghai Journal of Acupuncture and Moxibustion 2022;41(7):727-31',
  detail: 'MRI of 140 healthy adults (70 men, 70 women)',
};
const CHIA_2017: SourceRef = {
  title: 'Chia KL, Haberberger RV. Needling depth at BL52 in 13 cadavers. Acupuncture in Medicine 2017;35(2):155',
  detail: 'deep perpendicular needling at BL52 risks the kidney',
};
const JIN_2017: SourceRef = {
  title:
    'Jin X, Ding S, Shi F, et al. Angle and effective depth of deep needling at the Baliao points by CT ' +
    'three-dimensional reconstruction. Acupuncture Research (针刺研究) 2017;42(6):537-41',
  detail: '100 prone pelvic CT scans',
};
const SCIATIC_SURFACE: SourceRef = {
  title: 'Revisiting the surface anatomy of the sciatic nerve in the gluteal region. Clinical Anatomy 2015;28:144-9',
  detail: 'CT of 100 adults: the nerve lies about halfway between the greater trochanter and the ischial tuberosity',
};
const GRAY: SourceRef = { title: "Gray's Anatomy: the anatomical basis of clinical practice, 42nd ed.", detail: 'popliteal fossa; common fibular nerve at the fibular neck' };

const kidneyBeside = (code: string): DepthAtRisk => ({
  structure: 'kidney',
  modelStructures: ['kidney'],
  note: `The kidney lies in front of the deep back muscles at this level; a needle driven deep, or obliquely outward, at ${code} can reach it.`,
  cunSpan: 'back',
  published: {
    text:
      'MRI of 140 adults: needled straight in at BL23, the first structure at risk (the kidney or the abdominal cavity) ' +
      'lay at 8.0 ± 1.2 cm in women and 10.0 ± 1.1 cm in men; 7.0 ± 1.0 cm in underweight adults.',
    cm: [7, 10],
    source: HU_2022,
  },
  sources: [DEADMAN],
});

const spinalCanal = (level: string): DepthAtRisk => ({
  structure: 'spinal canal',
  modelStructures: ['vertebra-'],
  note: `Under the point the needle meets the ligaments between the spinous processes; deeper, between the laminae of ${level}, lies the spinal canal.`,
  cunSpan: 'back',
  sources: [DEADMAN],
});

const sciaticDeep = (where: string): DepthAtRisk => ({
  structure: 'sciatic nerve',
  modelStructures: ['sciatic-nerve'],
  note: `The sciatic nerve runs deep to ${where}; a needle that reaches it gives a sharp, electric sensation down the leg.`,
  cunSpan: 'thigh-posterior',
  sources: [DEADMAN, SCIATIC_SURFACE],
});

const sacralForamen = (code: string, meanMm: number, sdMm: number): DepthAtRisk => ({
  structure: 'sacral foramen',
  modelStructures: ['sacrum'],
  note: `${code} is needled into a posterior sacral foramen; the sacral nerve roots run through it, and beyond it lies the pelvis.`,
  cunSpan: 'back',
  published: {
    text: `CT of 100 adults: the effective depth for ${code} (soft tissue plus half the sacrum's thickness, needle angled into the foramen) was ${meanMm.toFixed(1)} ± ${sdMm.toFixed(1)} mm.`,
    cm: [Math.round(meanMm - sdMm) / 10, Math.round(meanMm + sdMm) / 10],
    source: JIN_2017,
  },
  sources: [DEADMAN],
});

export const DEPTH_AT_RISK: Readonly<Record<string, DepthAtRisk>> = {
  BL23: kidneyBeside('BL23'),
  BL52: {
    ...kidneyBeside('BL52'),
    note: 'BL52 lies over the kidney: deep perpendicular needling here risks it, more than at BL23.',
    sources: [CHIA_2017, DEADMAN],
  },
  BL24: { ...kidneyBeside('BL24'), note: 'The lower pole of the kidney reaches about the level of L3; deep needling at BL24 can come near it.' },
  GV3: spinalCanal('L4 and L5'),
  GV4: spinalCanal('L2 and L3'),
  'EX-B8': spinalCanal('L5 and the sacrum'),
  'EX-B2': {
    structure: 'vertebral arch',
    modelStructures: ['vertebra-'],
    note: 'Half a cun from the midline the needle meets the lamina of the vertebra; the spinal nerve leaves the spine just beside it.',
    cunSpan: 'back',
    sources: [DEADMAN],
  },
  BL31: sacralForamen('BL31', 58.16, 12.43),
  BL32: sacralForamen('BL32', 44.57, 11.55),
  BL33: sacralForamen('BL33', 33.96, 10.74),
  BL34: sacralForamen('BL34', 31.13, 10.94),
  GB30: { ...sciaticDeep('the buttock under GB30, below the piriformis'), cunSpan: 'thigh-lateral' },
  BL54: { ...sciaticDeep('BL54 as it leaves the pelvis'), cunSpan: 'back' },
  BL36: sciaticDeep('the gluteal fold at BL36'),
  BL37: sciaticDeep('the back of the thigh at BL37'),
  BL40: {
    structure: 'popliteal vessels and tibial nerve',
    modelStructures: ['tibial-nerve', 'popliteal-vein', 'popliteal-artery'],
    note: 'In the popliteal fossa the tibial nerve is the most superficial, the popliteal vein deeper and the artery deepest, against the back of the knee joint.',
    cunSpan: 'thigh-posterior',
    sources: [DEADMAN, GRAY],
  },
  BL57: {
    structure: 'tibial nerve',
    modelStructures: ['tibial-nerve'],
    note: 'The tibial nerve and the posterior tibial vessels run deep to the calf muscles under BL57.',
    cunSpan: 'leg-lateral',
    sources: [DEADMAN, GRAY],
  },
  BL55: {
    structure: 'popliteal vessels and tibial nerve',
    modelStructures: ['tibial-nerve', 'popliteal-vein', 'popliteal-artery'],
    note: 'Just below the popliteal fossa, between the two heads of gastrocnemius, the tibial nerve and the popliteal vessels run deep to BL55.',
    cunSpan: 'leg-lateral',
    sources: [DEADMAN, GRAY],
  },
  SP6: {
    structure: 'tibial nerve',
    modelStructures: ['tibial-nerve'],
    note: 'The tibial nerve and the posterior tibial vessels run behind the tibia here; needling deep and backward approaches them.',
    cunSpan: 'leg-lateral',
    sources: [DEADMAN, GRAY],
  },
  GB34: {
    structure: 'common fibular nerve',
    modelStructures: ['common-fibular-nerve'],
    note: 'The common fibular nerve winds round the neck of the fibula just behind and below GB34, where it divides; it lies close under the skin.',
    cunSpan: 'leg-lateral',
    sources: [DEADMAN, GRAY],
  },
  KI3: {
    structure: 'tibial nerve',
    modelStructures: ['tibial-nerve'],
    note: 'The tibial nerve and the posterior tibial artery pass behind the medial malleolus, close beside KI3.',
    cunSpan: 'leg-lateral',
    sources: [DEADMAN, GRAY],
  },
};
