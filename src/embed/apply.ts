/**
 * Puts embed settings on an `<acupoint-map>` through its public attributes, custom
 * properties and `cta` slot only. Idempotent: what a setting no longer names is removed, so
 * the builder can apply settings again and again to its live preview.
 */
import { parseRgb, textOn } from './colour.js';
import { SWITCHES, type EmbedSettings } from './settings.js';

/** The attributes the embed manages; others (loading, src) are left as the page wrote them. */
const MANAGED = ['mode', 'view', 'protocol', 'plan', 'selected', 'lang', ...SWITCHES];

const CTA_MARK = 'data-embed-cta';

/** `rgb(...)` of any CSS colour, as the browser resolves it. */
function resolveColour(colour: string, within: Element): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', colour);
  probe.hidden = true;
  within.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}

export function applyEmbedSettings(element: HTMLElement, settings: EmbedSettings): void {
  for (const name of MANAGED) {
    const value = settings.attributes[name];
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  if (settings.accent) {
    element.style.setProperty('--acupoint-accent', settings.accent);
    const rgb = parseRgb(settings.accent) ?? parseRgb(resolveColour(settings.accent, element.parentElement ?? document.body));
    if (rgb) element.style.setProperty('--acupoint-accent-contrast', textOn(rgb));
  } else {
    element.style.removeProperty('--acupoint-accent');
    element.style.removeProperty('--acupoint-accent-contrast');
  }
  if (settings.skin) element.style.setProperty('--acupoint-skin', settings.skin);
  else element.style.removeProperty('--acupoint-skin');

  element.querySelector(`:scope > [${CTA_MARK}]`)?.remove();
  if (settings.cta) {
    const link = document.createElement('a');
    link.setAttribute(CTA_MARK, '');
    link.slot = 'cta';
    link.href = settings.cta.url;
    // In a frame, the clinic's booking page replaces the clinic's page, not the frame; or,
    // where the site builder's sandbox blocks that, opens in a new tab.
    link.target = settings.cta.newTab ? '_blank' : '_top';
    link.rel = 'noopener';
    link.textContent = settings.cta.label;
    element.append(link);
  }
}
