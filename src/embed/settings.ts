/**
 * What the embed page reads from its address: `embed.html?mode=practitioner&protocol=...`.
 * Pure (no DOM), so Node tests every rule; src/embed/apply.ts puts the result on the element.
 *
 * Every bad value is dropped (the widget keeps its default) with a note the page shows, so a
 * typo in a clinic's iframe address never leaves an empty frame.
 */
import { normaliseHex } from './colour.js';

export const MODES = ['patient', 'practitioner', 'student'] as const;
export const VIEWS = ['back', 'front', 'left', 'right'] as const;
/** Boolean attributes of the element that make sense in a frame (deep-link does not: the frame's address is not the visitor's). */
export const SWITCHES = ['show-meridians', 'show-labels', 'auto-rotate'] as const;
export type Switch = (typeof SWITCHES)[number];

/** Every parameter the page understands, in the order the builder writes them. */
export const PARAMETERS = [
  'mode',
  'protocol',
  'plan',
  'point',
  'view',
  'lang',
  ...SWITCHES,
  'accent',
  'skin',
  'cta',
  'cta-url',
  'cta-target',
] as const;

export const DEFAULT_CTA_LABEL = 'Book an appointment';
const MAX_LABEL = 60;
const MAX_URL = 2000;

/** Parameters that hosts and link shorteners add; not the clinic's typo, so no note. */
const FOREIGN = /^(utm_\w+|fbclid|gclid|msclkid|mc_cid|mc_eid|_ga|ref)$/i;

/** What the widget offers, read from the element itself (its `protocols` and `points`). */
export interface Catalogue {
  protocols: readonly { id: string; name?: string }[];
  pointCodes: readonly string[];
}

export interface EmbedSettings {
  /** Attributes to set on the element ('' for a boolean that is on); absent ones keep their default. */
  attributes: Record<string, string>;
  /** Colours as `#rrggbb` or a CSS colour name. */
  accent: string | null;
  skin: string | null;
  /**
   * The call to action: a link that replaces the clinic's page (the top window, not the
   * frame), or opens a new tab where a site builder's sandbox forbids that (`cta-target=new`).
   */
  cta: { label: string; url: string; newTab: boolean } | null;
  /** Plain sentences for the visitor, one per bad parameter. */
  notes: string[];
}

