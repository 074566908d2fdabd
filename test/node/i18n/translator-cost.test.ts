/**
 * What making a translator costs: the first stage makes English while it is evaluated, so
 * nothing slow may run then. Constructing an Intl.ListFormat loads locale data (70 to
 * 230 ms in Chromium here) and only plan clusters use it: it waits for the first `and`.
 * The first Intl.NumberFormat loads locale data too: whole numbers (the toolbar's counts)
 * need none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator } from '../../../src/i18n/translator.js';
import { EN_UI } from '../../../src/i18n/ui/en.js';
import { EN_UI_3D } from '../../../src/i18n/ui/en-3d.js';
import { EN_UI_HANDOUT } from '../../../src/i18n/ui/en-handout.js';
import { EN_UI_DEPTH } from '../../../src/i18n/ui/en-depth.js';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.js';

/** Every English string (the first stage's and the later chunks'). */
const ALL_ENGLISH = { ...EN_UI, ...EN_UI_3D, ...EN_UI_HANDOUT, ...EN_UI_DEPTH };

test('a translator constructs its Intl.ListFormat only when a list is joined with "and"', () => {
  const Original = Intl.ListFormat;
  const intl = Intl as { ListFormat: typeof Intl.ListFormat };
  let made = 0;
  intl.ListFormat = class extends Original {
    constructor(...args: ConstructorParameters<typeof Intl.ListFormat>) {
      super(...args);
      made++;
    }
  };
  try {
    const tr = createTranslator('de', ALL_ENGLISH);
    tr.t('toolbar.points', { count: 3 });
    tr.plural('bar.planCount', 2);
    assert.equal(made, 0);
    assert.equal(tr.and(['1', '3', '4']), '1, 3 und 4');
    assert.equal(tr.and(['1', '2']), '1 und 2');
    assert.equal(made, 1, 'one ListFormat, kept');
  } finally {
    intl.ListFormat = Original;
  }
});

test('whole numbers are written without an Intl.NumberFormat, as Intl writes them in every language', () => {
  const Original = Intl.NumberFormat;
  const intl = Intl as { NumberFormat: typeof Intl.NumberFormat };
  let made = 0;
  intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
    made++;
    return new Original(...args);
  } as unknown as typeof Intl.NumberFormat;
  const whole = [0, 1, 7, 38, 83, 1000, 12345, 4000000, -3];
  try {
    for (const lang of LANGUAGE_CODES) {
      const tr = createTranslator(lang, ALL_ENGLISH);
      for (const value of whole) {
        assert.equal(tr.number(value), new Original(lang, { maximumFractionDigits: 2, useGrouping: false }).format(value), `${lang} ${value}`);
      }
      assert.match(tr.t('toolbar.points', { count: 38 }), /38/);
    }
    assert.equal(made, 0, 'no NumberFormat made for whole numbers');
    assert.equal(createTranslator('de', ALL_ENGLISH).number(1.5), '1,5');
    assert.equal(made, 1);
  } finally {
    intl.NumberFormat = Original;
  }
});
