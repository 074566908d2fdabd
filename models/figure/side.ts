/**
 * Left/right: parts are written for the subject's left (+x) and mirrored for the right.
 */
import type { V3 } from '../field/shapes.js';

/** +1 for the subject's left (+x), -1 for the right. */
export type SideSign = 1 | -1;

export const SIDES: readonly { sign: SideSign; name: 'left' | 'right' }[] = [
  { sign: 1, name: 'left' },
  { sign: -1, name: 'right' },
];

/** A left-side point moved to the side `s`. */
export function at(s: SideSign, p: V3): [number, number, number] {
  return [p[0] * s, p[1], p[2]];
}
