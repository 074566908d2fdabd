/**
 * What making a translator costs: the first stage makes English while it is evaluated, so
 * nothing slow may run then. Constructing an Intl.ListFormat loads locale data (70 to
 * 230 ms in Chromium here) and only plan clusters use it: it waits for the first `and`.
 * The first Intl.NumberFormat loads locale data too: whole numbers (the toolbar's counts)
 * need none, and neither does a whole count's plural form (Intl.PluralRules loads data on
 * its first select).
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

type Counted = 'ListFormat' | 'NumberFormat' | 'PluralRules';

/**
 * Count the constructions of `Intl[name]` until `restore()`; `Original` is the real one (a
 * test compares with it without being counted).
 */
function countMade<N extends Counted>(name: N): { Original: (typeof Intl)[N]; made: () => number; restore: () => void } {
  const intl = Intl as unknown as Record<Counted, unknown>;
  const Original = Intl[name];
  let made = 0;
  intl[name] = new Proxy(Original, {
    construct(target, args) {
      made++;
      return Reflect.construct(target as never, args);
    },
  });
  return { Original, made: () => made, restore: () => (intl[name] = Original) };
}

test('the widget\'s languages join lists with "and" without an Intl.ListFormat, as Intl joins them', () => {
  const { Original, made, restore } = countMade('ListFormat');
  // The toolbar's "More" groups in each language, plan numbers, and words that test the edges.
  const words = ['1', '3', '4', '11', 'views', 'Anatomie', 'evidencia', 'anatomía', '视图', '證據', 'A', 'B, C'];
  try {
    for (const lang of LANGUAGE_CODES) {
      const tr = createTranslator(lang, ALL_ENGLISH);
      const groups = (['views', 'anatomy', 'evidence'] as const).map((group) => tr.t(`toolbar.more.${group}`));
      const rules = new Original(lang, { type: 'conjunction' });
      for (const list of [groups, groups.slice(0, 2), groups.slice(1), groups.slice(2), words, words.slice(0, 2), words.slice(3, 7), [], ['x']]) {
        assert.equal(tr.and(list), rules.format(list), `${lang} ${list.join('|')}`);
      }
    }
    assert.equal(made(), 0, 'no ListFormat made for the widget\'s languages');
    // Spanish "y" becomes "e" before an "i" sound: Intl decides those.
    const es = createTranslator('es', ALL_ENGLISH);
    assert.equal(es.and(['agua', 'isla']), 'agua e isla');
    assert.equal(es.and(['agua', 'hielo']), 'agua y hielo');
    assert.equal(made(), 1, 'one ListFormat for the Spanish words Intl decides, kept');
    assert.equal(createTranslator('fr', ALL_ENGLISH).and(['a', 'b']), 'a et b');
    assert.equal(made(), 2, 'a language the widget does not know asks Intl');
  } finally {
    restore();
  }
});

test('whole numbers are written without an Intl.NumberFormat, as Intl writes them in every language', () => {
  const { Original, made, restore } = countMade('NumberFormat');
  const whole = [0, 1, 7, 38, 83, 1000, 12345, 4000000, -3];
  try {
    for (const lang of LANGUAGE_CODES) {
      const tr = createTranslator(lang, ALL_ENGLISH);
      for (const value of whole) {
        assert.equal(tr.number(value), new Original(lang, { maximumFractionDigits: 2, useGrouping: false }).format(value), `${lang} ${value}`);
      }
      assert.match(tr.t('toolbar.points', { count: 38 }), /38/);
    }
    assert.equal(made(), 0, 'no NumberFormat made for whole numbers');
    assert.equal(createTranslator('de', ALL_ENGLISH).number(1.5), '1,5');
    assert.equal(made(), 1);
  } finally {
    restore();
  }
});

test('whole counts choose their plural form without an Intl.PluralRules, as Intl chooses it in every language', () => {
  const { Original, made, restore } = countMade('PluralRules');
  const english = createTranslator('en', ALL_ENGLISH);
  const counts = [...Array.from({ length: 2001 }, (_, i) => i), 1_000_000, 2_000_001, 21, 101];
  try {
    for (const lang of LANGUAGE_CODES) {
      const tr = createTranslator(lang, { ...ALL_ENGLISH, 'bar.planCount.one': 'ONE {count}', 'bar.planCount.other': 'OTHER {count}' });
      const rules = new Original(lang);
      for (const count of counts) {
        const expected = rules.select(count) === 'one' ? 'ONE' : 'OTHER';
        assert.equal(tr.plural('bar.planCount', count).split(' ')[0], expected, `${lang} ${count}`);
      }
    }
    assert.equal(made(), 0, 'no PluralRules made for whole counts');
    assert.match(english.plural('bar.planCount', 1.5), /\S/);
    assert.equal(made(), 1, 'a fraction asks Intl');
  } finally {
    restore();
  }
});
