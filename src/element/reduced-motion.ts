/**
 * prefers-reduced-motion, live: camera moves become instant and auto-rotate stops
 * for people who asked their system for less motion. (Watching for a change is the 3D
 * stage's camera's: watch-reduced-motion.ts.)
 */
export const reducedMotionQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

export function prefersReducedMotion(): boolean {
  return reducedMotionQuery?.matches ?? false;
}
