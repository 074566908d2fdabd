/**
 * Details on the front of the trunk: the pectorals, the sternal furrow, the clavicles and
 * the suprasternal notch, the linea alba and the navel. They are offsets anchored on the
 * plain forms' skin (`skin` casts a ray onto it).
 */
import { Blob, Tube } from '../field/details.js';
import type { Operation } from '../field/field.js';
import type { V3 } from '../field/shapes.js';
import type { Skin } from './limb-details.js';
import { LEVELS } from './proportions.js';
import { SIDES } from './side.js';

export function frontDetails(skin: Skin): Operation[] {
  const front = (x: number, y: number): V3 => skin([x, y, 0.4], [0, 0, -1]);
  const ops: Operation[] = [];
  for (const { sign } of SIDES) {
    // Pectoralis major: each a broad, rounded rise of its own, fullest low and to the side
    // and tilted up toward the shoulder, so the chest reads as two muscles over a rib cage
    // and not as one flat slab. Broad, so its edges fade instead of drawing a border; its
    // lower edge fades over a longer reach, since a shorter one dropped off quickly into a
    // flat stretch and showed in profile as a shelf under the chest.
    ops.push({
      kind: 'detail',
      detail: new Blob(front(sign * 0.072, 1.298), [0.092, 0.08, 0.05], -0.014, { x: [1, 0.35 * sign, 0], y: [-0.35 * sign, 1, 0] }),
    });
  }
  // Umbilicus: a round pit, as deep as before but wider at the rim, so the mesh resolves
  // its walls smoothly (narrower, it showed as a small jagged star from the front).
  ops.push({ kind: 'detail', detail: new Blob(front(0, LEVELS.umbilicus), [0.0125, 0.0115, 0.014], 0.0065) });
  // The sternal furrow between the pectorals, running on without a break into the faint
  // linea alba down to the navel (as two grooves, a bump was left where they met).
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: front(0, 1.372), amount: 0, width: 0.022 },
        { at: front(0, 1.34), amount: 0.0025, width: 0.024 },
        { at: front(0, 1.27), amount: 0.0025, width: 0.022 },
        { at: front(0, LEVELS.xiphisternal - 0.04), amount: 0.0015, width: 0.014 },
        { at: front(0, LEVELS.umbilicus + 0.03), amount: 0.0012, width: 0.014 },
        { at: front(0, LEVELS.umbilicus + 0.01), amount: 0, width: 0.012 },
      ],
      [0, 0, -1],
    ),
  });
  // Suprasternal notch: a wide, shallow hollow (a small deep one read as a dot).
  ops.push({ kind: 'detail', detail: new Blob(front(0, LEVELS.suprasternal + 0.012), [0.026, 0.02, 0.022], 0.003) });
  for (const { sign } of SIDES) {
    // Clavicle: a low, wide ridge rising a little toward the shoulder. Narrow and
    // straight, it read as a drawn horizontal line.
    ops.push({
      kind: 'detail',
      detail: new Tube(
        [
          { at: front(sign * 0.022, 1.392), amount: 0, width: 0.016 },
          { at: front(sign * 0.055, 1.397), amount: -0.0016, width: 0.018 },
          { at: front(sign * 0.1, 1.404), amount: -0.0014, width: 0.018 },
          { at: front(sign * 0.14, 1.404), amount: 0, width: 0.016 },
        ],
        [0, 0, -1],
      ),
    });
  }
  return ops;
}
