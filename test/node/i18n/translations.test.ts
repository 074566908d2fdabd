/**
 * Every translation present (src/i18n/ui/<lang>.ts, src/i18n/content/<lang>.ts) against the
 * English: every key there, nothing empty, the same {placeholders}, no key English lacks.
 * Every language the widget ships (src/i18n/locales.ts) must pass; a file still being
 * written fails here until it is complete.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractContentTexts } from '../../../src/i18n/content-texts.js';
import { BUILT_IN_CONTENT } from '../../../src/i18n/built-in-content.js';
import { EN_UI } from '../../../src/i18n/ui/en.js';
import { EN_UI_3D } from '../../../src/i18n/ui/en-3d.js';
import { EN_UI_HANDOUT } from '../../../src/i18n/ui/en-handout.js';
import { EN_UI_DEPTH } from '../../../src/i18n/ui/en-depth.js';
import { LOCALE_LOADERS } from '../../../src/i18n/locales.js';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.js';
import { CUN_SPANS } from '../../../src/catalogue/spans.js';

const ENGLISH_CONTENT = extractContentTexts(BUILT_IN_CONTENT);
/** The parts of the English interface strings: the first stage's, the 3D stage's, the handout's. */
const ENGLISH_PARTS: Record<string, Record<string, string>> = { 'en.ts': EN_UI, 'en-3d.ts': EN_UI_3D, 'en-handout.ts': EN_UI_HANDOUT, 'en-depth.ts': EN_UI_DEPTH };
/** Every English interface string. */
const ENGLISH_UI: Record<string, string> = Object.assign({}, ...Object.values(ENGLISH_PARTS));
const dir = (name: string) => fileURLToPath(new URL(`../../../src/i18n/${name}/`, import.meta.url));
const languagesIn = (name: string) =>
  readdirSync(dir(name))
    .filter((file) => file.endsWith('.ts') && !Object.hasOwn(ENGLISH_PARTS, file))
    .map((file) => file.slice(0, -3));

/** The placeholders of a message, sorted, each once: "{count} of {total}" -> ["count", "total"]. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][\w-]*)\}/g)].map((match) => match[1]))].sort();
}

/** What is wrong with `translation` against `english`, one line each. */
function problems(english: Record<string, string>, translation: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    if (!Object.hasOwn(translation, key)) {
      found.push(`${key}: missing`);
      continue;
    }
    const text = translation[key];
    if (typeof text !== 'string' || !text.trim()) {
      found.push(`${key}: empty`);
      continue;
    }
    const want = placeholders(source).join(' ');
    const have = placeholders(text).join(' ');
    if (want !== have) found.push(`${key}: placeholders {${have}} instead of {${want}}`);
  }
  for (const key of Object.keys(translation)) if (!Object.hasOwn(english, key)) found.push(`${key}: not an English key`);
  return found;
}

test('the shipped languages are the ones the widget knows, each with both files', () => {
  const shipped = Object.keys(LOCALE_LOADERS);
  for (const code of shipped) {
    assert.ok((LANGUAGE_CODES as readonly string[]).includes(code), code);
    assert.ok(languagesIn('ui').includes(code), `src/i18n/ui/${code}.ts`);
    assert.ok(languagesIn('content').includes(code), `src/i18n/content/${code}.ts`);
  }
});

for (const code of languagesIn('ui')) {
  test(`interface strings, ${code}: every key, nothing empty, placeholders intact`, async () => {
    const { default: ui } = await import(`../../../src/i18n/ui/${code}.js`);
    assert.deepEqual(problems(ENGLISH_UI, ui), []);
  });
}

for (const code of languagesIn('content')) {
  test(`built-in content, ${code}: every key, nothing empty, placeholders intact`, async () => {
    const { default: texts } = await import(`../../../src/i18n/content/${code}.js`);
    assert.deepEqual(problems(ENGLISH_CONTENT, texts), []);
  });
}

test('the English strings: plural pairs complete, a span word for every cun span, no empty text', () => {
  const keys = Object.keys(ENGLISH_UI);
  for (const key of keys) {
    assert.ok(ENGLISH_UI[key].trim() || key === 'leg.separator', `${key} is empty`);
    const plural = /^(.*)\.(one|other)$/.exec(key);
    if (plural) assert.ok(keys.includes(`${plural[1]}.one`) && keys.includes(`${plural[1]}.other`), `${plural[1]}: both .one and .other`);
  }
  for (const span of Object.keys(CUN_SPANS)) assert.ok(keys.includes(`span.${span}`), `span.${span}`);
});

test('the parts of the English strings share no key', () => {
  const keys = Object.values(ENGLISH_PARTS).flatMap((part) => Object.keys(part));
  assert.deepEqual(keys.filter((key, i) => keys.indexOf(key) !== i), []);
});

test('the checker itself sees each kind of fault', () => {
  const english = { a: 'Points ({count})', b: 'Close' };
  assert.deepEqual(problems(english, { a: 'Punkte ({count})', b: 'Schließen' }), []);
  assert.deepEqual(problems(english, { a: 'Punkte ({anzahl})', b: ' ', c: 'x' }), [
    'a: placeholders {anzahl} instead of {count}',
    'b: empty',
    'c: not an English key',
  ]);
  assert.deepEqual(problems(english, { b: 'Schließen' }), ['a: missing']);
});
