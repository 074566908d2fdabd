/**
 * Landmark look-up with the side rule of types.ts: a name without `-left`/`-right` that the
 * body has only in paired form resolves to the side being placed.
 */
import { PlacementError } from './placement-error.js';
import type { BodyLandmarks, Side, Vec3 } from './types.js';

export interface ResolvedLandmark {
  /** The key found in the landmarks, e.g. "psis-left". */
  name: string;
  position: Vec3;
}

const SIDED = /-(left|right)$/;

/**
 * Finds `name` for a marker on `side`.
 * - Point placements (`explicitSideAllowed` false) may not name a side themselves: a bilateral
 *   point is placed on each side from one definition, and a midline point has no side, so a
 *   written `-left` would put one of its markers on the wrong half of the body.
 * - Span ends may (the `back` span runs from one scapula to the other).
 */
export function resolveLandmark(
  name: string,
  side: Side,
  landmarks: BodyLandmarks,
  context: {
    pointCode?: string;
    /** Appended to error messages, e.g. 'needed by the "back" cun span'. */
    neededBy?: string;
    explicitSideAllowed?: boolean;
  } = {},
): ResolvedLandmark {
  const { explicitSideAllowed = false } = context;
  const fail = (detail: string): never => {
    throw new PlacementError(context.pointCode, context.neededBy ? `${detail} (${context.neededBy})` : detail);
  };
  const written = SIDED.exec(name);
  if (written && !explicitSideAllowed) {
    const bare = name.slice(0, -written[0].length);
    fail(
      side === 'midline'
        ? `landmark "${name}" names a side, but this is a midline point`
        : `landmark "${name}" names a side; write "${bare}" so each side of a bilateral point uses its own`,
    );
  }
  const direct = own(landmarks, name);
  if (direct) return { name, position: checked(direct, name, fail) };
  if (written) fail(`the body model has no landmark "${name}"`);

  const left = `${name}-left`;
  const right = `${name}-right`;
  if (side === 'midline') {
    fail(
      own(landmarks, left) || own(landmarks, right)
        ? `landmark "${name}" exists only as "${left}"/"${right}", and a midline point has no side to choose`
        : `the body model has no landmark "${name}"`,
    );
  }
  const sided = `${name}-${side}`;
  const found = own(landmarks, sided);
  if (!found) {
    return fail(`the body model has no landmark "${name}" (nor "${sided}")`);
  }
  return { name: sided, position: checked(found, sided, fail) };
}

/** Own keys only: a landmark called "constructor" must not find Object.prototype's. */
function own(landmarks: BodyLandmarks, key: string): Vec3 | undefined {
  return Object.hasOwn(landmarks, key) ? landmarks[key] : undefined;
}

function checked(p: Vec3, name: string, fail: (detail: string) => never): Vec3 {
  if (!Number.isFinite(p.x) || !Number.isFinite(p.y) || !Number.isFinite(p.z)) {
    fail(`landmark "${name}" has no finite position`);
  }
  return p;
}
