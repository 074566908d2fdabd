import type { PointSet } from '../catalogue/types.js';
import { formatValidationErrors, validatePointSet } from '../catalogue/validate.js';

export class PointsLoadError extends Error {
  override name = 'PointsLoadError';
}

/**
 * Fetch and validate a `points-src` file. Rejects with a message that names the file and,
 * for schema failures, the point and field (`points[3].location: required`).
 */
export async function loadPointSet(url: string, signal?: AbortSignal): Promise<PointSet> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new PointsLoadError(`Points file ${url} could not be loaded: ${(error as Error).message}.`);
  }
  if (!response.ok) {
    throw new PointsLoadError(`Points file ${url} could not be loaded: HTTP ${response.status}.`);
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PointsLoadError(`Points file ${url} is not valid JSON: ${(error as Error).message}.`);
  }
  return checkPointSet(data, `Points file ${url}`);
}

/** Validate point data given directly (the `points` setter path). */
export function checkPointSet(data: unknown, what = 'Point data'): PointSet {
  const result = validatePointSet(data);
  if (!result.ok) {
    throw new PointsLoadError(`${what} does not follow the point schema: ${formatValidationErrors(result.errors)}`);
  }
  return result.value;
}
