/**
 * Assembles the whole figure as one implicit field: the plain forms first, then the surface
 * details (anchored by casting rays onto those forms), then the arms, which are joined
 * last so no back or hip detail reaches onto them.
 */
import { Blob, Tube } from '../field/details.js';
import { Field, type Operation } from '../field/field.js';
import { castToSkin } from '../field/probe.js';
import type { V3 } from '../field/shapes.js';
import { arm } from './arm.js';
import { backDetails } from './back-details.js';
import { faceDetails, head } from './head.js';
import { foot, leg, soleCut } from './leg.js';
import { armDetails, legDetails, type Skin } from './limb-details.js';
import { LEVELS } from './proportions.js';
import { SIDES } from './side.js';
import { neck, trunk } from './trunk.js';

function skinOf(field: Field): Skin {
  return (from, dir) => castToSkin(field, from, dir);
}

function frontDetails(skin: Skin): Operation[] {
  const front = (x: number, y: number): V3 => skin([x, y, 0.4], [0, 0, -1]);
  const ops: Operation[] = [];
  // Pectoralis major: a low, broad rise on each side of the upper chest.
  for (const { sign } of SIDES) {
    ops.push({
      kind: 'detail',
      detail: new Blob(front(sign * 0.07, 1.292), [0.085, 0.06, 0.04], -0.009, { x: [1, 0.3 * sign, 0], y: [-0.3 * sign, 1, 0] }),
    });
  }
  // Umbilicus: a small round pit.
  ops.push({ kind: 'detail', detail: new Blob(front(0, LEVELS.umbilicus), [0.009, 0.009, 0.012], 0.0065) });
  // Linea alba, faint, from the xiphisternal junction to the navel.
  ops.push({
    kind: 'detail',
    detail: new Tube(
      [
        { at: front(0, LEVELS.xiphisternal + 0.01), amount: 0, width: 0.012 },
        { at: front(0, LEVELS.xiphisternal - 0.04), amount: 0.0015, width: 0.014 },
        { at: front(0, LEVELS.umbilicus + 0.03), amount: 0.0012, width: 0.014 },
        { at: front(0, LEVELS.umbilicus + 0.01), amount: 0, width: 0.012 },
      ],
      [0, 0, -1],
    ),
  });
  // Suprasternal notch and the clavicles.
  ops.push({ kind: 'detail', detail: new Blob(front(0, LEVELS.suprasternal + 0.01), [0.016, 0.014, 0.02], 0.005) });
  for (const { sign } of SIDES) {
    ops.push({
      kind: 'detail',
      detail: new Tube(
        [
          { at: front(sign * 0.018, 1.392), amount: 0, width: 0.01 },
          { at: front(sign * 0.05, 1.398), amount: -0.003, width: 0.011 },
          { at: front(sign * 0.1, 1.402), amount: -0.0025, width: 0.011 },
          { at: front(sign * 0.14, 1.4), amount: 0, width: 0.01 },
        ],
        [0, 0, -1],
      ),
    });
  }
  return ops;
}

export interface Figure {
  /** The complete surface. */
  field: Field;
}

export function buildFigure(): Figure {
  const forms: Operation[] = [...trunk(), ...neck(), ...head()];
  for (const { sign } of SIDES) forms.push(...leg(sign));
  for (const { sign } of SIDES) forms.push(...foot(sign));
  forms.push(soleCut());
  const plain = new Field(forms);
  const plainSkin = skinOf(plain);
  const back = (x: number, y: number) => plainSkin([x, y, -0.4], [0, 0, 1]);

  const detailed: Operation[] = [...forms, ...backDetails(back), ...frontDetails(plainSkin), ...faceDetails((x, y) => plainSkin([x, y, 0.4], [0, 0, -1]))];
  for (const { sign } of SIDES) detailed.push(...legDetails(sign, plainSkin));

  const withArms: Operation[] = [...detailed];
  for (const { sign } of SIDES) withArms.push(...arm(sign));
  const armSkin = skinOf(new Field(withArms));
  const all: Operation[] = [...withArms];
  for (const { sign } of SIDES) all.push(...armDetails(sign, armSkin));
  return { field: new Field(all) };
}
