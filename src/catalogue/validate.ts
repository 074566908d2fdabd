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
  | { ok: false; errors: ValidationError[] };

/** The schema as shipped (src/catalogue/points.schema.json). */
export const POINTS_SCHEMA: Readonly<Schema> = schema as unknown as Schema;

const validator = new SchemaValidator(POINTS_SCHEMA);

export function validatePointSet(data: unknown): ValidationResult {
  const errors = [...validator.validate(data), ...crossFieldErrors(data)];
  return errors.length === 0 ? { ok: true, value: data as PointSet } : { ok: false, errors };
}

/** The first few errors, one per line: `points[3].location: required`. */
export function formatValidationErrors(errors: readonly ValidationError[], limit = 5): string {
  const lines = errors.slice(0, limit).map((error) => `${error.path || '(root)'}: ${error.message}`);
  if (errors.length > limit) lines.push(`… and ${errors.length - limit} more`);
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
