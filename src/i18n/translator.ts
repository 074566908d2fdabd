/**
 * Turns a language's messages into sentences: placeholders filled, numbers and lists in the
 * language's own format (Intl), the plural form chosen with Intl.PluralRules. Pure
 * TypeScript (no DOM): the catalogue's sentences (cun rulers) use it in Node too.
 */
import type { ContentTexts } from './content-texts.js';
import { EN_UI, type UiKey, type UiMessages } from './ui/en.js';

/** Values for `{name}` placeholders: numbers are formatted for the language. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Keys that come as `<base>.one` / `<base>.other`, by their base. */
export type PluralKey = UiKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

export interface Translator {
  /** The language's tag for Intl and the `lang` attribute: "en", "de", "zh-Hans". */
  readonly lang: string;
  /**
   * The built-in content's texts in this language (src/i18n/content/<lang>.ts), keyed as
   * content-texts.ts visits them; empty for English (the catalogue's own text).
   */
  readonly texts: Readonly<ContentTexts>;
  t(key: UiKey, params?: MessageParams): string;
  /** Whether `key` is an interface string (keys made from data: `landmark.${name}`). */
  has(key: string): key is UiKey;
  /** The `.one` or `.other` form of `base` for `count` (also passed as `{count}`). */
  plural(base: PluralKey, count: number, params?: MessageParams): string;
  /** 1.5 -> "1.5" (en) or "1,5" (de): at most `digits` decimals. */
  number(value: number, digits?: number): string;
  /** ["BL23", "BL40"] -> "BL23, BL40" ("BL23、BL40" in Chinese): codes and names in a row, no "and". */
  list(items: readonly string[]): string;
  /** ["1", "3", "4"] -> "1, 3 and 4" ("1, 3 und 4"): a list with the language's "and" (Intl.ListFormat). */
  and(items: readonly string[]): string;
  /** "Pregnancy" -> "Pregnancy: " ("妊娠：" in Chinese): a label, ready for its value. */
  label(text: string): string;
  /** ["BL23 Shenshu", "Kidney Shu"] -> "BL23 Shenshu, Kidney Shu" ("，" in Chinese): phrases of one sentence. */
  phrases(items: readonly string[]): string;
  /** Items that hold commas themselves, joined with "; " ("；" in Chinese). */
  clauses(items: readonly string[]): string;
  /** What goes between two sentences: a space, or nothing in Chinese (its "。" is full width). */
  readonly sentenceGap: string;
  /** Whole sentences in a row, with `sentenceGap` between them. */
  sentences(items: readonly string[]): string;
}

const PLACEHOLDER = /\{([A-Za-z][\w-]*)\}/g;

/**
 * Languages that put no space between sentences. Not a message: a translator's file cannot
 * hold an empty string (the translation check takes one for a forgotten text).
 */
const NO_SPACE_BETWEEN_SENTENCES = /^zh\b/;

export function createTranslator(lang: string, messages: UiMessages, texts: Readonly<ContentTexts> = {}): Translator {
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const plurals = new Intl.PluralRules(lang);
  const conjunction = new Intl.ListFormat(lang, { type: 'conjunction' });
  const number = (value: number, digits = 2): string => {
    let format = numberFormats.get(digits);
    if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, useGrouping: false })));
    return format.format(value);
  };
  const fill = (template: string, params?: MessageParams): string =>
    params
      ? template.replace(PLACEHOLDER, (whole, name: string) => {
          if (!Object.hasOwn(params, name)) return whole;
          const value = params[name];
          return typeof value === 'number' ? number(value) : value;
        })
      : template;
  // A missing or empty translation shows the English text rather than nothing.
  const message = (key: UiKey): string => messages[key] || EN_UI[key];
  const sentenceGap = NO_SPACE_BETWEEN_SENTENCES.test(lang) ? '' : ' ';
  return {
    lang,
    texts,
    t: (key, params) => fill(message(key), params),
    has: (key): key is UiKey => Object.hasOwn(EN_UI, key),
    plural(base, count, params) {
      const form = plurals.select(count) === 'one' ? 'one' : 'other';
      return fill(message(`${base}.${form}` as UiKey), { count, ...params });
    },
    number,
    list: (items) => items.join(message('list.separator')),
    and: (items) => conjunction.format(items),
    label: (text) => text + message('label.separator'),
    phrases: (items) => items.join(message('phrase.separator')),
    clauses: (items) => items.join(message('clause.separator')),
    sentenceGap,
    sentences: (items) => items.join(sentenceGap),
  };
}

/** English: in the first stage, and the language every other one falls back to. */
export const ENGLISH: Translator = createTranslator('en', EN_UI);
