/**
 * What makes the back readable, anchored on the skin of the plain forms: the spinal
 * furrow with the spinous processes as slight bumps, the erector spinae ridges, the
 * scapulae, the iliac crests, the dimples over the posterior superior iliac spines, the
 * sacrum and the gluteal cleft and folds.
 */
import { Blob, Plate, Tube, type TubePoint } from '../field/details.js';
import type { Operation } from '../field/field.js';
import { Ellipsoid, type V3 } from '../field/shapes.js';
import { LEVELS, SCAPULA, SPINE_LEVELS } from './proportions.js';
import { SIDES } from './side.js';

/** Posterior skin at (x, y) of the plain forms. */
export type BackSkin = (x: number, y: number) => V3;

const INTO_BACK: V3 = [0, 0, 1];
/** Into the body at the gluteal fold, where the skin faces down and back. */
const GLUTEAL_FOLD_DEPTH: V3 = [0, 0.5, 1];

function ridge(skin: BackSkin, pts: [x: number, y: number, amount: number, width: number][], depthReach = 0.012, into: V3 = INTO_BACK): Tube {
  return new Tube(
    pts.map(([x, y, amount, width]): TubePoint => ({ at: skin(x, y), amount, width, depthReach })),
    into,
  );
}

export function backDetails(skin: BackSkin): Operation[] {
  const ops: Operation[] = [];
  const L = SPINE_LEVELS;
  // Spinal furrow: shallow between the shoulder blades, deepest in the lumbar region,
  // fading out over the sacrum.
  const furrow = ridge(
    skin,
    [
      [0, L.C7 + 0.03, 0, 0.024],
      [0, L.T2, 0.0012, 0.028],
      [0, L.T6, 0.0025, 0.034],
      [0, L.T10, 0.004, 0.04],
      [0, L.L1, 0.006, 0.045],
      [0, L.L3, 0.0065, 0.046],
      [0, L.L5, 0.0045, 0.04],
      [0, LEVELS.s2, 0.0012, 0.03],
      [0, LEVELS.s2 - 0.035, 0, 0.024],
    ],
    0.035,
  );
  ops.push({ kind: 'detail', detail: furrow });
  for (const { sign } of SIDES) {
    // Erector spinae: two long ridges either side of the furrow.
    ops.push({
      kind: 'detail',
      detail: ridge(
        skin,
        [
          [sign * 0.03, L.T5, 0, 0.03],
          [sign * 0.034, L.T9, -0.0022, 0.034],
          [sign * 0.038, L.T12, -0.0038, 0.036],
          [sign * 0.039, L.L3, -0.0042, 0.036],
          [sign * 0.035, L.L5, -0.0024, 0.032],
          [sign * 0.03, LEVELS.s2, 0, 0.028],
        ],
        0.035,
      ),
    });
  }
  // Spinous processes: a low, rounded rise just above each inferior border. Each sits on
  // the floor of the furrow, not on the plain skin: centred on the plain skin, a bump in
  // the deep lumbar furrow kept only the part of it that reached the floor, which varied
  // with the furrow's depth and left the bumps uneven and lumpy.
  for (const [name, y] of Object.entries(L)) {
    const amount = name === 'C7' ? -0.0025 : name === 'T1' ? -0.0015 : name.startsWith('L') ? -0.0013 : -0.0006;
    const r = name === 'C7' ? 0.024 : name === 'T1' ? 0.02 : name.startsWith('L') ? 0.022 : 0.014;
    const [sx, sy, sz] = skin(0, y + 0.01);
    const floor: V3 = [sx, sy, sz + furrow.offset(sx, sy, sz)];
    ops.push({ kind: 'detail', detail: new Blob(floor, [r * 0.8, r, 0.02], amount) });
  }
  for (const { sign } of SIDES) {
    // Scapula: a low plate whose medial border and inferior angle read through the skin,
    // with the spine of the scapula as a ridge toward the acromion.
    const S = SCAPULA;
    // The part above the spine lies under the trapezius; the plate is the blade below it.
    const corners = [
      [sign * (S.spineRoot[0] - 0.003), S.spineRoot[1] + 0.01],
      [sign * 0.091, S.inferiorAngle[1] - 0.014],
      [sign * 0.166, 1.388],
    ] as const;
    ops.push({
      kind: 'detail',
      detail: new Plate(
        corners,
        [skin(sign * 0.075, S.spineRoot[1]), skin(sign * 0.09, S.inferiorAngle[1]), skin(sign * 0.14, 1.375)],
        0.03,
        -0.0065,
        0.03,
      ),
    });
    ops.push({
      kind: 'detail',
      detail: ridge(
        skin,
        [
          [sign * (S.spineRoot[0] + 0.004), S.spineRoot[1] - 0.002, 0, 0.014],
          [sign * 0.1, S.spineRoot[1] + 0.004, -0.003, 0.016],
          [sign * 0.13, S.spineRoot[1] + 0.005, -0.0026, 0.016],
          // It stops short of the acromion: there the skin turns up over the trapezius, and
          // a ridge pushed along z would crinkle it.
          [sign * 0.15, S.spineRoot[1] + 0.002, 0, 0.014],
        ],
        0.02,
      ),
    });

    // PSIS dimple: its lower border level with S2.
    ops.push({ kind: 'detail', detail: new Blob(skin(sign * 0.041, LEVELS.psisLower + 0.009), [0.022, 0.022, 0.022], 0.0038) });

    // Gluteal fold: the crease where the buttock meets the thigh, deepest in its middle
    // and fading toward the cleft and the side of the hip. Wide and shallow: a narrow crease
    // is finer than the mesh and came out jagged. The skin there faces down and back, so
    // the crease reaches into the body along that normal, not along z: measured along z its
    // short depth reach cut the crease off partway under the buttock, and the cut showed
    // as a wrinkled, doubled edge under a raking light.
    ops.push({
      kind: 'detail',
      detail: ridge(
        skin,
        [
          [sign * 0.03, LEVELS.glutealFold + 0.018, 0, 0.016],
          [sign * 0.05, LEVELS.glutealFold + 0.006, 0.0016, 0.02],
          [sign * 0.072, LEVELS.glutealFold + 0.002, 0.0024, 0.022],
          [sign * 0.098, LEVELS.glutealFold + 0.005, 0.0018, 0.022],
          [sign * 0.12, LEVELS.glutealFold + 0.014, 0.0007, 0.02],
          [sign * 0.138, LEVELS.glutealFold + 0.028, 0, 0.017],
        ],
        0.02,
        GLUTEAL_FOLD_DEPTH,
      ),
    });
  }
  // Gluteal cleft, from just below the sacral hiatus down between the buttocks. The
  // narrow carve ends a little lower, inside a shallow groove that deepens down from the
  // hiatus: where the carve itself reached the skin, its tip was narrower than the mesh
  // and came out as a jagged slit.
  ops.push({
    kind: 'detail',
    detail: ridge(skin, [
      [0, LEVELS.sacralHiatus - 0.004, 0, 0.014],
      [0, LEVELS.sacralHiatus - 0.03, 0.003, 0.013],
      [0, LEVELS.sacralHiatus - 0.06, 0.004, 0.012],
      [0, LEVELS.sacralHiatus - 0.09, 0.003, 0.011],
    ], 0.02),
  });
  ops.push({
    kind: 'carve',
    k: 0.008,
    shape: new Ellipsoid([0, 0.785, -0.155], [0.0065, 0.082, 0.08], { x: [1, 0, 0], y: [0, 1, 0.33] }),
  });
  return ops;
}
