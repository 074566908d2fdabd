import type { Translator } from '../i18n/translator.js';

/**
 * The protocol card's line naming the points the view cannot show with the others (empty
 * when there are none). Worded here, with the 3D stage's words: only a body leaves points out.
 */
export function outOfViewNote(codes: readonly string[], tr: Translator): string {
  return codes.length ? tr.t('protocol.outOfView', { codes: tr.list(codes) }) : '';
}
