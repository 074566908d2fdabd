/**
 * What making a translator costs: the first stage makes English while it is evaluated, so
 * nothing slow may run then. Constructing an Intl.ListFormat loads locale data (70 to
 * 230 ms in Chromium here) and only plan clusters use it: it waits for the first `and`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator } from '../../../src/i18n/translator.js';
import { EN_UI } from '../../../src/i18n/ui/en.js';

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
    const tr = createTranslator('de', EN_UI);
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
