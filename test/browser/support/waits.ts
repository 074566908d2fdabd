import type { AcupointMap } from '../../../src/index.js';
import type { AcupointErrorDetail } from '../../../src/index.js';

/** The next `error` event of one type (others, e.g. a model warning, are skipped). */
export function nextError(element: AcupointMap, type: AcupointErrorDetail['type'], timeout = 30000): Promise<AcupointErrorDetail> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      element.removeEventListener('error', listener);
      reject(new Error(`no error event of type ${type} within ${timeout} ms`));
    }, timeout);
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<AcupointErrorDetail>).detail;
      if (detail?.type !== type) return;
      clearTimeout(timer);
      element.removeEventListener('error', listener);
      resolve(detail);
    };
    element.addEventListener('error', listener);
  });
}

/** Every `error` event the element fires from now on. */
export function recordErrors(element: AcupointMap): AcupointErrorDetail[] {
  const seen: AcupointErrorDetail[] = [];
  element.addEventListener('error', (event) => seen.push((event as unknown as CustomEvent<AcupointErrorDetail>).detail));
  return seen;
}
