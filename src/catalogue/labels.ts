/**
 * Words the widget shows about points that are not the points' own text: the list's group
 * headings, the role badges and where a location comes from. Kept with the data so a
 * translation replaces them in one place.
 */
import type { AcuPoint, PointRole } from './types.js';

export interface RoleLabel {
  /** Heading of the point list's group. */
  heading: string;
  /** Badge in the point's panel. */
  badge: string;
}

/** In the order the point list shows its groups. */
export const ROLE_LABELS: Record<PointRole, RoleLabel> = {
  local: { heading: 'On the lower back', badge: 'Local point: on the painful area' },
  adjacent: { heading: 'Near the lower back', badge: 'Adjacent point: near the painful area' },
  front: { heading: 'On the front of the trunk', badge: 'Front point: on the belly, level with the lower back' },
  distal: { heading: 'Away from the back: legs, feet, hands and face', badge: 'Distal point: far from the painful area' },
};

/** Heading of the list's entries that have no marker (Ashi points). */
export const UNPLACED_HEADING = 'Without a fixed place';

const WHO_2008_TITLE = 'WHO Standard Acupuncture Point Locations';

/**
 * The label before a point's technical location in patient mode: WHO 2008 for channel
 * points, otherwise the source the location follows (extra points are outside WHO 2008).
 */
export function locationLabel(point: AcuPoint): string {
  if (point.sources.some((source) => source.title.startsWith(WHO_2008_TITLE))) return 'Exact location (WHO 2008)';
  const followed = point.sources.find((source) => /location/i.test(source.detail ?? '')) ?? point.sources[0];
  const short = followed ? shortTitle(followed.title) : 'textbooks';
  return `Location (${short}; not part of WHO 2008)`;
}

/** "GB/T 12346-2006" from "GB/T 12346-2006 (2006 edition), Nomenclature ...": up to the first comma or parenthesis. */
function shortTitle(title: string): string {
  const cut = title.search(/[,(]/);
  return (cut > 0 ? title.slice(0, cut) : title).trim();
}
