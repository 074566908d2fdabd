import type { PointSet } from '../catalogue/types.js';
import { formatValidationErrors, validatePointSet, validatePointSetInSlices, type ValidationResult } from '../catalogue/validate.js';
import { parseJsonSteps } from '../catalogue/json-in-slices.js';
import { FetchFileError, fetchFile } from '../net/fetch-file.js';
import { runInSlices } from '../yield-to-main.js';
import type { ContentTexts } from '../i18n/content-texts.js';
import { splitLanguages } from '../i18n/multilingual-points.js';

// What applies a multilingual set's texts in the first stage (see content-visitors.ts).
export { CONTENT_VISITORS } from '../i18n/content-texts.js';

/** A checked point set: each text in one language, the set's other languages beside it. */
export interface LoadedPointSet extends PointSet {
  /** Texts by widget language ("de", "zh-Hans"), when the file gives several; else null. */
  texts: Readonly<Record<string, ContentTexts>> | null;
}

export class PointsLoadError extends Error {
  override name = 'PointsLoadError';
}

/**
 * The largest points file the widget fetches (README, "Limits and failures"). 5,000 points
 * (the schema's maxItems) written as fully as the built-in ones take 10 to 13 MB.
 */
export const POINTS_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Fetch and validate a `points-src` file. Rejects with a message that names the file and,
 * for schema failures, the point and field (`points[3].location: required`). The file is
 * read and its points checked in slices between which the page handles input: a large
 * file never makes one long task of its reading or checking.
 */
export async function loadPointSet(url: string, signal?: AbortSignal): Promise<LoadedPointSet> {
  let bytes: Uint8Array;
  try {
    bytes = await fetchFile(url, { what: 'Points file', maxBytes: POINTS_FILE_BYTES, signal });
  } catch (error) {
    if (error instanceof FetchFileError) throw new PointsLoadError(error.message);
    throw error;
  }
  let data: unknown;
  try {
    // Read in slices too: JSON.parse of an 8 MB file was one task of 140 ms or more.
    data = await runInSlices(parseJsonSteps(bytes), signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new PointsLoadError(`Points file ${url} is not valid JSON: ${(error as Error).message}.`);
  }
  await pause();
  if (signal?.aborted) throw new DOMException('The load was aborted', 'AbortError');
  const result = await validatePointSetInSlices(data, pause);
  return accepted(result, `Points file ${url}`);
}

/** Validate point data given directly (the `points` setter path). */
export function checkPointSet(data: unknown, what = 'Point data'): LoadedPointSet {
  return accepted(validatePointSet(data), what);
}

function accepted(result: ValidationResult, what: string): LoadedPointSet {
  if (!result.ok) {
    throw new PointsLoadError(`${what} does not follow the point schema: ${formatValidationErrors(result.errors, 5, result.stoppedEarly)}`);
  }
  const { points, texts } = splitLanguages(result.value.points);
  return { ...result.value, points, texts };
}

/** A macrotask break: input and rendering run before the next slice. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
