/**
 * What makes the back readable, anchored on the skin of the plain forms: the spinal
 * furrow with the spinous processes as slight bumps, the erector spinae ridges, the
 * scapulae, the iliac crests, the dimples over the posterior superior iliac spines, the
 * sacrum and the gluteal cleft and folds.
 */
import { Blob, Tube, type TubePoint } from '../field/details.js';
import type { Operation } from '../field/field.js';
import { Ellipsoid, type V3 } from '../field/shapes.js';
import { LEVELS, SCAPULA, SPINE_LEVELS } from './proportions.js';
import { SIDES } from './side.js';

/** Posterior skin at (x, y) of the plain forms. */
export type BackSkin = (x: number, y: number) => V3;

const INTO_BACK: V3 = [0, 0, 1];

function ridge(skin: BackSkin, pts: [x: number, y: number, amount: number, width: number][], depthReach = 0.012): Tube {
  return new Tube(
    pts.map(([x, y, amount, width]): TubePoint => ({ at: skin(x, y), amount, width, depthReach })),
    INTO_BACK,
  );
}

export function backDetails(skin: BackSkin): Operation[] {
  const ops: Operation[] = [];
  const L = SPINE_LEVELS;
  // Spinal furrow: shallow between the shoulder blades, deepest in the lumbar region,
  // fading out over the sacrum.
  ops.push({
    kind: 'detail',
    detail: ridge(
      skin,
      [
        [0, L.C7 + 0.02, 0, 0.015],
        [0, L.T2, 0.0015, 0.018],
        [0, L.T6, 0.0025, 0.022],
        [0, L.T10, 0.004, 0.026],
        [0, L.L1, 0.0065, 0.03],
        [0, L.L3, 0.0075, 0.032],
        [0, L.L5, 0.005, 0.028],
        [0, LEVELS.s2, 0.0015, 0.02],
        [0, LEVELS.s2 - 0.03, 0, 0.015],
      ],
      0.02,
    ),
  });
  for (const { sign } of SIDES) {
    // Erector spinae: two long ridges either side of the furrow.
    ops.push({
      kind: 'detail',
      detail: ridge(
        skin,
        [
          [sign * 0.026, L.T4, 0, 0.018],
          [sign * 0.03, L.T8, -0.002, 0.022],
          [sign * 0.034, L.T12, -0.0035, 0.026],
          [sign * 0.036, L.L3, -0.004, 0.026],
          [sign * 0.032, L.L5, -0.0025, 0.022],
          [sign * 0.026, LEVELS.s2, 0, 0.018],
        ],
        0.02,
      ),
    });
  }
  // Spinous processes: a small rise just above each inferior border.
  for (const [name, y] of Object.entries(L)) {
    const amount = name === 'C7' ? -0.0045 : name === 'T1' ? -0.003 : name.startsWith('L') ? -0.0025 : -0.0012;
    const r = name === 'C7' ? 0.013 : name.startsWith('L') ? 0.011 : 0.009;
    ops.push({ kind: 'detail', detail: new Blob(skin(0, y + 0.009), [r * 0.8, r, 0.012], amount) });
  }
  for (const { sign } of SIDES) {
    // Scapula: the medial border and the spine as low ridges, the blade as a plate.
    const S = SCAPULA;
    ops.push({
      kind: 'detail',
      detail: ridge(skin, [
        [sign * S.superiorAngle[0], S.superiorAngle[1], 0, 0.012],
        [sign * S.spineRoot[0], S.spineRoot[1], -0.0028, 0.013],
        [sign * (S.spineRoot[0] + S.inferiorAngle[0]) * 0.5 - sign * 0.002, (S.spineRoot[1] + S.inferiorAngle[1]) / 2, -0.003, 0.014],
        [sign * S.inferiorAngle[0], S.inferiorAngle[1] + 0.008, -0.003, 0.013],
        [sign * (S.inferiorAngle[0] + 0.02), S.inferiorAngle[1] + 0.03, 0, 0.012],
      ]),
    });
    ops.push({
      kind: 'detail',
      detail: ridge(skin, [
        [sign * S.spineRoot[0], S.spineRoot[1], 0, 0.01],
        [sign * 0.1, S.spineRoot[1] + 0.006, -0.003, 0.011],
        [sign * 0.14, S.spineRoot[1] + 0.012, -0.003, 0.012],
        [sign * 0.158, S.acromion[1] - 0.006, 0, 0.012],
      ]),
    });
    const blade = skin(sign * 0.11, 1.335);
    ops.push({ kind: 'detail', detail: new Blob(blade, [0.045, 0.05, 0.02], -0.0035, { x: [1, 0, 0.3 * sign], y: [0, 1, 0] }) });
    ops.push({ kind: 'detail', detail: new Blob(skin(sign * S.inferiorAngle[0], S.inferiorAngle[1] + 0.006), [0.014, 0.012, 0.012], -0.002) });

    // PSIS dimple (its lower border level with S2) and a slight sacral plateau.
    ops.push({ kind: 'detail', detail: new Blob(skin(sign * 0.041, LEVELS.psisLower + 0.006), [0.014, 0.013, 0.014], 0.0045) });

    // Iliac crest: a low ridge from the PSIS up over the flank, highest at the L4 level.
    ops.push({
      kind: 'detail',
      detail: new Tube(
        [
          { at: skin(sign * 0.05, LEVELS.psisLower + 0.02), amount: 0, width: 0.012 },
          { at: skin(sign * 0.085, LEVELS.iliacCrest - 0.012), amount: -0.0015, width: 0.014 },
          { at: skin(sign * 0.12, LEVELS.iliacCrest - 0.001), amount: -0.0025, width: 0.015 },
          { at: skin(sign * 0.135, LEVELS.iliacCrest), amount: -0.0025, width: 0.015 },
        ],
        null,
      ),
    });

    // Gluteal fold: the crease under the buttock.
    const foldX = [0.02, 0.05, 0.075, 0.105, 0.13];
    const foldY = [0.788, 0.779, LEVELS.glutealFold, 0.777, 0.79];
    ops.push({
      kind: 'detail',
      detail: new Tube(
        foldX.map((x, i) => ({
          at: skin(sign * x, foldY[i]),
          amount: i === 0 || i === foldX.length - 1 ? 0 : 0.0035,
          width: 0.008,
          depthReach: 0.012,
        })),
        [0, 0.3, 1],
      ),
    });
  }
  // Gluteal cleft, from just below the sacral hiatus down between the buttocks.
  ops.push({
    kind: 'carve',
    k: 0.008,
    shape: new Ellipsoid([0, 0.79, -0.155], [0.0065, 0.092, 0.08], { x: [1, 0, 0], y: [0, 1, 0.33] }),
  });
  return ops;
}

