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

/**
 * Whether CLDR's "one" form applies to a whole count ≥ 0 in `lang`, for the widget's
 * languages (a test holds each to Intl.PluralRules); undefined for any other language.
 * English, German and Spanish: exactly 1 (Spanish "many" for millions is shown as "other",
 * as the widget shows every form but "one"); Chinese: never.
 */
function integerPluralIsOne(lang: string, count: number): boolean | undefined {
  const primary = lang.split('-')[0];
  if (primary === 'zh') return false;
  if (primary === 'en' || primary === 'de' || primary === 'es') return count === 1;
  return undefined;
}

/**
 * How the widget's languages join a list with "and", as CLDR (Intl.ListFormat) does: the
 * separator, the word between two items, and before the last of more.
 */
const CONJUNCTIONS: Readonly<Record<string, readonly [comma: string, two: string, last: string]>> = {
  en: [', ', ' and ', ', and '],
  de: [', ', ' und ', ' und '],
  es: [', ', ' y ', ' y '],
  zh: ['、', '和', '和'],
};

/**
 * `items` joined with "and" in `lang` (a test holds it to Intl.ListFormat), or undefined
 * where only Intl knows: another language, or a Spanish last item that may start with an
 * "i" sound ("y" becomes "e" there).
 */
function joinAnd(lang: string, items: readonly string[]): string | undefined {
  const primary = lang.split('-')[0];
  const words = CONJUNCTIONS[primary];
  if (!words) return undefined;
  const [comma, two, lastWord] = words;
  if (items.length === 0) return '';
  const last = items[items.length - 1];
  if (primary === 'es' && /^[hiíyHIÍY]/.test(last)) return undefined;
  if (items.length === 1) return last;
  if (items.length === 2) return `${items[0]}${two}${last}`;
  return `${items.slice(0, -1).join(comma)}${lastWord}${last}`;
}

export function createTranslator(lang: string, messages: UiMessages, texts: Readonly<ContentTexts> = {}): Translator {
  const numberFormats = new Map<number, Intl.NumberFormat>();
  // Made on first use, like the formats below: its first select() loads locale data (30 to
  // 90 ms in Chromium here, inside the first render's toolbar counts). Counts are whole
  // numbers, and for those the widget's languages need no data (integerPluralIsOne).
  let plurals: Intl.PluralRules | null = null;
  // Made on first use, and only for a language joinAnd does not know: constructing an
  // Intl.ListFormat took 45 to 230 ms in Chromium here (its locale data), and the toolbar's
  // "More" label joins its groups in the first render.
  let conjunction: Intl.ListFormat | null = null;
  const number = (value: number, digits = 2): string => {
    // Whole numbers (counts) are written alike in every language the widget ships (Latin
    // digits, no grouping; a test holds each to Intl): no Intl.NumberFormat for them. The
    // first one made loads locale data, tens of ms inside the widget's first render.
    if (Number.isSafeInteger(value)) return String(value);
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
      const one = Number.isSafeInteger(count) && count >= 0 ? integerPluralIsOne(lang, count) : undefined;
      const form = (one ?? (plurals ??= new Intl.PluralRules(lang)).select(count) === 'one') ? 'one' : 'other';
      return fill(message(`${base}.${form}` as UiKey), { count, ...params });
    },
    number,
    list: (items) => items.join(message('list.separator')),
    and: (items) => joinAnd(lang, items) ?? (conjunction ??= new Intl.ListFormat(lang, { type: 'conjunction' })).format(items),
  };
}

/** English: in the first stage, and the language every other one falls back to. */
export const ENGLISH: Translator = createTranslator('en', english as UiMessages);
