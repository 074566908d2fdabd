/**
 * Prints the built-in English content as JSON, key → text: what a translation in
 * src/i18n/content/<lang>.ts must cover. `npm run i18n:texts > /tmp/en.json`.
 * With `--missing <lang>`, prints only the keys that language lacks.
 */
import { extractContentTexts } from '../src/i18n/content-texts.js';
import { BUILT_IN_CONTENT } from '../src/i18n/built-in-content.js';

const english = extractContentTexts(BUILT_IN_CONTENT);
const at = process.argv.indexOf('--missing');
if (at > 0) {
  const lang = process.argv[at + 1];
  const { default: translation } = (await import(`../src/i18n/content/${lang}.ts`)) as { default: Record<string, string> };
  const missing = Object.fromEntries(Object.entries(english).filter(([key]) => !translation[key]));
  process.stdout.write(JSON.stringify(missing, null, 2) + '\n');
} else {
  process.stdout.write(JSON.stringify(english, null, 2) + '\n');
}
