/**
 * Landmarks: named points on the skin, each found by casting a ray from outside the body
 * onto the figure's surface at the anatomical position that defines it. The generator
 * then snaps them onto the final mesh.
 */
import type { Evaluator } from '../field/probe.js';
import { castToSkin, creaseHeight, exitSkin } from '../field/probe.js';
import { scale, type V3 } from '../field/shapes.js';
import { handFrame, handPoint } from './arm.js';
import { JOINTS, LEVELS, SACRAL_FORAMINA, SCAPULA, SPINE_LEVELS, TOE_OUT_DEGREES } from './proportions.js';
import { at, SIDES } from './side.js';

export interface LandmarkRay {
  name: string;
  from: V3;
  direction: V3;
  /**
   * `from` is inside the body and the landmark is where the ray leaves it: for the side
   * of the hip, which a ray from outside would meet the hanging arm before.
   */
  fromInside?: boolean;
  /** How the landmark is defined, for models/README.md. */
  definition: string;
}

const BEHIND = -0.45;
/** Tibial landmarks: a hand-breadth (about 7 cm) below the patella and above the medial malleolus. */
const HAND_BREADTH = 0.07;
const TIBIAL_CREST_Y = LEVELS.patellaApex - HAND_BREADTH;
const TIBIA_MEDIAL_BORDER_Y = LEVELS.medialMalleolus + HAND_BREADTH;
/** The medial border of the tibia is the leg's most medial line, near the middle of its depth. */
const TIBIA_MEDIAL_BORDER_Z = -0.016;
/** Between the 1st and 2nd metatarsals, measured from the ankle's centre toward the side (negative: medial). */
const METATARSAL_1_2_LATERAL = -0.016;

/**
 * A ray onto the dorsum of the foot, `forward` metres in front of the ankle between the 1st
 * and 2nd metatarsals. It comes down from in front and above: straight down, it would meet
 * the shin first.
 */
function onFoot(s: 1 | -1, forward: number): { from: V3; direction: V3 } {
  const ankle = at(s, JOINTS.ankle);
  const a = (TOE_OUT_DEGREES * Math.PI) / 180;
  const p = (f: number, l: number, y: number): V3 => [
    ankle[0] + s * Math.sin(a) * f + s * Math.cos(a) * l,
    y,
    ankle[2] + Math.cos(a) * f - Math.sin(a) * l,
  ];
  const from = p(forward + 0.12, METATARSAL_1_2_LATERAL, 0.3);
  const to = p(forward, METATARSAL_1_2_LATERAL, 0.05);
  return { from, direction: [to[0] - from[0], to[1] - from[1], to[2] - from[2]] };
}
/** The mastoid process lies behind the ear's opening. */
const MASTOID_Z = -0.03;
/** Distance of the middle of the gluteal fold from the midline. */
const GLUTEAL_FOLD_X = 0.072;
const IN_FRONT = 0.45;

