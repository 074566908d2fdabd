// The element's markup is html`...` template literals (Lit); minifiers leave their insides
// alone, so the indentation of every template reached the built files. This drops the
// indentation after each line break, at build time (about 0.3 KB of the gzipped first
// stage). A line break alone renders as the run did: the widget's text is laid out with
// `white-space: normal` (or nowrap) everywhere a template puts a line break; the one
// `pre-line` element (.notice-detail) holds only a value, which this never touches. The
// line breaks stay, so the source maps still point at the right lines.
import { parseAst } from 'vite';

/** Whitespace runs with a line break, in the static text of a template, to their line breaks alone. */
export function compactHtml(text) {
  return text.replace(/[ \t]*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
}

/** The [start, end) ranges of the static text of every html`...` literal in `code`. */
function htmlTemplateTexts(code) {
  const ranges = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
      for (const quasi of node.quasi.quasis) {
        // A quasi's range includes its delimiters: ` or } before, ${ or ` after.
        const start = quasi.start + 1;
        const end = start + quasi.value.raw.length;
        if (code.slice(start, end) === quasi.value.raw) ranges.push([start, end]);
      }
    }
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key]);
  };
  visit(parseAst(code, { lang: 'ts' }));
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Vite plugin: compacts every html`...` literal in the project's own src/ modules. */
export function htmlCompact() {
  return {
    name: 'acupoint-map:html-compact',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /node_modules/.test(id) || !code.includes('html`')) return null;
      let out = '';
      let at = 0;
      for (const [start, end] of htmlTemplateTexts(code)) {
        out += code.slice(at, start) + compactHtml(code.slice(start, end));
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
