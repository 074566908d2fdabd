import { LOW_BACK_PAIN_POINTS } from '../../../src/index.js';
import type { AcuPoint } from '../../../src/index.js';

/**
 * Point files made in the test from the shipped catalogue, served as blob: URLs, so they
 * follow the schema as it evolves and each test shows exactly what it breaks.
 */
export function builtInPoints(codes?: string[]): AcuPoint[] {
  const all = structuredClone(LOW_BACK_PAIN_POINTS.points) as AcuPoint[];
  return codes ? codes.map((code) => all.find((point) => point.code === code)!) : all;
}

const urls: string[] = [];

/** A blob: URL whose body is `text` (fetch reads it like a file on the server). */
export function fileUrl(text: string, type = 'application/json'): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.push(url);
  return url;
}

export function pointsFileUrl(data: unknown): string {
  return fileUrl(JSON.stringify(data));
}

export function revokeFileUrls(): void {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
}
