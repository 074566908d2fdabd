/**
 * prefers-reduced-motion, live: camera moves become instant and auto-rotate stops
 * for people who asked their system for less motion.
 */
const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

export function prefersReducedMotion(): boolean {
  return query?.matches ?? false;
}

/** Call `listener` whenever the preference changes; returns the unsubscribe function. */
export function watchReducedMotion(listener: (reduced: boolean) => void): () => void {
  if (!query) return () => {};
  const handler = (event: MediaQueryListEvent) => listener(event.matches);
  query.addEventListener('change', handler);
  return () => query.removeEventListener('change', handler);
}
