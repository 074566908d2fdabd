/** The zh-Hans chunk: loaded only when a widget speaks zh-Hans (see src/i18n/locales.ts). */
import type { LocaleChunk } from '../locale-chunk.js';
import ui from '../ui/zh-Hans.js';
import content from '../content/zh-Hans.js';
import { CONTENT_VISITORS } from '../content-texts.js';

const chunk: LocaleChunk = { ui, content, visitors: CONTENT_VISITORS };
export default chunk;
