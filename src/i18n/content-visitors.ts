import type { ContentVisitors } from './content-texts.js';

/**
 * The first stage's way to the functions that apply content texts to copies of the
 * catalogue (content-texts.ts). English needs none of them, and texts to apply only ever
 * come in a chunk (a language, a multilingual points file): that chunk brings the functions
 * along and hands them over here, so the first stage does not carry them.
 */
let visitors: ContentVisitors | null = null;

/** Called with the texts' chunk, before its texts are used. */
export function addContentVisitors(given: ContentVisitors): void {
  visitors = given;
}

/** The functions, once a chunk with texts has brought them; null before. */
export function contentVisitors(): ContentVisitors | null {
  return visitors;
}
