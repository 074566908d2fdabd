/**
 * The languages the widget ships, each a chunk of its own imported on first use: a page
 * downloads only the language its widgets speak (English is in the first stage). The
 * import() is relative to the built entry, so the chunk is found beside it wherever dist/
 * is copied. A language is listed here only when its translation is complete (the
 * translation test in test/node/i18n checks every listed one).
 */
import type { LanguageCode } from './languages.js';
import { addContentVisitors } from './content-visitors.js';
import type { LocaleChunk } from './locale-chunk.js';
import { createTranslator, ENGLISH, type Translator } from './translator.js';

type Loader = () => Promise<{ default: LocaleChunk }>;

export const LOCALE_LOADERS: Readonly<Partial<Record<LanguageCode, Loader>>> = {
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
};

/** The languages a widget can speak now: English and every listed chunk. */
export const AVAILABLE_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['en', ...(Object.keys(LOCALE_LOADERS) as LanguageCode[])]);

/** One load per language for the whole page: several widgets share it. */
const loading = new Map<LanguageCode, Promise<Translator>>();

/** The translator of `code`, its chunk fetched on first use (English at once). */
export function loadLanguage(code: LanguageCode): Promise<Translator> {
  const loader = LOCALE_LOADERS[code];
  if (code === 'en' || !loader) return Promise.resolve(ENGLISH);
  let load = loading.get(code);
  if (!load) {
    load = loader().then(({ default: chunk }) => {
      addContentVisitors(chunk.visitors);
      return createTranslator(code, chunk.ui, chunk.content);
    });
    // A failed fetch (offline, a missing file) may be tried again by the next change of language.
    load.catch(() => loading.delete(code));
    loading.set(code, load);
  }
  return load;
}
