/**
 * The self-contained bundle's entry (`acupoint-map.bundle.js`, the script clinics include):
 * the npm module's API less `validatePointSet`. The point-file validator is a tool for
 * checking files ahead of time (import it from the npm module `acupoint-map`); in the bundle
 * it would cost every page about 3 kB gzipped of its first stage, while a page that sets
 * `points-src` gets the same check in a chunk fetched only then.
 */
import { AcupointMap } from './acupoint-map.js';

export { AcupointMap, LOW_BACK_PAIN_POINTS, rendererStats } from './index.js';
export type * from './index.js';

// As in index.ts, here too: the package marks its source modules free of side effects, so
// only an entry's own statements are sure to run (index.ts's define would be dropped).
if (!customElements.get('acupoint-map')) {
  customElements.define('acupoint-map', AcupointMap);
}
