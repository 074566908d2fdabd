/**
 * The widget's keys in the page address's fragment: `#acupoint=BL23` (a point) and
 * `#acupoint-plan=BL23+BL25+BL40` (a plan). The fragment is read as `key=value&key=value`,
 * and keys that are not ours are kept as they are, so the widget can share the fragment
 * with a page that uses it for something else.
 */
export const POINT_KEY = 'acupoint';
export const PLAN_KEY = 'acupoint-plan';

/** The value of `key` in the fragment of `href` (or of a bare `#...` hash), or null. */
export function readAddressParam(href: string, key: string): string | null {
  const hash = href.includes('#') ? href.slice(href.indexOf('#') + 1) : '';
  if (!hash.includes('=')) return null;
  return new URLSearchParams(hash).get(key);
}

/**
 * `href` with `key` in its fragment set to `value`, or removed when `value` is null.
 * Other fragment parameters keep their order; an empty fragment leaves no trailing `#`.
 */
export function withAddressParam(href: string, key: string, value: string | null): string {
  const cut = href.indexOf('#');
  const base = cut < 0 ? href : href.slice(0, cut);
  const hash = cut < 0 ? '' : href.slice(cut + 1);
  // A fragment that is not key=value pairs (an anchor, "#top") belongs to the page: keep it
  // in front of ours only if we have something to add.
  const params = new URLSearchParams(hash.includes('=') ? hash : '');
  const anchor = hash && !hash.includes('=') ? hash : '';
  if (value === null) params.delete(key);
  else params.set(key, value);
  const ours = params.toString();
  if (anchor) return value === null ? `${base}#${anchor}` : `${base}#${ours}`;
  return ours ? `${base}#${ours}` : base;
}
