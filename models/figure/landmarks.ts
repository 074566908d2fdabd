/**
 * Landmarks: named points on the skin, each found by casting a ray from outside the body
 * onto the figure's surface at the anatomical position that defines it. The generator
 * then snaps them onto the final mesh.
 */
import type { Evaluator } from '../field/probe.js';
import { castToSkin } from '../field/probe.js';
import { scale, type V3 } from '../field/shapes.js';
import { handFrame, handPoint } from './arm.js';
import { JOINTS, LEVELS, SCAPULA, SPINE_LEVELS } from './proportions.js';
import { at, SIDES } from './side.js';

export interface LandmarkRay {
  name: string;
  from: V3;
  direction: V3;
  /** How the landmark is defined, for models/README.md. */
  definition: string;
}

const BEHIND = -0.45;
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

  for (const { sign: s, name: side } of SIDES) {
    const knee = at(s, JOINTS.knee);
    const ankle = at(s, JOINTS.ankle);
    const elbow = at(s, JOINTS.elbow);
    back(`scapula-medial-border-${side}`, s * SCAPULA.spineRoot[0], SCAPULA.spineRoot[1], 'medial border of the scapula, level with the root of its spine (T3)');
    back(`scapula-inferior-angle-${side}`, s * SCAPULA.inferiorAngle[0], SCAPULA.inferiorAngle[1], 'inferior angle of the scapula (T7 level)');
    rays.push({
      name: `iliac-crest-${side}`,
      from: [s * 0.45, LEVELS.iliacCrest, -0.035],
      direction: [-s, 0, 0],
      definition: 'highest point of the iliac crest, on the posterolateral skin (L4 level)',
    });
    back(`psis-${side}`, s * 0.041, LEVELS.psisLower, 'dimple over the posterior superior iliac spine, at its inferior border (S2 level)');
    front(`asis-${side}`, s * 0.118, LEVELS.asis, 'anterior superior iliac spine');
    rays.push({
      name: `greater-trochanter-${side}`,
      from: [s * 0.45, LEVELS.trochanter, -0.008],
      direction: [-s, 0, 0],
      definition: 'lateral prominence of the greater trochanter',
    });
    back(`gluteal-fold-${side}`, s * 0.075, LEVELS.glutealFold, 'midpoint of the gluteal fold');
    back(`popliteal-crease-${side}`, knee[0], LEVELS.poplitealCrease, 'midpoint of the popliteal crease');
    rays.push({
      name: `fibula-head-${side}`,
      from: [knee[0] + s * 0.4, LEVELS.fibulaHead, -0.016],
      direction: [-s, 0, 0],
      definition: 'head of the fibula, lateral side of the knee',
    });
    front(`patella-apex-${side}`, s * 0.092, LEVELS.patellaApex, 'apex (lower pole) of the patella');
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
  }
  return rays;
}

const SOLE_DEFINITION = 'sole, directly below the prominence of the medial malleolus';

/** Every landmark name with its definition, sorted by name. */
export function landmarkDefinitions(): [name: string, definition: string][] {
  const defs: [string, string][] = landmarkRays().map((r) => [r.name, r.definition]);
  for (const { name: side } of SIDES) defs.push([`sole-${side}`, SOLE_DEFINITION]);
  return defs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Casts every ray. The sole point lies below the medial malleolus, so it is cast upward
 * once the malleolus is known.
 */
export function placeLandmarks(field: Evaluator): Record<string, V3> {
  const out: Record<string, V3> = {};
  for (const ray of landmarkRays()) out[ray.name] = castToSkin(field, ray.from, ray.direction, 0.8);
  for (const { name: side } of SIDES) {
    const m = out[`medial-malleolus-${side}`];
    out[`sole-${side}`] = castToSkin(field, [m[0], -0.1, m[2]], [0, 1, 0], 0.3);
  }
  return out;
}

