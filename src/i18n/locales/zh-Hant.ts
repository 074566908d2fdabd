/** The zh-Hant chunk: loaded only when a widget speaks zh-Hant (see src/i18n/locales.ts). */
import type { LocaleChunk } from '../locale-chunk.js';
import ui from '../ui/zh-Hant.js';
import content from '../content/zh-Hant.js';
import { CONTENT_VISITORS } from '../content-texts.js';

const chunk: LocaleChunk = { ui, content, visitors: CONTENT_VISITORS };
export default chunk;
