/** The es chunk: loaded only when a widget speaks es (see src/i18n/locales.ts). */
import type { LocaleChunk } from '../locale-chunk.js';
import ui from '../ui/es.js';
import content from '../content/es.js';

const chunk: LocaleChunk = { ui, content };
export default chunk;
