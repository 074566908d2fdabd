/**
 * Where the student view draws the channels, built on this body from its landmarks and the
 * placed points, never from coordinates. Every point the catalogue shows on a drawn channel
 * is one of its line's anchors, so the line passes through each marker:
 * - Bladder inner line: 1.5 B-cun lateral to the spine (BL23 to BL26), on down beside the
 *   sacrum (BL27 to BL30, with BL28), back up and down the four sacral foramina (BL31 to
 *   BL34), over the buttock to BL36, down the back of the thigh (BL37) to BL40, the calf
 *   (BL55, BL57), across to the lateral calf (BL58, BL59) and behind and below the lateral
 *   malleolus (BL60, BL62).
 * - Bladder outer line: 3 B-cun lateral (through BL52, level with S2, BL54), then down the
 *   back of the thigh to the lateral end of the popliteal crease (BL39) and BL40.
 * - Governor vessel: from the upper lip (GV26 on the philtrum) up over the nose, the midline
 *   of the head and the neck to C7, then down the spine (GV4, GV3) to the sacral hiatus.
 * - Gallbladder: GB30 over the hip to the greater trochanter, down the lateral thigh (GB31,
 *   GB32) to GB34 and along the front of the fibula (GB39) to the front of the lateral malleolus.
 * - Kidney, at the ankle: from the medial calf to KI3 behind the medial malleolus and
 *   around below it.
 * - Stomach, below the knee: ST35 beside the patellar ligament, ST36 one finger-breadth
 *   lateral of the tibial crest, down the front of the leg to the ankle (ST41) and the dorsum
 *   of the foot.
 * - Spleen, on the medial leg: in front of and below the medial malleolus (SP5), SP6 behind
 *   the medial border of the tibia, up that border to below the medial condyle (SP9).
 * - Liver, on the foot and leg: from the web of the 1st and 2nd toes (LR2) through LR3, in
 *   front of the medial malleolus (LR4) and up the medial face of the tibia (LR5, LR6).
 * - Large Intestine, on the hand and forearm: along the radial side of the 2nd metacarpal
 *   (LI3, LI4), the anatomical snuffbox (LI5) and the radial side of the forearm to the
 *   lateral end of the cubital crease (LI11).
 * Between the points named, the lines are the skin traced straight from one to the next: a
 * diagram of the course, as in a textbook figure, not a claim about the exact path.
 */
import { cunLength } from '../catalogue/cun.js';
import type { BodyLandmarks, PlacedMarker, Side, Vec3 } from '../catalogue/types.js';
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { add, lerp, scale } from '../geometry/vec3.js';
import type { ChannelId } from './channels.js';
import { anchorKit, DOWN, FORWARD, UP, type Anchor } from './meridian-anchors.js';
import { drapeChain, lifted } from './skin-path.js';

export interface MeridianLine {
  channel: ChannelId;
  /** "inner", "outer" or "" for a channel drawn as one line. */
  branch: string;
  side: Side;
  /** Lifted skin points, in order along the course. */
  points: Vec3[];
}

/** Degrees over the top of the head (0: level in front) at which the Governor vessel's head anchors are taken. */
const HEAD_MIDLINE_DEGREES = [-32, -24, -14, 0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195];

