/**
 * A small interpreter for the part of JSON Schema (draft 2020-12) that points.schema.json
 * uses. It walks the schema itself, so the schema file stays the single definition of a
 * valid point file. Why not ajv: ajv compiles schemas with `new Function`, which the
 * widget's Content-Security-Policy forbids.
 *
 * Supported: type, required, properties, additionalProperties (false or a schema), items,
 * enum, const, minItems, maxItems, minLength, maxLength, pattern, minimum, maximum,
 * exclusiveMinimum, exclusiveMaximum, minProperties, propertyNames, oneOf, anyOf, and $ref to
 * "#/$defs/...". A oneOf/anyOf
 * whose alternatives are objects with a `const` for `kind` is discriminated by `kind`, so
 * errors come from the alternative the data meant. Any other keyword throws when the schema
 * is loaded, so the schema cannot silently ask for checks that are not made.
 */

export interface ValidationError {
  /** Where, in JavaScript notation: `points[3].location`; "" for the document itself. */
  path: string;
  /** What is wrong: "required", "must be a number", "unknown property", ... */
  message: string;
}

export type Schema = { [keyword: string]: unknown };

const VALIDATION_KEYWORDS = new Set([
  'type', 'required', 'properties', 'additionalProperties', 'items', 'enum', 'const',
  'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'oneOf', 'anyOf', '$ref', 'minProperties', 'propertyNames',
]);
const ANNOTATION_KEYWORDS = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default']);
const DISCRIMINATOR = 'kind';
/**
 * The schema's "text" pattern: one character that is not white space, a control or format
 * character (zero-width space, joiners, soft hyphen, direction marks) or a blank letter.
 */
export const VISIBLE_CHARACTER = '[^\\s\\p{C}\\p{Z}\\u2800\\u3164\\uFFA0\\u115F\\u1160]';

