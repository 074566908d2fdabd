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
}

/**
 * The English messages known so far: the first stage's (src/i18n/ui/en.ts), joined by a
 * later chunk's own when it arrives (en-3d.ts with the 3D stage, see load3dStage;
 * en-handout.ts with the handout, see ModeController). Every translator falls back to these.
 */
const english: Partial<UiMessages> = { ...EN_UI };

/** Add English messages that came with a later chunk; the translators see them at once. */
export function addEnglish(messages: Partial<UiMessages>): void {
  Object.assign(english, messages);
}

const PLACEHOLDER = /\{([A-Za-z][\w-]*)\}/g;

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
  // A missing or empty translation shows the English text rather than nothing (and a key
  // whose English has not arrived yet, its key: never an error).
  const message = (key: UiKey): string => messages[key] || english[key] || key;
  return {
    lang,
    texts,
    t: (key, params) => fill(message(key), params),
    has: (key): key is UiKey => Object.hasOwn(english, key),
    plural(base, count, params) {
      const form = plurals.select(count) === 'one' ? 'one' : 'other';
      return fill(message(`${base}.${form}` as UiKey), { count, ...params });
    },
    number,
    list: (items) => items.join(message('list.separator')),
    and: (items) => conjunction.format(items),
  };
}

/** English: in the first stage, and the language every other one falls back to. */
export const ENGLISH: Translator = createTranslator('en', english as UiMessages);
