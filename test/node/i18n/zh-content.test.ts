/**
 * The Chinese translations of the built-in content keep what must not change: every code,
 * number and year of the English text (a translation that drops "1.5" from a depth or
 * "BL67" from the pregnancy list has changed the medical meaning), and each stays in its
 * own script: no Simplified characters in zh-Hant, no Traditional ones in zh-Hans.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractContentTexts, type ContentTexts } from '../../../src/i18n/content-texts.js';
import { BUILT_IN_CONTENT } from '../../../src/i18n/built-in-content.js';
import zhHans from '../../../src/i18n/content/zh-Hans.js';
import zhHant from '../../../src/i18n/content/zh-Hant.js';

const ENGLISH = extractContentTexts(BUILT_IN_CONTENT);

/** Point codes (BL23, EX-UE7, GV2), standard numbers (12346) and every number (1.5, 823, 10,000, 9.3). */
const KEPT = /\b(?:[A-Z]{2,3}-?[A-Z]{0,2}\d+|\d+(?:[.,]\d+)*)\b/g;

/**
 * Frequent characters that differ between the scripts (针/針, 经/經, 肾/腎 …), pair by pair, so a
 * half-converted sentence is caught.
 */
const SIMPLIFIED = '针经络肾门阳关气脉颈胫髌为这个们说时处与后应从对该间见点线侧传统证据试验';
const TRADITIONAL = '針經絡腎門陽關氣脈頸脛髕為這個們說時處與後應從對該間見點線側傳統證據試驗';

function keptTokensMissing(translation: ContentTexts): string[] {
  const missing: string[] = [];
  for (const [key, english] of Object.entries(ENGLISH)) {
    const text = translation[key] ?? '';
    for (const token of new Set(english.match(KEPT) ?? [])) {
      if (!text.includes(token)) missing.push(`${key}: ${token}`);
    }
  }
  return missing;
}

function charactersOf(translation: ContentTexts, characters: string): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(translation)) {
    const wrong = [...text].filter((char) => characters.includes(char));
    if (wrong.length > 0) found.push(`${key}: ${[...new Set(wrong)].join('')}`);
  }
  return found;
}

for (const [lang, translation] of [['zh-Hans', zhHans], ['zh-Hant', zhHant]] as const) {
  test(`${lang} translates every built-in text and no key the English lacks`, () => {
    assert.deepEqual(Object.keys(ENGLISH).filter((key) => !translation[key]?.trim()), []);
    assert.deepEqual(Object.keys(translation).filter((key) => !Object.hasOwn(ENGLISH, key)), []);
  });

  test(`${lang} keeps every code, number and year of the English text`, () => {
    assert.deepEqual(keptTokensMissing(translation), []);
  });
}

test('the pair tables of the script check line up character by character', () => {
  assert.equal([...SIMPLIFIED].length, [...TRADITIONAL].length);
  // Each pair differs, except characters written the same in both scripts, which must not be listed.
  [...SIMPLIFIED].forEach((char, i) => assert.notEqual(char, [...TRADITIONAL][i]));
});

test('zh-Hans is written in Simplified characters, zh-Hant in Traditional ones', () => {
  assert.deepEqual(charactersOf(zhHans, TRADITIONAL), []);
  assert.deepEqual(charactersOf(zhHant, SIMPLIFIED), []);
  // And each actually uses its script (the check above passes vacuously on an English copy).
  assert.ok(charactersOf(zhHans, SIMPLIFIED).length > 300);
  assert.ok(charactersOf(zhHant, TRADITIONAL).length > 300);
});

test('zh-Hans quotes with “”, zh-Hant with 「」 as Taiwan does', () => {
  assert.deepEqual(Object.entries(zhHans).filter(([, text]) => /[「」]/.test(text)).map(([key]) => key), []);
  assert.deepEqual(Object.entries(zhHant).filter(([, text]) => /[“”]/.test(text)).map(([key]) => key), []);
});
