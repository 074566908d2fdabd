// `npm run docs`: rewrites README.md's API section (between the api:start and api:end
// markers) from custom-elements.json, which the analyzer makes from the JSDoc in
// src/acupoint-map.ts. The JSDoc is the one place the API is written down.
//
//   node scripts/readme-api.mjs          rewrite README.md
//   node scripts/readme-api.mjs --check  exit 1 if README.md differs from the manifest
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The custom element declarations of a manifest, with their tag names. */
export function customElements(manifest) {
  const found = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) found.push(declaration);
    }
  }
  // The tag name comes from the customElements.define call in another module.
  for (const module of manifest.modules ?? []) {
    for (const exported of module.exports ?? []) {
      if (exported.kind !== 'custom-element-definition') continue;
      for (const inner of manifest.modules) {
        const declaration = inner.declarations?.find((d) => d.name === exported.declaration?.name && d.customElement);
        if (declaration && !found.includes(declaration)) found.push({ ...declaration, tagName: exported.name });
      }
    }
  }
  return found;
}

/** One table cell: a single line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  return text === undefined || text === null || text === '' ? '' : `\`${cell(text)}\``;
}

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map((value) => value || ' ').join(' | ')} |`),
  ].join('\n');
}

function signature(method) {
  const parameters = (method.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`)
    .join(', ');
  const returns = method.return?.type?.text;
  return `${method.name}(${parameters})${returns ? `: ${returns}` : ''}`;
}

function describeMethod(method) {
  const parameters = (method.parameters ?? [])
    .filter((p) => p.description)
    .map((p) => `\`${p.name}\`: ${p.description.replace(/^-\s*/, '')}`);
  return [method.description, ...parameters].filter(Boolean).join(' ');
}

/** The README's API section (without the markers) for every element in the manifest. */
export function renderApi(manifest) {
  const sections = [];
  for (const element of customElements(manifest)) {
    const members = element.members ?? [];
    const fields = members.filter((m) => m.kind === 'field' && !m.static);
    const attributeFields = fields.filter((m) => m.attribute);
    // Attributes with no property of their own (`lang`, read from the element and its ancestors).
    const attributeOnly = (element.attributes ?? []).filter((a) => !a.fieldName && !fields.some((f) => f.attribute === a.name));
    const otherFields = fields.filter((m) => !m.attribute);
    const methods = members.filter((m) => m.kind === 'method' && !m.static);
    const out = [];
    out.push(`### \`<${element.tagName}>\``);
    out.push(cell(element.description));
    out.push('#### Attributes and properties');
    out.push(
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributeFields.map((field) => [
          code(field.attribute) + (field.reflects ? ' (reflects)' : ''),
          code(field.name),
          code(field.type?.text),
          code(field.default),
          cell(field.description),
        ]).concat(attributeOnly.map((attribute) => [code(attribute.name), '', code(attribute.type?.text), '', cell(attribute.description)])),
      ),
    );
    if (otherFields.length) {
      out.push('#### Other properties');
      out.push(
        table(
          ['property', 'type', 'description'],
          otherFields.map((field) => [
            code(field.name) + (field.readonly ? ' (read-only)' : ''),
            code(field.type?.text),
            cell(field.description),
          ]),
        ),
      );
    }
    if (methods.length) {
      out.push('#### Methods');
      out.push(table(['method', 'description'], methods.map((method) => [code(signature(method)), cell(describeMethod(method))])));
    }
    if (element.events?.length) {
      out.push('#### Events');
      out.push(
        table(
          ['event', 'type', 'description'],
          element.events.map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
        ),
      );
    }
    if (element.slots?.length) {
      out.push('#### Slots');
      out.push(table(['slot', 'description'], element.slots.map((slot) => [code(slot.name || '(default)'), cell(slot.description)])));
    }
    if (element.cssParts?.length) {
      out.push('#### Shadow parts (`::part()`)');
      out.push(table(['part', 'description'], element.cssParts.map((part) => [code(part.name), cell(part.description)])));
    }
    if (element.cssProperties?.length) {
      out.push('#### CSS custom properties');
      out.push(
        table(
          ['property', 'default', 'description'],
          element.cssProperties.map((property) => [code(property.name), code(property.default), cell(property.description)]),
        ),
      );
    }
    sections.push(out.filter(Boolean).join('\n\n'));
  }
  return [
    '<!-- Generated from custom-elements.json by scripts/readme-api.mjs (npm run docs): edit the JSDoc in src/acupoint-map.ts, not this section. -->',
    ...sections,
  ].join('\n\n');
}

/** README text with its API section replaced. Throws if the markers are missing. */
export function replaceApiSection(readme, api) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} markers around the API section.`);
  return `${readme.slice(0, start + START.length)}\n${api}\n${readme.slice(end)}`;
}

/** The API section currently in a README (without the markers). */
export function currentApiSection(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + START.length, end).trim();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const readmePath = `${root}README.md`;
  const readme = readFileSync(readmePath, 'utf8');
  const api = renderApi(manifest);
  if (process.argv.includes('--check')) {
    if (currentApiSection(readme) !== api.trim()) {
      console.error('README.md API section is stale: run `npm run docs`.');
      process.exit(1);
    }
    console.log('README.md API section matches custom-elements.json');
  } else {
    const updated = replaceApiSection(readme, api);
    if (updated !== readme) writeFileSync(readmePath, updated);
    console.log(updated === readme ? 'README.md API section already up to date' : 'README.md API section regenerated');
  }
}