export function landmarkRays(): LandmarkRay[] {
  const rays: LandmarkRay[] = [];
  const back = (name: string, x: number, y: number, definition: string) =>
    rays.push({ name, from: [x, y, BEHIND], direction: [0, 0, 1], definition });
  const front = (name: string, x: number, y: number, definition: string) =>
    rays.push({ name, from: [x, y, IN_FRONT], direction: [0, 0, -1], definition });

  rays.push({ name: 'vertex', from: [0, 2, -0.014], direction: [0, -1, 0], definition: 'top of the head' });
  for (const [name, y] of Object.entries(SPINE_LEVELS)) {
    back(name, 0, y, `posterior midline, level with the inferior border of the ${name} spinous process`);
  }
  back('S2', 0, LEVELS.s2, 'posterior midline at S2, level with the inferior borders of the PSIS');
  back('sacral-hiatus', 0, LEVELS.sacralHiatus, 'posterior midline just above the gluteal cleft (sacral cornua level)');
  front('umbilicus', 0, LEVELS.umbilicus, 'centre of the umbilicus');
  front('pubic-symphysis', 0, LEVELS.pubicSymphysis, 'anterior midline at the upper border of the pubic symphysis');
  front('xiphisternal', 0, LEVELS.xiphisternal, 'anterior midline at the xiphisternal junction');
  front('nose-base', 0, LEVELS.noseBase, 'base of the nose on the midline, where the columella meets the upper lip (subnasale): the top of the philtrum');
  front('upper-lip', 0, LEVELS.upperLip, 'midpoint of the upper border of the upper lip (vermilion border): the bottom of the philtrum');

  for (const { sign: s, name: side } of SIDES) {
    const knee = at(s, JOINTS.knee);
    const ankle = at(s, JOINTS.ankle);
    const elbow = at(s, JOINTS.elbow);
    // The mastoid tip from the side, behind the ear: the two tips are 9 B-cun apart (WHO
    // 2008), the transverse measure of the head.
    rays.push({
      name: `mastoid-${side}`,
      from: [s * 0.3, LEVELS.mastoid, MASTOID_Z],
      direction: [-s, 0, 0],
      definition: 'tip of the mastoid process, behind the ear lobe',
    });
    back(`scapula-medial-border-${side}`, s * SCAPULA.spineRoot[0], SCAPULA.spineRoot[1], 'medial border of the scapula, level with the root of its spine (T3)');
    back(`scapula-inferior-angle-${side}`, s * SCAPULA.inferiorAngle[0], SCAPULA.inferiorAngle[1], 'inferior angle of the scapula (T7 level)');
    rays.push({
      name: `iliac-crest-${side}`,
      from: [s * 0.05, LEVELS.iliacCrest, -0.035],
      direction: [s, 0, 0],
      fromInside: true,
      definition: 'highest point of the iliac crest, on the posterolateral skin (L4 level)',
    });
    back(`psis-${side}`, s * 0.041, LEVELS.psisLower, 'dimple over the posterior superior iliac spine, at its inferior border (S2 level)');
    SACRAL_FORAMINA.forEach(([x, y], i) => {
      const n = i + 1;
      back(
        `sacral-foramen-${n}-${side}`,
        s * x,
        y,
        `over the ${['1st', '2nd', '3rd', '4th'][i]} posterior sacral foramen` +
          (n === 2 ? ' (midway between the PSIS and the S2 midline)' : n === 4 ? ' (level with the sacral hiatus)' : ''),
      );
    });
    front(`asis-${side}`, s * 0.118, LEVELS.asis, 'anterior superior iliac spine');
    rays.push({
      name: `greater-trochanter-${side}`,
      from: at(s, [JOINTS.hip[0], LEVELS.trochanter, -0.008]),
      direction: [s, 0, 0],
      fromInside: true,
      definition: 'lateral prominence of the greater trochanter',
    });
    back(`popliteal-crease-${side}`, knee[0], LEVELS.poplitealCrease, 'midpoint of the popliteal crease');
    rays.push({
      name: `fibula-head-${side}`,
      from: [knee[0] + s * 0.4, LEVELS.fibulaHead, -0.016],
      direction: [-s, 0, 0],
      definition: 'head of the fibula, lateral side of the knee',
    });
    front(`patella-apex-${side}`, s * 0.092, LEVELS.patellaApex, 'apex (lower pole) of the patella');
    front(`tibial-tuberosity-${side}`, s * 0.091, LEVELS.tibialTuberosity, 'prominence of the tibial tuberosity, where the patellar ligament ends');
    front(
      `tibial-crest-${side}`,
      s * 0.087,
      TIBIAL_CREST_Y,
      'anterior crest of the tibia, a hand-breadth (four finger-breadths) below the apex of the patella',
    );
    rays.push({
      name: `tibia-medial-border-${side}`,
      from: [0, TIBIA_MEDIAL_BORDER_Y, TIBIA_MEDIAL_BORDER_Z],
      direction: [s, 0, 0],
      definition: 'medial border of the tibia, a hand-breadth above the prominence of the medial malleolus',
    });
    rays.push({
      name: `lateral-malleolus-${side}`,
      from: [ankle[0] + s * 0.4, LEVELS.lateralMalleolus, ankle[2] - 0.004],
      direction: [-s, 0, 0],
      definition: 'prominence of the lateral malleolus',
    });
    rays.push({
      name: `medial-malleolus-${side}`,
      from: [0, LEVELS.medialMalleolus, ankle[2] + 0.006],
      direction: [s, 0, 0],
      definition: 'prominence of the medial malleolus',
    });
    back(
      `calcaneal-tendon-${side}`,
      ankle[0],
      (LEVELS.lateralMalleolus + LEVELS.medialMalleolus) / 2,
      'back of the calcaneal tendon at the level of the malleoli',
    );
    front(`cubital-crease-${side}`, elbow[0], elbow[1], 'middle of the cubital (elbow) crease');
    const hand = handFrame(s);
    const dorsal = (d: number, t: number) => ({
      from: handPoint(hand, d, t, 0.15),
      direction: scale(hand.dorsal, -1),
    });
    rays.push({ name: `wrist-crease-dorsal-${side}`, ...dorsal(0, 0), definition: 'middle of the dorsal wrist crease' });
    rays.push({
      name: `mcp5-${side}`,
      from: handPoint(hand, 0.09, -0.15, 0.004),
      direction: hand.thumb,
      definition: 'ulnar side of the 5th metacarpophalangeal joint',
    });
    rays.push({
      name: `metacarpal-2-3-${side}`,
      ...dorsal(0.05, 0.017),
      definition: 'back of the hand between the 2nd and 3rd metacarpals, midway from the dorsal wrist crease to the MCP joints',
    });
    rays.push({
      name: `metacarpal-4-5-${side}`,
      ...dorsal(0.047, -0.019),
      definition: 'back of the hand between the 4th and 5th metacarpals, midway from the dorsal wrist crease to the MCP joints',
    });
    rays.push({
      name: `metacarpal-2-base-${side}`,
      ...dorsal(0.014, 0.031),
      definition: 'back of the hand at the radial side of the base of the 2nd metacarpal, where it meets the 1st',
    });
    rays.push({
      name: `metacarpal-2-head-${side}`,
      ...dorsal(0.086, 0.033),
      definition: 'back of the hand at the radial side of the head of the 2nd metacarpal, just proximal to the index knuckle',
    });
    rays.push({ name: `metatarsal-1-2-base-${side}`, ...onFoot(s, 0.036), definition: 'dorsum of the foot between the 1st and 2nd metatarsals, at the junction of their bases' });
    rays.push({ name: `metatarsal-1-2-head-${side}`, ...onFoot(s, 0.1), definition: 'dorsum of the foot between the 1st and 2nd metatarsals, level with their heads' });
  }
  return rays;
}

