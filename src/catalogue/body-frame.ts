/**
 * Body-frame directions in model space (the subject faces +z, the subject's left is +x, y up).
 * `lateral` and `medial` depend on the side being placed: lateral is +x on the left side.
 */
import { PlacementError } from './placement-error.js';
import type { BodyDirection, Side, Vec3 } from './types.js';

export function directionVector(direction: BodyDirection, side: Side, pointCode?: string): Vec3 {
  switch (direction) {
    case 'superior': return { x: 0, y: 1, z: 0 };
    case 'inferior': return { x: 0, y: -1, z: 0 };
    case 'anterior': return { x: 0, y: 0, z: 1 };
    case 'posterior': return { x: 0, y: 0, z: -1 };
    case 'lateral':
    case 'medial': {
      if (side === 'midline') {
        throw new PlacementError(pointCode, `a midline point cannot step ${direction}ly: it has no side`);
      }
      const outward = side === 'left' ? 1 : -1;
      return { x: direction === 'lateral' ? outward : -outward, y: 0, z: 0 };
    }
    default:
      throw new PlacementError(pointCode, `unknown direction "${direction as string}"`);
  }
}

/** Directions in the horizontal plane: a walk along them keeps its height ("level with L2"). */
export function isHorizontal(direction: BodyDirection): boolean {
  return direction !== 'superior' && direction !== 'inferior';
}
