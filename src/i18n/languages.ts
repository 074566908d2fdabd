/**
 * Which of the widget's languages a `lang` tag asks for. Pure (no DOM): the resolution is
 * unit-tested in Node; the element walks its ancestors for the tag (language-controller.ts).
 */

/** Every language the widget can speak; English is built in, the others are chunks. */
export const LANGUAGE_CODES = ['en', 'zh-Hans', 'zh-Hant', 'es', 'de'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** Chinese tags that mean Traditional characters without saying so: Taiwan, Hong Kong, Macau. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The widget language for a BCP 47 tag: "de-AT" -> "de", "zh-TW" / "zh-HK" / "zh-Hant-*" ->
 * "zh-Hant", "zh" / "zh-CN" / "zh-SG" -> "zh-Hans", "es-MX" -> "es"; a language the widget
 * does not speak (or one `available` leaves out) -> "en", quietly.
 */
export function languageForTag(tag: string, available: ReadonlySet<LanguageCode> = new Set(LANGUAGE_CODES)): LanguageCode {
  const [primary = '', ...rest] = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  let code: LanguageCode = 'en';
  if (primary === 'zh' || primary === 'cmn' || primary === 'yue') {
    const script = rest.find((part) => part.length === 4);
    const traditional = script ? script === 'hant' : primary === 'yue' || rest.some((part) => TRADITIONAL_REGIONS.has(part));
    code = traditional ? 'zh-Hant' : 'zh-Hans';
  } else if (primary === 'de' || primary === 'es') {
    code = primary;
  }
  return available.has(code) ? code : 'en';
}
