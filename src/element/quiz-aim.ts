/**
 * The quiz's keyboard aim: a point on the stage (CSS px in the host) that the arrow keys
 * move and Enter answers at, as a click there would. It never snaps to points, so the quiz
 * stays a test of where the point is, not a list of candidates.
 */
export interface Aim {
  x: number;
  y: number;
}

/** The stage's box in the host's CSS pixels. */
export interface AimBounds {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One arrow key press moves the aim this far; with Shift, AIM_STEP_LARGE. */
export const AIM_STEP = 8;
export const AIM_STEP_LARGE = 32;

const DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** True for the keys that move the aim. */
export function isAimKey(key: string): boolean {
  return Object.hasOwn(DIRECTIONS, key);
}

/** Where the aim starts: the centre of the stage. */
export function aimCentre(bounds: AimBounds): Aim {
  return { x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 };
}

/** The aim after an arrow key, kept on the stage (a shrunk stage pulls it back in). */
export function moveAim(aim: Aim, key: string, large: boolean, bounds: AimBounds): Aim {
  const [dx, dy] = DIRECTIONS[key] ?? [0, 0];
  const step = large ? AIM_STEP_LARGE : AIM_STEP;
  return clampAim({ x: aim.x + dx * step, y: aim.y + dy * step }, bounds);
}

export function clampAim(aim: Aim, bounds: AimBounds): Aim {
  return {
    x: Math.min(bounds.left + bounds.width, Math.max(bounds.left, aim.x)),
    y: Math.min(bounds.top + bounds.height, Math.max(bounds.top, aim.y)),
  };
}