const SOLE_DEFINITION = 'sole of the heel, just behind and lateral to the point below the medial malleolus, on the floor';
/** How far behind the medial malleolus the heel meets the floor (m). */
const SOLE_BEHIND_MALLEOLUS = 0.035;
const GLUTEAL_FOLD_DEFINITION = 'midpoint of the gluteal fold: the crease under the buttock, midway along it';

/** Every landmark name with its definition, sorted by name. */
export function landmarkDefinitions(): [name: string, definition: string][] {
  const defs: [string, string][] = landmarkRays().map((r) => [r.name, r.definition]);
  for (const { name: side } of SIDES) {
    defs.push([`sole-${side}`, SOLE_DEFINITION]);
    defs.push([`gluteal-fold-${side}`, GLUTEAL_FOLD_DEFINITION]);
  }
  return defs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Casts every ray. The sole point lies below the medial malleolus, so it is cast upward
 * once the malleolus is known; the gluteal fold is located on the skin profile.
 */
export function placeLandmarks(field: Evaluator): Record<string, V3> {
  const out: Record<string, V3> = {};
  for (const ray of landmarkRays()) {
    out[ray.name] = ray.fromInside ? exitSkin(field, ray.from, ray.direction) : castToSkin(field, ray.from, ray.direction, 0.8);
  }
  for (const { sign, name: side } of SIDES) {
    const m = out[`medial-malleolus-${side}`];
    // The malleolus stands out past the heel and the arch rises in front of the heel, so
    // straight below it the skin is off the floor; the ray goes up a little lateral to it
    // and back, where the heel bears weight (the span to the sole is measured in height).
    const ankleX = sign * Math.abs(JOINTS.ankle[0]);
    out[`sole-${side}`] = castToSkin(field, [m[0] + 0.6 * (ankleX - m[0]), -0.1, m[2] - SOLE_BEHIND_MALLEOLUS], [0, 1, 0], 0.3);
    // The fold is found on the skin rather than assumed: the crease where the buttock
    // meets the thigh, at the middle of its width.
    const x = sign * GLUTEAL_FOLD_X;
    out[`gluteal-fold-${side}`] = castToSkin(field, [x, creaseHeight(field, x, 0.72, 0.82), BEHIND], [0, 0, 1]);
  }
  return out;
}

