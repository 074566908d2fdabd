// The point-file schema travels inside the widget for `points-src` checks, but its
// annotations (descriptions, titles, examples) are for people reading the file: the
// validator skips them. This drops them from the built copy (about 0.5 KB gzipped);
// dist/points.schema.json, the file for people and editors, keeps them.

const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'default']);
/** Keywords whose value is a map of name -> schema (the names are data, never dropped). */
const SCHEMA_MAPS = new Set(['properties', '$defs']);
/** Keywords whose value is a schema or a list of schemas. */
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'oneOf', 'anyOf', 'allOf', 'not']);

/** A schema without its annotation keywords, at every depth. */
export function stripAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (SCHEMA_MAPS.has(keyword)) {
      out[keyword] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub)]));
    } else if (SUBSCHEMAS.has(keyword)) {
      out[keyword] = stripAnnotations(value);
    } else {
      out[keyword] = value;
    }
  }
  return out;
}

/** Vite plugin: the imported points.schema.json without annotations. */
export function schemaCompact() {
  return {
    name: 'acupoint-map:schema-compact',
    enforce: 'pre',
    transform(code, id) {
      if (!/points\.schema\.json$/.test(id.split('?')[0])) return null;
      return { code: JSON.stringify(stripAnnotations(JSON.parse(code))), map: null };
    },
  };
}
