import type { Translator } from './translator.js';

/**
 * What goes between two sentences: a space, or nothing in Chinese (its "。" is full width).
 * A rule of the language, not a message: a translation cannot hold an empty string (the
 * translation check takes one for a forgotten text). Apart from the translator so that only
 * the chunks that join sentences (the depth view) carry it.
 */
export function sentenceGap(tr: Translator): string {
  return tr.lang.startsWith('zh') ? '' : ' ';
}
