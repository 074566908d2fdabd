// The element's styles are css`...` template literals; minifiers leave their insides alone.
// This strips the comments and indentation at build time (about 1 KB of the gzipped bundle).
// The styles have no `${}` interpolations and no strings where spacing matters.

/**
 * Comments out, whitespace runs to one space, none beside { } ; or after : and ,; no ; before
 * a }; 0.5 as .5.
 */
export function compactCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/([:,]) /g, '$1')
    .replace(/;}/g, '}')
    .replace(/(?<![\w.#-])0\.(\d)/g, '.$1')
    .trim();
}

/** Vite plugin: compacts every css`...` literal in the project's own src/ modules. */
export function cssCompact() {
  return {
    name: 'acupoint-map:css-compact',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /node_modules/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_, body) => `css\`${compactCss(body)}\``), map: null };
    },
  };
}
