/**
 * Assembles the whole figure as one implicit field: the plain forms first, then the surface
 * details (anchored by casting rays onto those forms), then the arms, which are joined
 * last so no back or hip detail reaches onto them.
 */
import { Field, type Operation } from '../field/field.js';
import { castToSkin } from '../field/probe.js';
import { arm } from './arm.js';
import { backDetails } from './back-details.js';
import { frontDetails } from './chest.js';
import { faceDetails, head } from './head.js';
import { foot, leg, soleCut } from './leg.js';
import { armDetails, legDetails, type Skin } from './limb-details.js';
import { SIDES } from './side.js';
import { neck, trunk } from './trunk.js';

function skinOf(field: Field): Skin {
  return (from, dir) => castToSkin(field, from, dir);
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

  const detailed: Operation[] = [...forms, ...backDetails(back), ...frontDetails(plainSkin), ...faceDetails()];
  for (const { sign } of SIDES) detailed.push(...legDetails(sign, plainSkin));

  const withArms: Operation[] = [...detailed];
  for (const { sign } of SIDES) withArms.push(...arm(sign));
  const armSkin = skinOf(new Field(withArms));
  const all: Operation[] = [...withArms];
  for (const { sign } of SIDES) all.push(...armDetails(sign, armSkin));
  return { field: new Field(all) };
}
