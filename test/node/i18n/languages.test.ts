/** Which widget language a `lang` tag asks for (the element walks its ancestors for the tag). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageForTag, type LanguageCode } from '../../../src/i18n/languages.js';
import { addEnglish, createTranslator, ENGLISH } from '../../../src/i18n/translator.js';
import { EN_UI } from '../../../src/i18n/ui/en.js';
import { EN_UI_3D } from '../../../src/i18n/ui/en-3d.js';
import { EN_UI_HANDOUT } from '../../../src/i18n/ui/en-handout.js';
import { EN_UI_DEPTH } from '../../../src/i18n/ui/en-depth.js';

test('regional and script tags fall back to the widget language', () => {
  const cases: [string, LanguageCode][] = [
    ['en', 'en'], ['en-GB', 'en'], ['de', 'de'], ['de-AT', 'de'], ['DE-ch', 'de'], ['es', 'es'], ['es-MX', 'es'], ['es-419', 'es'],
    ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-MO', 'zh-Hant'], ['zh-Hant', 'zh-Hant'], ['zh-Hant-CN', 'zh-Hant'], ['zh_TW', 'zh-Hant'],
  ];
  for (const [tag, code] of cases) assert.equal(languageForTag(tag), code, tag);
});

test('an unknown or empty language is English, quietly', () => {
  for (const tag of ['fr', 'ja', 'x-klingon', '', '  ', 'deutsch', 'e']) assert.equal(languageForTag(tag), 'en', tag);
});

test('a language the widget does not ship (yet) is English', () => {
  assert.equal(languageForTag('de-AT', new Set<LanguageCode>(['en', 'es'])), 'en');
  assert.equal(languageForTag('es', new Set<LanguageCode>(['en', 'es'])), 'es');
});

test('the translator fills placeholders, formats numbers for the language and picks plural forms', () => {
  assert.equal(ENGLISH.t('toolbar.points', { count: 38 }), 'Points (38)');
  assert.equal(ENGLISH.plural('bar.planCount', 1), 'Plan: 1 point');
  assert.equal(ENGLISH.plural('bar.planCount', 3), 'Plan: 3 points');
  const german = createTranslator('de', { ...EN_UI, ...EN_UI_3D, ...EN_UI_HANDOUT, ...EN_UI_DEPTH, 'cun.single': '{cun} Cun', 'bar.planCount.one': 'Plan: {count} Punkt', 'bar.planCount.other': 'Plan: {count} Punkte' });
  assert.equal(german.t('cun.single', { cun: 1.5 }), '1,5 Cun');
  assert.equal(german.plural('bar.planCount', 2), 'Plan: 2 Punkte');
  assert.equal(german.and(['1', '3', '4']), '1, 3 und 4');
  // A missing message shows the English one rather than nothing.
  const partial = createTranslator('es', { ...EN_UI, ...EN_UI_3D, ...EN_UI_HANDOUT, ...EN_UI_DEPTH, 'toolbar.anatomy': '' });
  assert.equal(partial.t('toolbar.anatomy'), 'Anatomy');
  assert.equal(ENGLISH.t('panel.close', { name: '{name}' }), 'Close {name}', 'a value is inserted as it is, never read as a placeholder');
});

test('the 3D stage\'s English words join every translator when that stage arrives (addEnglish)', () => {
  // A translation that lacks a 3D-stage message falls back to English like any other.
  const partial = createTranslator('es', { ...EN_UI, ...EN_UI_3D, ...EN_UI_HANDOUT, ...EN_UI_DEPTH, 'quiz.skip': '' });
  // Before: the first stage never shows these; were one asked for, its key, not an error.
  assert.equal(ENGLISH.t('quiz.skip'), 'quiz.skip');
  assert.equal(ENGLISH.has('landmark.psis'), false);
  addEnglish(EN_UI_3D);
  assert.equal(ENGLISH.t('quiz.skip'), 'Skip and show me');
  assert.equal(partial.t('quiz.skip'), 'Skip and show me');
  assert.equal(ENGLISH.has('landmark.psis'), true);
  assert.equal(ENGLISH.t('toolbar.points', { count: 3 }), 'Points (3)', 'the first stage\'s words are still there');
});