export class SchemaValidator {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: Schema) {
    this.checkKeywords(root, '#');
  }

  /** Stop after this many errors: a huge broken file must not build millions of them. */
  private limit = Infinity;
  /** Array paths whose items are not checked (a caller checks them, in slices). */
  private skipItemsAt: ReadonlySet<string> = new Set();

  /**
   * The errors of `value`, at most `options.limit` of them (checking stops there).
   * `options.skipItemsAt` lists array paths (`points`) whose items are left to validateDefinition.
   */
  validate(value: unknown, options: { limit?: number; skipItemsAt?: readonly string[] } = {}): ValidationError[] {
    const errors: ValidationError[] = [];
    this.run(options.limit, options.skipItemsAt, () => this.check(value, this.root, '', errors));
    return errors;
  }

  /** Check `value` against `#/$defs/<name>` as if it were at `path`, adding to `errors` up to `limit` in all. */
  validateDefinition(value: unknown, name: string, path: string, errors: ValidationError[], limit = Infinity): void {
    this.run(limit, [], () => this.check(value, this.resolve(`#/$defs/${name}`), path, errors));
  }

  private run(limit = Infinity, skipItemsAt: readonly string[] = [], body: () => void): void {
    this.limit = limit;
    this.skipItemsAt = new Set(skipItemsAt);
    try {
      body();
    } finally {
      this.limit = Infinity;
      this.skipItemsAt = new Set();
    }
  }

  private check(value: unknown, schema: Schema, path: string, errors: ValidationError[]): void {
    if (errors.length >= this.limit) return;
    const fail = (message: string, at = path) => errors.push({ path: at, message });

    if (typeof schema.$ref === 'string') this.check(value, this.resolve(schema.$ref), path, errors);

    if (schema.type !== undefined && !hasType(value, schema.type as string)) {
      // A value of the wrong type makes every other keyword's message noise.
      fail(`must be ${TYPE_WORDS[schema.type as string] ?? String(schema.type)}`);
      return;
    }
    if ('const' in schema && !sameJson(value, schema.const)) fail(`must be ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.some((option) => sameJson(value, option))) {
      fail(`must be one of ${schema.enum.map((option) => (typeof option === 'string' ? option : JSON.stringify(option))).join(', ')}`);
    }

    if (typeof value === 'string') this.checkString(value, schema, fail);
    if (typeof value === 'number') checkNumber(value, schema, fail);
    if (Array.isArray(value)) {
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
        fail(`must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
      }
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
        fail(`must have at most ${schema.maxItems} item${schema.maxItems === 1 ? '' : 's'}`);
      }
      if (isSchema(schema.items) && !this.skipItemsAt.has(path)) {
        for (let i = 0; i < value.length && errors.length < this.limit; i++) this.check(value[i], schema.items, `${path}[${i}]`, errors);
      }
    }
    if (isObject(value)) this.checkObject(value, schema, path, errors);

    if (Array.isArray(schema.oneOf)) this.checkAlternatives(value, schema.oneOf as Schema[], 'oneOf', path, errors);
    if (Array.isArray(schema.anyOf)) this.checkAlternatives(value, schema.anyOf as Schema[], 'anyOf', path, errors);
  }

  private checkString(value: string, schema: Schema, fail: (message: string) => void): void {
    const length = [...value].length; // code points, as JSON Schema counts
    if (typeof schema.minLength === 'number' && length < schema.minLength) {
      fail(schema.minLength === 1 ? 'must not be empty' : `must have at least ${schema.minLength} characters`);
    }
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
      fail(`must have at most ${schema.maxLength} characters`);
    }
    if (typeof schema.pattern === 'string' && !this.regExp(schema.pattern).test(value)) {
      fail(schema.pattern === VISIBLE_CHARACTER ? 'must have a visible character' : `must match the pattern ${schema.pattern}`);
    }
  }

  private checkObject(value: Record<string, unknown>, schema: Schema, path: string, errors: ValidationError[]): void {
    const properties = isObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {};
    if (Array.isArray(schema.required)) {
      for (const key of schema.required as string[]) {
        if (!Object.hasOwn(value, key)) errors.push({ path: join(path, key), message: 'required' });
      }
    }
    const keys = Object.keys(value);
    if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) {
      errors.push({ path, message: `must have at least ${schema.minProperties} propert${schema.minProperties === 1 ? 'y' : 'ies'}` });
    }
    if (isSchema(schema.propertyNames)) {
      for (const key of keys) {
        const found: ValidationError[] = [];
        this.check(key, schema.propertyNames, path, found);
        if (found.length) errors.push({ path, message: `property name "${key}" ${found[0].message}` });
      }
    }
    for (const key of keys) {
      if (Object.hasOwn(properties, key)) {
        this.check(value[key], properties[key], join(path, key), errors);
      } else if (schema.additionalProperties === false) {
        const suggestion = closestName(key, Object.keys(properties));
        errors.push({
          path: join(path, key),
          message: suggestion ? `unknown property (did you mean "${suggestion}"?)` : 'unknown property',
        });
      } else if (isSchema(schema.additionalProperties)) {
        this.check(value[key], schema.additionalProperties, join(path, key), errors);
      }
    }
  }

  /**
   * oneOf / anyOf. With a `kind` discriminator only the alternatives for the data's kind are
   * tried; when none passes, the errors of the closest alternative are reported (fewest errors),
   * since "does not match any alternative" alone does not tell anyone what to fix.
   */
  private checkAlternatives(
    value: unknown, alternatives: Schema[], keyword: 'oneOf' | 'anyOf', path: string, errors: ValidationError[],
  ): void {
    let candidates = alternatives;
    const kinds = alternatives.map((alternative) => this.kindOf(alternative));
    if (isObject(value) && kinds.every((kind) => kind !== undefined)) {
      const kind = value[DISCRIMINATOR];
      const known = [...new Set(kinds)];
      if (!Object.hasOwn(value, DISCRIMINATOR)) {
        errors.push({ path: join(path, DISCRIMINATOR), message: 'required' });
        return;
      }
      candidates = alternatives.filter((_, i) => kinds[i] === kind);
      if (candidates.length === 0) {
        errors.push({ path: join(path, DISCRIMINATOR), message: `must be one of ${known.join(', ')}` });
        return;
      }
    }
    const results = candidates.map((alternative) => {
      const found: ValidationError[] = [];
      this.check(value, alternative, path, found);
      return found;
    });
    const passing = results.filter((found) => found.length === 0).length;
    if (passing === 1 || (passing > 1 && keyword === 'anyOf')) return;
    if (passing > 1) {
      errors.push({ path, message: 'matches more than one alternative; it must match exactly one' });
      return;
    }
    // An alternative of the value's own type says more than "must be a string" from another.
    const cost = (found: ValidationError[], i: number) => found.length + (this.typeMismatch(value, candidates[i]) ? 0.5 : 0);
    let closest = 0;
    results.forEach((found, i) => {
      if (cost(found, i) < cost(results[closest], closest)) closest = i;
    });
    errors.push(...results[closest]);
  }

  private typeMismatch(value: unknown, schema: Schema): boolean {
    const target = typeof schema.$ref === 'string' ? this.resolve(schema.$ref) : schema;
    return target.type !== undefined && !hasType(value, target.type as string);
  }

  /** The `kind` constant an alternative requires, if any. */
  private kindOf(schema: Schema): unknown {
    const target = typeof schema.$ref === 'string' ? this.resolve(schema.$ref) : schema;
    const properties = target.properties as Record<string, Schema> | undefined;
    const kind = properties?.[DISCRIMINATOR];
    return kind && 'const' in kind ? kind.const : undefined;
  }

  private resolve(ref: string): Schema {
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const defs = this.root.$defs as Record<string, Schema> | undefined;
    const name = match ? decodeURIComponent(match[1]).replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
    if (!name || !defs || !Object.hasOwn(defs, name)) throw new Error(`schema: cannot resolve $ref ${ref}`);
    return defs[name];
  }

  private regExp(pattern: string): RegExp {
    let compiled = this.patterns.get(pattern);
    if (!compiled) {
      compiled = new RegExp(pattern, 'u');
      this.patterns.set(pattern, compiled);
    }
    return compiled;
  }

  /** Throws on keywords this interpreter would silently skip, and on broken $refs. */
  private checkKeywords(schema: unknown, where: string): void {
    if (!isSchema(schema)) throw new Error(`schema: ${where} is not a schema object`);
    for (const [keyword, inner] of Object.entries(schema)) {
      if (!VALIDATION_KEYWORDS.has(keyword) && !ANNOTATION_KEYWORDS.has(keyword)) {
        throw new Error(`schema: "${keyword}" at ${where} is not supported by the point-file validator`);
      }
      if (keyword === '$ref') this.resolve(inner as string);
      if (keyword === 'pattern') this.regExp(inner as string);
      if (keyword === 'properties' || keyword === '$defs') {
        for (const [name, sub] of Object.entries(inner as Record<string, unknown>)) this.checkKeywords(sub, `${where}/${keyword}/${name}`);
      }
      if (keyword === 'items' || keyword === 'propertyNames' || (keyword === 'additionalProperties' && typeof inner !== 'boolean')) {
        this.checkKeywords(inner, `${where}/${keyword}`);
      }
      if (keyword === 'oneOf' || keyword === 'anyOf') {
        (inner as unknown[]).forEach((sub, i) => this.checkKeywords(sub, `${where}/${keyword}/${i}`));
      }
    }
  }
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  null: 'null',
};

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    // JSON has no NaN or Infinity; a value built in JavaScript might.
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'integer': return Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    default: throw new Error(`schema: unknown type "${type}"`);
  }
}

function checkNumber(value: number, schema: Schema, fail: (message: string) => void): void {
  if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`must be >= ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`must be <= ${schema.maximum}`);
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail(`must be > ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) fail(`must be < ${schema.exclusiveMaximum}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSchema(value: unknown): value is Schema {
  return isObject(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return false;
}

/** `points` + `3` -> `points[3]`; `points[3]` + `location` -> `points[3].location`. */
export function join(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** A known name one or two edits away from a typo, to suggest it. */
function closestName(typo: string, names: string[]): string | undefined {
  let best: string | undefined;
  // Short names are too easily "one edit away" from anything: allow fewer edits for them.
  let bestDistance = Math.max(1, Math.min(2, Math.floor(typo.length / 3))) + 1;
  for (const name of names) {
    const d = editDistance(typo.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
