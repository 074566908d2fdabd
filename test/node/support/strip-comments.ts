/**
 * TypeScript/JavaScript source with its comments blanked out (strings, template literals
 * and regular expressions kept), so a scan for forbidden APIs ignores a comment that
 * explains why an API is not used, but still sees `el['innerHTML']`. Newlines are kept,
 * so line numbers still match the file.
 */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  /** Brace depth at which each open template literal's `${` started. */
  const templates: number[] = [];
  let depth = 0;
  /** Last significant code character: decides whether `/` starts a regex or divides. */
  let last = '';
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');

  const readQuoted = (quote: string): void => {
    const start = i++;
    while (i < source.length && source[i] !== quote && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
    i++;
    out += source.slice(start, i);
  };

  /** Template text from i up to the closing backtick or the next `${`. */
  const readTemplateText = (): void => {
    const start = i;
    while (i < source.length) {
      if (source[i] === '\\') i += 2;
      else if (source[i] === '`') {
        i++;
        out += source.slice(start, i);
        last = '`';
        return;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        i += 2;
        out += source.slice(start, i);
        templates.push(depth);
        depth++;
        last = '{';
        return;
      } else i++;
    }
    out += source.slice(start);
  };

  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'") {
      readQuoted(c);
      last = c;
    } else if (c === '`') {
      i++;
      out += '`';
      readTemplateText();
    } else if (c === '/' && (last === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(last) || /\b(return|typeof|case|in|of)$/.test(out.trimEnd()))) {
      // A regular expression literal: up to the unescaped `/` outside a character class.
      const start = i++;
      let inClass = false;
      while (i < source.length && source[i] !== '\n') {
        if (source[i] === '\\') i++;
        else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        else if (source[i] === '/' && !inClass) break;
        i++;
      }
      i++;
      while (/[a-z]/i.test(source[i] ?? '')) i++;
      out += source.slice(start, i);
      last = 'r';
    } else if (c === '{') {
      depth++;
      out += c;
      last = c;
      i++;
    } else if (c === '}') {
      depth--;
      i++;
      if (templates.length && templates[templates.length - 1] === depth) {
        templates.pop();
        out += '}';
        readTemplateText();
      } else {
        out += c;
        last = c;
      }
    } else {
      out += c;
      if (!/\s/.test(c)) last = c;
      i++;
    }
  }
  return out;
}
