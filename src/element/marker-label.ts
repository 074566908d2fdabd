import type { AcuPoint, Side } from '../catalogue/types.js';
import type { Translator } from '../i18n/translator.js';
import { spokenTitle } from './names.js';

// Apart from names.ts: only the 3D stage's marker buttons use it, so it (and the words it
// needs, src/i18n/ui/en-3d.ts) stays out of the first stage.

/** Accessible name of one marker: code, name, the group member and the side. */
export function markerLabel(point: AcuPoint, side: Side, tr: Translator, label?: string, alternative?: boolean): string {
  const parts = [spokenTitle(point, tr), point.english];
  // A group member's label tag shows "EX-B2 L1": the name holds those words together, so
  // the visible text is part of the name (WCAG 2.5.3 label in name).
  if (label) parts.push(`${point.code} ${label}`);
  if (alternative) parts.push(tr.t('marker.alternative'));
  parts.push(tr.t(`marker.side.${side}`));
  return parts.join(tr.t('phrase.separator'));
}
