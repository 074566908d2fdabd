import type { AcuPoint } from '../catalogue/types.js';
import type { Translator } from '../i18n/translator.js';

/** Pinyin without tone marks ("Shènshū" -> "Shenshu"), as screen readers and search want it. */
export function plainPinyin(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A point's hanzi for the widget's language: Chinese readers get their own script (simplified
 * or traditional), others both when they differ. Each with its `lang`, so the right glyph
 * forms are chosen.
 */
export function hanziFor(hanzi: { traditional: string; simplified: string }, lang: string): { text: string; lang: string }[] {
  if (lang === 'zh-Hans') return [{ text: hanzi.simplified, lang }];
  if (lang === 'zh-Hant' || hanzi.traditional === hanzi.simplified) return [{ text: hanzi.traditional, lang: 'zh-Hant' }];
  return [{ text: hanzi.traditional, lang: 'zh-Hant' }, { text: hanzi.simplified, lang: 'zh-Hans' }];
}

/** "BL23 Shenshu": the name every marker, list entry and heading starts with. */
export function pointTitle(point: AcuPoint): string {
  return `${point.code} ${plainPinyin(point.pinyin)}`;
}

/**
 * A point named in a sentence, a link or what a screen reader says (a marker, the quiz's
 * prompt, a protocol's points): "BL23 Shenshu", and for a Chinese reader the name they know
 * in their own script, "BL23 肾俞" (zh-Hans) or "BL23 腎俞" (zh-Hant), not pinyin.
 */
export function spokenTitle(point: AcuPoint, tr: Translator): string {
  if (!tr.lang.startsWith('zh')) return pointTitle(point);
  return `${point.code} ${hanziFor(point.hanzi, tr.lang)[0].text}`;
}
