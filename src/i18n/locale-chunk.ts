import type { ContentTexts, ContentVisitors } from './content-texts.js';
import type { UiMessages } from './ui/en.js';

/**
 * What a language's chunk (src/i18n/locales/<lang>.ts) holds: its interface strings, its
 * content texts and the functions that apply them (handed to content-visitors.ts).
 */
export interface LocaleChunk {
  ui: UiMessages;
  content: ContentTexts;
  visitors: ContentVisitors;
}