/** "on" / "off" / null (not a switch value). An empty value, as in `?show-labels`, is on. */
function readSwitch(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['', '1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return null;
}

/** A value as the note quotes it: short, and only printable characters. */
function quote(value: string): string {
  const clean = [...value].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`;
}

/** A BCP 47 language tag in its usual shape ("en", "zh-Hans", "es-419", "pt-BR"). */
export function isLanguageTag(value: string): boolean {
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value);
}

/** An absolute http(s) address, or null: anything else (javascript:, data:, a relative path) is refused. */
export function safeLinkUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}

/**
 * A colour from the address: hex with or without `#`, or (when `isNamedColour` says so, in
 * the browser via CSS.supports) a CSS colour keyword such as "navy". Never a function such
 * as url() or var(): the value goes into a custom property the widget reads.
 */
export function readColour(value: string, isNamedColour: (name: string) => boolean = () => false): string | null {
  const hex = normaliseHex(value);
  if (hex) return hex;
  const name = value.trim().toLowerCase();
  return /^[a-z]{3,24}$/.test(name) && name !== 'transparent' && name !== 'currentcolor' && isNamedColour(name) ? name : null;
}

/** Point codes from "BL23 BL25", "bl23,bl25" or "BL23+BL25" (a + in a query is a space). */
function splitCodes(value: string): string[] {
  return value
    .split(/[\s,;+]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

/**
 * Reads the page's query string. `catalogue` is what the element offers (protocol ids and
 * point codes); `isNamedColour` checks colour keywords (CSS.supports in the page).
 */
export function readEmbedSettings(
  search: string | URLSearchParams,
  catalogue: Catalogue,
  isNamedColour?: (name: string) => boolean,
): EmbedSettings {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const settings: EmbedSettings = { attributes: {}, accent: null, skin: null, cta: null, notes: [] };
  const note = (text: string) => settings.notes.push(text);
  const get = (name: string) => params.get(name);

  for (const name of new Set(params.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(name) && !FOREIGN.test(name)) {
      note(`Unknown setting ${quote(name)} was ignored (known: ${PARAMETERS.join(', ')}).`);
    }
  }

  const mode = get('mode');
  if (mode !== null) {
    const m = mode.trim().toLowerCase();
    if ((MODES as readonly string[]).includes(m)) settings.attributes.mode = m;
    else note(`mode ${quote(mode)} is not one of ${MODES.join(', ')}; showing the patient view.`);
  }

  const view = get('view');
  if (view !== null) {
    const v = view.trim().toLowerCase();
    if ((VIEWS as readonly string[]).includes(v)) settings.attributes.view = v;
    else note(`view ${quote(view)} is not one of ${VIEWS.join(', ')}; showing the back.`);
  }

  const protocol = get('protocol');
  if (protocol !== null && protocol.trim() !== '') {
    const id = protocol.trim().toLowerCase();
    if (catalogue.protocols.some((p) => p.id === id)) settings.attributes.protocol = id;
    else note(`protocol ${quote(protocol)} is not known (known: ${catalogue.protocols.map((p) => p.id).join(', ')}).`);
  }

  const plan = get('plan');
  if (plan !== null && plan.trim() !== '') {
    const codes = [...new Set(splitCodes(plan))];
    const known = codes.filter((code) => catalogue.pointCodes.includes(code));
    const unknown = codes.filter((code) => !catalogue.pointCodes.includes(code));
    if (known.length) settings.attributes.plan = known.join(' ');
    if (unknown.length) note(`plan: ${unknown.map(quote).join(', ')} ${unknown.length === 1 ? 'is not a point' : 'are not points'} of this map and ${unknown.length === 1 ? 'was' : 'were'} left out.`);
  }

  const point = get('point');
  if (point !== null && point.trim() !== '') {
    const code = point.trim().toUpperCase();
    if (catalogue.pointCodes.includes(code)) settings.attributes.selected = code;
    else note(`point ${quote(point)} is not a point of this map; no point is opened.`);
  }

  const lang = get('lang');
  if (lang !== null && lang.trim() !== '') {
    if (isLanguageTag(lang.trim())) settings.attributes.lang = lang.trim();
    else note(`lang ${quote(lang)} is not a language tag such as "en" or "zh-Hans"; using the page's language.`);
  }

  for (const name of SWITCHES) {
    const value = get(name);
    if (value === null) continue;
    const on = readSwitch(value);
    if (on === true) settings.attributes[name] = '';
    else if (on === null) note(`${name} ${quote(value)} should be 1 or 0; left off.`);
  }

  for (const name of ['accent', 'skin'] as const) {
    const value = get(name);
    if (value === null || value.trim() === '') continue;
    const colour = readColour(value, isNamedColour);
    if (colour) settings[name] = colour;
    else note(`${name} ${quote(value)} is not a colour (use hex such as 2f5d8a); using the default.`);
  }

  const ctaUrl = get('cta-url');
  const ctaLabel = get('cta')?.trim() ?? '';
  const ctaTarget = get('cta-target')?.trim().toLowerCase() ?? 'top';
  if (ctaTarget !== 'top' && ctaTarget !== 'new') note(`cta-target ${quote(ctaTarget)} should be top or new; the button opens in the whole window.`);
  if (ctaUrl !== null && ctaUrl.trim() !== '') {
    const url = safeLinkUrl(ctaUrl);
    if (!url) note(`cta-url ${quote(ctaUrl)} is not a full http:// or https:// address; the booking button is left out.`);
    else {
      const label = [...ctaLabel].filter((c) => c >= ' ' && c !== '\u007f').join('');
      if (label.length > MAX_LABEL) note(`cta is longer than ${MAX_LABEL} characters; it was shortened.`);
      settings.cta = { label: label ? label.slice(0, MAX_LABEL).trim() : DEFAULT_CTA_LABEL, url, newTab: ctaTarget === 'new' };
    }
  } else if (ctaLabel) {
    note('cta is set but cta-url is missing; the booking button is left out.');
  }

  return settings;
}
