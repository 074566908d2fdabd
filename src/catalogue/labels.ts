/**
 * Words the widget shows about points that are not the points' own text: the order of the
 * list's groups and where a location comes from. The words themselves are interface
 * strings (src/i18n/ui/en.ts: `role.<kind>.heading`, `role.<kind>.badge`, `panel.*`).
 */
import type { Translator } from '../i18n/translator.js';
import type { AcuPoint, PointRole } from './types.js';

/** The roles in the order the point list shows its groups. */
export const ROLE_ORDER: readonly PointRole[] = ['local', 'adjacent', 'front', 'distal'];

/** The evidence panel's title, in English (content: a translation gives its own `evidence.title`). */
export const EVIDENCE_TITLE = 'About the evidence';

const WHO_2008_TITLE = 'WHO Standard Acupuncture Point Locations';

/**
 * The label before a point's technical location in patient mode: WHO 2008 for channel
 * points, otherwise the source the location follows (extra points are outside WHO 2008).
 */
export function locationLabel(point: AcuPoint, tr: Translator): string {
  if (point.sources.some((source) => source.title.startsWith(WHO_2008_TITLE))) return tr.t('panel.exactLocationWho');
  const followed = point.sources.find((source) => /location/i.test(source.detail ?? '')) ?? point.sources[0];
  const source = followed ? shortTitle(followed.title) : tr.t('panel.locationTextbooks');
  return tr.t('panel.locationFrom', { source });
}

/** "GB/T 12346-2006" from "GB/T 12346-2006 (2006 edition), Nomenclature ...": up to the first comma or parenthesis. */
function shortTitle(title: string): string {
  const cut = title.search(/[,(]/);
  return (cut > 0 ? title.slice(0, cut) : title).trim();
}
