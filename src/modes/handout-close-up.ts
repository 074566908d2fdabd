/**
 * Where the handout needs a closer picture. Seen whole from behind, the lumbar points of
 * a plan (BL23, BL25 and the Jiaji row beside each vertebra) lie a few millimetres apart
 * on the sheet, and their numbered circles cover each other. The handout then shows a
 * close-up of the height band where most points crowd, and marks that area on the figure.
 */
export interface NumberedSpot {
  code: string;
  /** Its number in the plan. */
  number: number;
  /** Centre on the picture, CSS px. */
  x: number;
  y: number;
  /** Height of the point on the body, model units (metres). */
  bodyY: number;
}

export interface BodyBand {
  centerY: number;
  height: number;
}

/** The smallest band a close-up shows: the lower back, with the numbers a cun or more apart still clear of each other. */
const MIN_BAND = 0.26;
/** Room around the crowded points, as a share of their own spread. */
const MARGIN = 0.6;

/**
 * The spots in the largest cluster of circles that overlap circles of other points (the
 * cluster with the most different points), or none when every number can be read.
 * Left and right circles of one point may touch: they carry the same number.
 */
export function crowdedGroup(spots: readonly NumberedSpot[], radius: number): NumberedSpot[] {
  const group = spots.map((_, index) => index);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i])));
  const crowded = new Set<number>();
  for (let i = 0; i < spots.length; i++) {
    for (let j = i + 1; j < spots.length; j++) {
      const a = spots[i];
      const b = spots[j];
      if (a.code === b.code || Math.hypot(a.x - b.x, a.y - b.y) >= radius * 2) continue;
      crowded.add(i).add(j);
      group[root(i)] = root(j);
    }
  }
  const clusters = new Map<number, NumberedSpot[]>();
  for (const index of crowded) {
    const key = root(index);
    clusters.set(key, [...(clusters.get(key) ?? []), spots[index]]);
  }
  const codeCount = (cluster: NumberedSpot[]) => new Set(cluster.map((spot) => spot.code)).size;
  return [...clusters.values()].sort((a, b) => codeCount(b) - codeCount(a))[0] ?? [];
}

/** The band of the body, in model units, a close-up of these spots shows. */
export function bandAround(spots: readonly NumberedSpot[]): BodyBand {
  const heights = spots.map((spot) => spot.bodyY);
  const low = Math.min(...heights);
  const high = Math.max(...heights);
  return { centerY: (low + high) / 2, height: Math.max(MIN_BAND, (high - low) * (1 + MARGIN)) };
}
