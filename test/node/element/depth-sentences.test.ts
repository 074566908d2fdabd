/**
 * The depth view's sentence about the structure at risk, joined in each language's own
 * punctuation: the measured distances with "; " (Chinese "；"), the sentences with a space
 * (Chinese none: its "。" is full width).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { depthAtRisk, type PointDepth } from '../../../src/catalogue/depth.js';
import type { SectionRisk } from '../../../src/geometry/depth-section.js';
import { riskSentence } from '../../../src/element/depth-view.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { ENGLISH } from '../support/english.js';
import de from '../../../src/i18n/ui/de.js';
import zhHans from '../../../src/i18n/ui/zh-Hans.js';
import zhHant from '../../../src/i18n/ui/zh-Hant.js';
import zhHansContent from '../../../src/i18n/content/zh-Hans.js';
import zhHantContent from '../../../src/i18n/content/zh-Hant.js';

const atRisk = depthAtRisk('BL23')!;
const depth: PointDepth = { cun: [1, 1.5], metres: [0.03, 0.045], cunLength: 0.03, span: 'back', angle: 90, atRisk };
/** Two structures measured on the model: the kidney on the needle line, a vertebra beside it. */
const risks: SectionRisk[] = [
  { wanted: 'kidney', name: 'kidney-left', group: 'organs', depth: 0.061, off: 0 },
  { wanted: 'vertebra-', name: 'vertebra-L2', group: 'bones', depth: 0.07, off: 0.012 },
];

test('English and German join the measured distances with "; " and the sentences with a space', () => {
  const english = riskSentence(depth, risks, ENGLISH)!;
  assert.match(english, /kidney 6\.1 cm deep; vertebra L2 7\.1 cm away/);
  assert.match(english, /population value\)\. Published: typically/);
  const german = riskSentence(depth, risks, createTranslator('de', de))!;
  assert.match(german, /6,1 cm Tiefe; Wirbel L2/);
  assert.match(german, /\. \S/);
});

for (const [lang, ui, content] of [['zh-Hans', zhHans, zhHansContent], ['zh-Hant', zhHant, zhHantContent]] as const) {
  test(`${lang} joins them with "；" and no space between sentences`, () => {
    const tr = createTranslator(lang, ui);
    const zhRisk = { ...atRisk, structure: content['depth.BL23.structure'], published: { ...atRisk.published!, text: content['depth.BL23.published'] } };
    const sentence = riskSentence(depth, risks, tr, zhRisk)!;
    assert.doesNotMatch(sentence, /; /, sentence);
    assert.match(sentence, /深[处處]；/, sentence);
    // The sentences follow each other straight after "。" (an ASCII space there reads as a gap).
    assert.doesNotMatch(sentence, /[。）] /, sentence);
    assert.match(sentence, /）。文[献獻]数值|）。文獻數值/, sentence);
  });
}
