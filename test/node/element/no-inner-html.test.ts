/**
 * Point text must never be parsed as HTML, and the widget must run under a strict CSP:
 * no API in src/ that turns a string into markup or code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripComments } from '../support/strip-comments.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/ },
  { name: 'outerHTML', pattern: /\bouterHTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'setHTMLUnsafe / parseHTMLUnsafe', pattern: /\b(setHTMLUnsafe|parseHTMLUnsafe)\b/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'DOMParser', pattern: /\bDOMParser\b/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/ },
  { name: "Lit's unsafe directives", pattern: /\bunsafe(HTML|SVG|MathML|Static)\b|lit\/directives\/unsafe-|lit\/static-html/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(ln)?\b/ },
  { name: 'eval', pattern: /(?<![\w$.])eval\s*\(|\[\s*['"]eval['"]\s*\]/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(/ },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'javascript: URL', pattern: /['"`]\s*javascript:/i },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `file:line: what` for each forbidden use in `source`. */
export function findForbidden(source: string, file = 'input'): string[] {
  const found: string[] = [];
  stripComments(source)
    .split('\n')
    .forEach((line, index) => {
      for (const { name, pattern } of FORBIDDEN) {
        if (pattern.test(line)) found.push(`${file}:${index + 1}: ${name}: ${line.trim()}`);
      }
    });
  return found;
}

test('src/ has no API that parses strings as HTML or code', () => {
  const files = sourceFiles(join(root, 'src'));
  assert.ok(files.length > 20, `scanned ${files.length} files`);
  const found = files.flatMap((file) => findForbidden(readFileSync(file, 'utf8'), relative(root, file)));
  assert.deepEqual(found, []);
});

test('the scan finds each forbidden use, also inside strings and templates', () => {
  const samples = [
    'panel.innerHTML = point.english;',
    "el['outerHTML'] = x;",
    'el.insertAdjacentHTML("beforeend", text);',
    'host.setHTMLUnsafe(text);',
    'range.createContextualFragment(text);',
    'new DOMParser().parseFromString(text, "text/html");',
    'frame.srcdoc = text;',
    "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
    'html`<p>${unsafeSVG(x)}</p>`',
    'document.write(text);',
    'const f = eval(code);',
    "window['eval'](code);",
    'const f = new Function("a", body);',
    'const g = Function(body);',
    "setTimeout('go()', 10);",
    "a.href = 'javascript:alert(1)';",
    'const t = `${a}${b.innerHTML}`;',
    'const r = /x/; el.innerHTML = r;',
  ];
  for (const sample of samples) assert.equal(findForbidden(sample).length, 1, sample);
});

test('comments explaining what is not used are not findings; look-alike names are allowed', () => {
  const allowed = [
    '// never innerHTML: Lit text bindings escape point text',
    '/* ajv compiles with new Function, which a CSP forbids */ const a = 1;',
    '/**\n * no eval( here\n */\nconst b = 2;',
    'const evaluate = (x) => x; evaluate(1);',
    'const url = "https://example.org/page"; // innerHTML',
    'const s = "a // b"; const t = `// ${s} /* c */`;',
    'const re = /\\/\\/ not a comment/; const ok = re.test(s);',
    'const x = a / b; const y = c / d; // innerHTML',
    'element.textContent = point.english;',
    'new Functional();',
  ];
  for (const sample of allowed) assert.deepEqual(findForbidden(sample), [], sample);
});

test('stripComments keeps strings and line numbers', () => {
  const source = "const a = '/* not a comment */'; // gone\n/* gone\n too */ const b = `x${'//'}y`;";
  const stripped = stripComments(source);
  assert.equal(stripped.split('\n').length, source.split('\n').length);
  assert.ok(stripped.includes("'/* not a comment */'"));
  assert.ok(stripped.includes("`x${'//'}y`"));
  assert.ok(!stripped.includes('gone'));
});
