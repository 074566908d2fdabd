import { reducedMotionQuery } from './reduced-motion.js';

// Only the camera (3D stage) follows a change of prefers-reduced-motion while it runs.
/** Call `listener` whenever the preference changes; returns the unsubscribe function. */
export function watchReducedMotion(listener: (reduced: boolean) => void): () => void {
  const query = reducedMotionQuery;
  if (!query) return () => {};
  const handler = (event: MediaQueryListEvent) => listener(event.matches);
  query.addEventListener('change', handler);
  return () => query.removeEventListener('change', handler);
}
