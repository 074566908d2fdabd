/** The de chunk: loaded only when a widget speaks de (see src/i18n/locales.ts). */
import type { LocaleChunk } from '../locale-chunk.js';
import ui from '../ui/de.js';
import content from '../content/de.js';

const chunk: LocaleChunk = { ui, content };
export default chunk;
