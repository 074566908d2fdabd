/** The de chunk: loaded only when a widget speaks de (see src/i18n/locales.ts). */
import type { LocaleChunk } from '../locale-chunk.js';
import ui from '../ui/de.js';
import content from '../content/de.js';
import { CONTENT_VISITORS } from '../content-texts.js';

const chunk: LocaleChunk = { ui, content, visitors: CONTENT_VISITORS };
export default chunk;
