import type { ContentTexts } from './content-texts.js';
import type { UiMessages } from './ui/en.js';

/** What a language's chunk (src/i18n/locales/<lang>.ts) holds: its interface strings and content texts. */
export interface LocaleChunk {
  ui: UiMessages;
  content: ContentTexts;
}
