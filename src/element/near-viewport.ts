/**
 * Calls `onNear` once, when `element` comes within `margin` of the viewport. This is
 * what `loading="lazy"` waits for before fetching the model or making a WebGL context.
 * Returns a function that stops watching.
 */
export function whenNearViewport(element: Element, onNear: () => void, margin = '300px'): () => void {
  if (typeof IntersectionObserver !== 'function') {
    onNear();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        onNear();
      }
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
