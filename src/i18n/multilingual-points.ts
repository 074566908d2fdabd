/**
 * A `points-src` set whose texts come in several languages (`"english": {"en": "Kidney Shu",
 * "de": "Nieren-Shu"}`): the points with one text each (English, else the first language
 * given), and the other languages as content texts keyed like the built-in translations, so
 * the widget translates a custom set the way it translates its own.
 */
import type { AcuPoint } from '../catalogue/types.js';
import { visitPointTexts, type ContentTexts } from './content-texts.js';
import { languageForTag, LANGUAGE_CODES, type LanguageCode } from './languages.js';

export interface SplitPoints {
  points: AcuPoint[];
  /** Texts by widget language; null when every text is a plain string. */
  texts: Partial<Record<LanguageCode, ContentTexts>> | null;
}

const ALL_LANGUAGES: ReadonlySet<LanguageCode> = new Set(LANGUAGE_CODES);

/** Resolves every multilingual text of validated `points` (they are changed in place). */
export function splitLanguages(points: AcuPoint[]): SplitPoints {
  let texts: Partial<Record<LanguageCode, ContentTexts>> | null = null;
  for (const point of points) {
    visitPointTexts(point, (key, value: unknown) => {
      if (typeof value === 'string') return value;
      const byTag = Object.entries(value as Record<string, string>);
      const base = byTag.find(([tag]) => languageForTag(tag, ALL_LANGUAGES) === 'en' && /^en\b/i.test(tag)) ?? byTag[0];
      for (const [tag, text] of byTag) {
        // "de-AT" serves German widgets; an exact "de" given too wins over it.
        const code = languageForTag(tag, ALL_LANGUAGES);
        if (code === 'en' && !/^en\b/i.test(tag)) continue;
        texts ??= {};
        const into = (texts[code] ??= {});
        if (!Object.hasOwn(into, key) || tag.toLowerCase() === code.toLowerCase()) into[key] = text;
      }
      return base[1];
    });
  }
  return { points, texts };
}