export function meridianLines(
  landmarks: BodyLandmarks,
  surface: TriangleSurface,
  markers: readonly PlacedMarker[],
): MeridianLine[] {
  const kit = anchorKit(landmarks, surface, markers);
  const { landmark, marker, atLandmark, offset, besideSpineAt, lateralOfLeg, between, headMidline } = kit;
  const tryOr = <T>(make: () => T): T | null => {
    try {
      return make();
    } catch {
      return null;
    }
  };
  const midline = (name: string) => () => landmark(name, 'midline');
  /** The midline of the back level with a paired landmark (a sacral foramen). */
  const levelWith = (name: string, side: Side) => () => {
    const p = landmark(name, side);
    return { x: 0, y: p.y, z: p.z };
  };

  const line = (channel: ChannelId, branch: string, side: Side, anchors: Anchor[]): MeridianLine | null => {
    const points = anchors.map((anchor) => tryOr(anchor)).filter((p): p is Vec3 => p !== null);
    if (points.length < 2) return null;
    return { channel, branch, side, points: lifted(drapeChain(surface, points)) };
  };

  const lines: (MeridianLine | null)[] = [];
  const thoracic = ['T1', 'T3', 'T5', 'T7', 'T9', 'T11', 'L1'];
  for (const side of ['left', 'right'] as const) {
    const lateral = kit.lateral(side);
    const medial = kit.lateral(side === 'left' ? 'right' : 'left');
    const forwardOut = add(FORWARD, lateral);
    lines.push(
      line('bladder', 'inner', side, [
        ...thoracic.map((level) => besideSpineAt(midline(level), 1.5, side)),
        marker('BL23', side), marker('BL24', side), marker('BL25', side), marker('BL26', side),
        // BL27 to BL30 level with the four sacral foramina, 1.5 B-cun from the median crest.
        besideSpineAt(levelWith('sacral-foramen-1', side), 1.5, side),
        marker('BL28', side),
        besideSpineAt(levelWith('sacral-foramen-3', side), 1.5, side),
        besideSpineAt(levelWith('sacral-foramen-4', side), 1.5, side),
        // Then the foramina themselves, BL31 to BL34, as the numbering runs.
        marker('BL31', side), marker('BL32', side), marker('BL33', side), marker('BL34', side),
        marker('BL36', side), marker('BL37', side), marker('BL40', side),
        marker('BL55', side), marker('BL57', side), marker('BL58', side), marker('BL59', side),
        marker('BL60', side), marker('BL62', side),
      ]),
      line('bladder', 'outer', side, [
        ...thoracic.map((level) => besideSpineAt(midline(level), 3, side)),
        marker('BL52', side),
        besideSpineAt(midline('L4'), 3, side),
        besideSpineAt(midline('S2'), 3, side),
        marker('BL54', side),
        // BL39: the lateral end of the popliteal crease, about 1 B-cun lateral of BL40.
        offset(() => landmark('popliteal-crease', side), 'leg-lateral', side, [lateral, 1]),
        marker('BL40', side),
      ]),
      line('gallbladder', '', side, [
        marker('GB30', side),
        // Over the hip at the height of the greater trochanter, then down the lateral thigh
        // (GB31; GB32 7 B-cun and GB33 about 2 B-cun above the popliteal crease) to GB34.
        lateralOfLeg(() => landmark('greater-trochanter', side).y, side),
        marker('GB31', side),
        lateralOfLeg(() => landmark('popliteal-crease', side).y + 7 * cunLength('thigh-lateral', side, landmarks), side),
        lateralOfLeg(() => landmark('popliteal-crease', side).y + 2 * cunLength('leg-lateral', side, landmarks), side),
        marker('GB34', side),
        // GB39, 3 B-cun above the lateral malleolus at the front of the fibula; GB40 in front of and below it.
        marker('GB39', side),
        offset(() => landmark('lateral-malleolus', side), 'leg-lateral', side, [FORWARD, 1], [UP, -0.5]),
      ]),
      line('kidney', '', side, [
        // KI9 and KI7 up the medial calf (leg-medial span), KI3, then KI5 and KI6 below the malleolus.
        offset(() => lerp(landmark('medial-malleolus', side), landmark('calcaneal-tendon', side), 0.4), 'leg-medial', side, [UP, 5]),
        offset(() => lerp(landmark('medial-malleolus', side), landmark('calcaneal-tendon', side), 0.5), 'leg-medial', side, [UP, 2]),
        marker('KI3', side),
        offset(() => lerp(landmark('medial-malleolus', side), landmark('calcaneal-tendon', side), 0.5), 'ankle-sole', side, [UP, -1]),
        offset(() => landmark('medial-malleolus', side), 'ankle-sole', side, [UP, -1]),
      ]),
      line('stomach', '', side, [
        // ST35 lateral to the patellar ligament at the apex of the patella, ST36, then the
        // front of the leg (ST37 to ST39) to ST41 between the malleoli and the dorsum of the foot.
        offset(() => landmark('patella-apex', side), 'leg-lateral', side, [lateral, 0.8]),
        marker('ST36', side),
        between(marker('ST36', side), () => ankleFront(side), 1 / 3, forwardOut),
        between(marker('ST36', side), () => ankleFront(side), 2 / 3, forwardOut),
        () => ankleFront(side),
        offset(() => landmark('metatarsal-1-2-base', side), 'ankle-sole', side, [lateral, 0.6], [UP, 0.3]),
        offset(() => landmark('metatarsal-1-2-head', side), 'ankle-sole', side, [lateral, 0.6], [UP, 0.2]),
      ]),
      line('spleen', '', side, [
        // SP5 in front of and below the medial malleolus, SP6, SP7 3 B-cun above it, SP8 and
        // SP9 up the medial border of the tibia (the leg-medial span runs from the knee).
        offset(() => landmark('medial-malleolus', side), 'leg-medial', side, [FORWARD, 0.8], [DOWN, 0.5]),
        marker('SP6', side),
        offset(() => landmark('medial-malleolus', side), 'leg-medial', side, [UP, 6], [medial, 0.3]),
        offset(() => landmark('medial-malleolus', side), 'leg-medial', side, [UP, 10], [medial, 0.3]),
        offset(() => landmark('medial-malleolus', side), 'leg-medial', side, [UP, 13], [medial, 0.3]),
      ]),
      line('liver', '', side, [
        // LR2 at the web of the 1st and 2nd toes, LR3, LR4 in front of the medial malleolus,
        // then LR5 and LR6 on the medial face of the tibia.
        offset(() => landmark('metatarsal-1-2-head', side), 'ankle-sole', side, [FORWARD, 0.8], [DOWN, 0.3]),
        marker('LR3', side),
        offset(() => landmark('medial-malleolus', side), 'leg-medial', side, [FORWARD, 1.1]),
        offset(() => landmark('medial-malleolus', side), 'leg-medial', side, [UP, 5], [FORWARD, 0.6], [medial, 0.3]),
        offset(() => landmark('medial-malleolus', side), 'leg-medial', side, [UP, 7], [FORWARD, 0.6], [medial, 0.3]),
      ]),
      line('large-intestine', '', side, [
        // LI3 beside the head of the 2nd metacarpal, LI4, LI5 in the anatomical snuffbox at
        // the radial end of the wrist crease, then the radial side of the forearm to LI11.
        offset(() => landmark('metacarpal-2-head', side), 'forearm', side, [FORWARD, 0.25]),
        marker('LI4', side),
        offset(() => landmark('wrist-crease-dorsal', side), 'forearm', side, [FORWARD, 1.2]),
        between(() => snuffbox(side), () => elbowLateral(side), 1 / 3, forwardOut),
        between(() => snuffbox(side), () => elbowLateral(side), 2 / 3, forwardOut),
        () => elbowLateral(side),
      ]),
    );
  }
  /** ST41: the front of the ankle, level with the malleoli and midway between them. */
  function ankleFront(side: Side): Vec3 {
    const mid = lerp(landmark('lateral-malleolus', side), landmark('medial-malleolus', side), 0.5);
    return surface.raycast(add(mid, { x: 0, y: 0, z: 0.15 }), { x: 0, y: 0, z: -1 }, 0.3)?.point ?? surface.closestPoint(mid).point;
  }
  function snuffbox(side: Side): Vec3 {
    return surface.closestPoint(add(landmark('wrist-crease-dorsal', side), { x: 0, y: 0, z: 1.2 * cunLength('forearm', side, landmarks) })).point;
  }
  /** LI11: the lateral end of the cubital crease. */
  function elbowLateral(side: Side): Vec3 {
    const unit = cunLength('forearm', side, landmarks);
    return surface.closestPoint(add(landmark('cubital-crease', side), add(scale(kit.lateral(side), 1.2 * unit), { x: 0, y: 0, z: 0.4 * unit }))).point;
  }
  lines.push(
    line('governor', '', 'midline', [
      atLandmark('upper-lip', 'midline'),
      marker('GV26', 'midline'),
      atLandmark('nose-base', 'midline'),
      ...HEAD_MIDLINE_DEGREES.map((degrees) => headMidline(degrees)),
      atLandmark('C7', 'midline'),
      ...thoracic.map((level) => atLandmark(level, 'midline')),
      marker('GV4', 'midline'), atLandmark('L3', 'midline'), marker('GV3', 'midline'), atLandmark('L5', 'midline'),
      atLandmark('S2', 'midline'), atLandmark('sacral-hiatus', 'midline'),
    ]),
  );
  return lines.filter((l): l is MeridianLine => l !== null);
}
