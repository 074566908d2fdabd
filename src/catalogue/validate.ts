/**
 * Checks a point file (`{"points": [...]}`) before the widget uses it: the JSON Schema in
 * points.schema.json, then what a schema cannot say (unique codes, depth ranges in order).
 * CSP-safe: no ajv, no `new Function`.
 */
import schema from './points.schema.json';
import { join, SchemaValidator, type Schema, type ValidationError } from './json-schema-subset.js';
import type { PointSet } from './types.js';

export type { ValidationError } from './json-schema-subset.js';

export type ValidationResult =
  | { ok: true; value: PointSet }
  | { ok: false; errors: ValidationError[]; /** Checking stopped at MAX_ERRORS: there may be more. */ stoppedEarly?: boolean };

/** The schema as shipped (src/catalogue/points.schema.json). */
export const POINTS_SCHEMA: Readonly<Schema> = schema as unknown as Schema;

/** Checking stops after this many errors: nobody reads the 43 millionth. */
export const MAX_ERRORS = 20;
/** The most points a file may hold (the schema's maxItems, documented in README). */
export const MAX_POINTS = (POINTS_SCHEMA.properties as { points: { maxItems: number } }).points.maxItems;

const validator = new SchemaValidator(POINTS_SCHEMA);

export function validatePointSet(data: unknown): ValidationResult {
  // Too many points is the one error worth reporting: checking each of them would take long.
  const points = (data as { points?: unknown } | null)?.points;
  const tooMany = Array.isArray(points) && points.length > MAX_POINTS;
  const errors = validator.validate(data, { limit: MAX_ERRORS, skipItemsAt: tooMany ? ['points'] : [] });
  return result(data, errors);
}

/**
 * validatePointSet for large files without a long task: the points are checked in slices,
 * and `pause()` (for example a zero-delay timeout) is awaited between them so the page
 * keeps answering input. Same result as validatePointSet.
 */
export async function validatePointSetInSlices(data: unknown, pause: () => Promise<void>, sliceMs = 8): Promise<ValidationResult> {
  const points = (data as { points?: unknown } | null)?.points;
  const errors = validator.validate(data, { limit: MAX_ERRORS, skipItemsAt: ['points'] });
  if (Array.isArray(points) && points.length <= MAX_POINTS) {
    let sliceStart = performance.now();
    for (let i = 0; i < points.length && errors.length < MAX_ERRORS; i++) {
      validator.validateDefinition(points[i], 'point', `points[${i}]`, errors, MAX_ERRORS);
      if (performance.now() - sliceStart > sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
  }
  return result(data, errors);
}

function result(data: unknown, errors: ValidationError[]): ValidationResult {
  // One check can add several errors at once (every missing property of an object).
  errors.length = Math.min(errors.length, MAX_ERRORS);
  const tooMany = errors.some((error) => error.path === 'points' && error.message.startsWith('must have at most'));
  if (errors.length < MAX_ERRORS && !tooMany) errors.push(...crossFieldErrors(data).slice(0, MAX_ERRORS - errors.length));
  return errors.length === 0 ? { ok: true, value: data as PointSet } : { ok: false, errors, stoppedEarly: errors.length >= MAX_ERRORS };
}

/** The first few errors, one per line: `points[3].location: required`. */
export function formatValidationErrors(errors: readonly ValidationError[], limit = 5, stoppedEarly = false): string {
  const lines = errors.slice(0, limit).map((error) => `${error.path || '(root)'}: ${error.message}`);
  if (stoppedEarly) lines.push(`… and more (checking stopped after ${errors.length} problems)`);
  else if (errors.length > limit) lines.push(`… and ${errors.length - limit} more`);
  return lines.join('\n');
}

/** Rules across fields. They read defensively: the data may also have failed the schema. */
function crossFieldErrors(data: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  const points = (data as { points?: unknown } | null)?.points;
  if (!Array.isArray(points)) return errors;
  const firstUse = new Set<string>();
  points.forEach((point: unknown, i) => {
    if (typeof point !== 'object' || point === null) return;
    const { code, altCodes, needling } = point as { code?: unknown; altCodes?: unknown; needling?: unknown };
    const path = `points[${i}]`;
    const claim = (value: unknown, where: string) => {
      if (typeof value !== 'string') return;
      if (firstUse.has(value)) errors.push({ path: where, message: `duplicate code ${value}` });
      firstUse.add(value);
    };
    claim(code, join(path, 'code'));
    if (Array.isArray(altCodes)) altCodes.forEach((alt, k) => claim(alt, `${join(path, 'altCodes')}[${k}]`));
    const depth = (needling as { depthCun?: unknown } | undefined)?.depthCun;
    if (Array.isArray(depth) && typeof depth[0] === 'number' && typeof depth[1] === 'number' && depth[0] > depth[1]) {
      errors.push({
        path: `${path}.needling.depthCun`,
        message: `minimum ${depth[0]} is more than maximum ${depth[1]}`,
      });
    }
  });
  return errors;
}
