/**
 * The two snippets the embed builder hands a clinic: the script tag with the element (and
 * the CSS that reserves its box before the script runs, so nothing below it jumps), or an
 * iframe of dist/embed.html for sites that take no script. Pure: Node tests them.
 */
import { parseRgb, textOn } from './colour.js';
import { PARAMETERS, SWITCHES, safeLinkUrl, type Switch } from './settings.js';

export interface EmbedChoice {
  mode: 'patient' | 'practitioner' | 'student';
  protocol: string;
  /** Point codes separated by spaces. */
  plan: string;
  point: string;
  view: 'back' | 'front' | 'left' | 'right';
  /** A language tag, or '' for the page's own. */
  lang: string;
  switches: Partial<Record<Switch, boolean>>;
  /** `#rrggbb`, or '' for the default. */
  accent: string;
  skin: string;
  ctaLabel: string;
  ctaUrl: string;
  /** Open the booking page in a new tab rather than in place of the page. */
  ctaNewTab: boolean;
  /** Height of the box in CSS pixels. */
  height: number;
  /** Where the clinic's copy of dist/ is served, ending in "/" (e.g. "https://cdn.example.org/acupoint-map/"). */
  base: string;
}

export const DEFAULT_CHOICE: EmbedChoice = {
  mode: 'patient',
  protocol: '',
  plan: '',
  point: '',
  view: 'back',
  lang: '',
  switches: {},
  accent: '',
  skin: '',
  ctaLabel: '',
  ctaUrl: '',
  ctaNewTab: false,
  height: 600,
  base: '/acupoint-map/',
};

const TITLE = 'Acupuncture points for low back pain: interactive 3D map';

/** Text for an HTML attribute value in double quotes, or for element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** `base` with exactly one trailing slash ('' stays '' : the files beside the page). */
function folder(base: string): string {
  const trimmed = base.trim();
  return trimmed === '' ? '' : trimmed.replace(/\/*$/, '/');
}

/** The settings that differ from the defaults, as [parameter, value] in PARAMETERS order. */
export function choiceParameters(choice: EmbedChoice): [string, string][] {
  const values: Record<string, string> = {};
  if (choice.mode !== 'patient') values.mode = choice.mode;
  if (choice.protocol) values.protocol = choice.protocol;
  if (choice.plan.trim()) values.plan = choice.plan.trim().split(/\s+/).join(' ');
  if (choice.point) values.point = choice.point;
  if (choice.view !== 'back') values.view = choice.view;
  if (choice.lang) values.lang = choice.lang;
  for (const [name, on] of Object.entries(choice.switches)) if (on) values[name] = '1';
  if (choice.accent) values.accent = choice.accent.replace(/^#/, '');
  if (choice.skin) values.skin = choice.skin.replace(/^#/, '');
  const ctaUrl = safeLinkUrl(choice.ctaUrl);
  if (ctaUrl) {
    if (choice.ctaLabel.trim()) values.cta = choice.ctaLabel.trim();
    values['cta-url'] = ctaUrl;
    if (choice.ctaNewTab) values['cta-target'] = 'new';
  }
  return PARAMETERS.filter((name) => values[name] !== undefined).map((name) => [name, values[name]]);
}

/** The address of the embed page for these settings. */
export function embedUrl(choice: EmbedChoice): string {
  const query = new URLSearchParams(choiceParameters(choice)).toString();
  return `${folder(choice.base)}embed.html${query ? `?${query}` : ''}`;
}

/** An iframe of dist/embed.html: for Wix, Squarespace, WordPress.com and any site that takes no script. */
export function iframeSnippet(choice: EmbedChoice): string {
  const style = `display:block;width:100%;max-width:960px;height:${choice.height}px;margin:0 auto;border:0`;
  return `<iframe src="${escapeHtml(embedUrl(choice))}" title="${TITLE}" loading="lazy" style="${style}"></iframe>`;
}

/** The element's attributes for these settings (the same rules as the embed page). */
function elementAttributes(choice: EmbedChoice): string {
  const parts: string[] = [];
  for (const [name, value] of choiceParameters(choice)) {
    if (name === 'accent' || name === 'skin' || name.startsWith('cta')) continue;
    const attribute = name === 'point' ? 'selected' : name;
    parts.push((SWITCHES as readonly string[]).includes(name) ? attribute : `${attribute}="${escapeHtml(value)}"`);
  }
  const style: string[] = [];
  const accent = parseRgb(choice.accent);
  if (accent) style.push(`--acupoint-accent: ${choice.accent}`, `--acupoint-accent-contrast: ${textOn(accent)}`);
  if (parseRgb(choice.skin)) style.push(`--acupoint-skin: ${choice.skin}`);
  if (style.length) parts.push(`style="${escapeHtml(style.join('; '))}"`);
  return parts.map((part) => ` ${part}`).join('');
}

/** The script tag, the element, and the CSS that reserves its box before the script runs. */
export function scriptSnippet(choice: EmbedChoice): string {
  const ctaUrl = safeLinkUrl(choice.ctaUrl);
  const cta = ctaUrl
    ? `\n  <a slot="cta" href="${escapeHtml(ctaUrl)}"${choice.ctaNewTab ? ' target="_blank" rel="noopener"' : ''}>${escapeHtml(choice.ctaLabel.trim() || 'Book an appointment')}</a>\n`
    : '';
  return [
    `<style>acupoint-map { display: block; height: ${choice.height}px; max-width: 960px; margin: 0 auto; }</style>`,
    `<script type="module" src="${escapeHtml(folder(choice.base))}acupoint-map.bundle.js"></script>`,
    `<acupoint-map${elementAttributes(choice)}>${cta}</acupoint-map>`,
  ].join('\n');
}
