/**
 * Crowd-proof markers: markers whose tap targets would overlap on screen merge into one
 * cluster button, so no marker's centre is ever under another button and every target
 * keeps the WCAG 2.2 spacing (24 px circles around the centres do not intersect). Pure:
 * works on projected screen positions, runs in Node.
 */
export { MARKER_GAP } from './marker-gap.js';

export interface ScreenSpot {
  x: number;
  y: number;
  visible: boolean;
}

export interface Cluster {
  /** Where the cluster button goes (CSS px): the members' centroid, moved clear of pinned markers. */
  x: number;
  y: number;
  /** Indexes (into the input) of the markers it stands for, in input order. */
  members: number[];
}

export interface Declutter {
  /** Indexes of the visible markers shown on their own, at their own position. */
  single: number[];
  clusters: Cluster[];
}

export interface DeclutterOptions {
  /** Minimum distance between the centres of two shown buttons, CSS px. */
  gap: number;
  /** Markers never merged (the selected point's): a cluster gives way to them. */
  pinned?: ReadonlySet<number>;
}

interface Group {
  x: number;
  y: number;
  members: number[];
}

/**
 * Merge the visible markers until every pair of shown buttons is at least `gap` apart:
 * repeatedly the two nearest groups (by centroid) merge, so a tight row of points becomes
 * one cluster while a loose neighbour stays alone. Pinned markers stay single; a group that
 * would crowd one is merged all the same and its button pushed out to `gap` from it.
 */
export function declutter(spots: readonly ScreenSpot[], { gap, pinned = new Set() }: DeclutterOptions): Declutter {
  const groups: Group[] = [];
  const fixed: ScreenSpot[] = [];
  const single: number[] = [];
  spots.forEach((spot, index) => {
    if (!spot.visible) return;
    if (pinned.has(index)) {
      fixed.push(spot);
      single.push(index);
    } else {
      groups.push({ x: spot.x, y: spot.y, members: [index] });
    }
  });
  // A very large point set (hundreds on screen): first one group per gap-sized cell, so
  // the closest-pair loop below stays cheap.
  if (groups.length > 150) {
    const cells = new Map<string, Group>();
    for (const group of groups) {
      const key = `${Math.floor(group.x / gap)} ${Math.floor(group.y / gap)}`;
      const cell = cells.get(key);
      if (!cell) cells.set(key, { ...group, members: [...group.members] });
      else {
        const n = cell.members.length;
        cell.x = (cell.x * n + group.x) / (n + 1);
        cell.y = (cell.y * n + group.y) / (n + 1);
        cell.members.push(...group.members);
      }
    }
    groups.splice(0, groups.length, ...cells.values());
  }
  // Closest pair first. n is a few dozen visible markers: the plain O(n^3) loop is cheap.
  for (;;) {
    let best: [number, number] | null = null;
    let bestDistance = gap;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const d = Math.hypot(groups[i].x - groups[j].x, groups[i].y - groups[j].y);
        if (d < bestDistance) {
          bestDistance = d;
          best = [i, j];
        }
      }
    }
    if (!best) break;
    const [a, b] = best.map((i) => groups[i]);
    const n = a.members.length + b.members.length;
    groups[best[0]] = {
      x: (a.x * a.members.length + b.x * b.members.length) / n,
      y: (a.y * a.members.length + b.y * b.members.length) / n,
      members: [...a.members, ...b.members].sort((p, q) => p - q),
    };
    groups.splice(best[1], 1);
  }
  const clusters: Cluster[] = [];
  for (const group of groups) {
    const crowded = fixed.some((spot) => Math.hypot(spot.x - group.x, spot.y - group.y) < gap);
    if (!crowded && group.members.length === 1) {
      single.push(group.members[0]);
      continue;
    }
    clusters.push(crowded ? { ...group, ...clearOf(group, fixed, gap) } : group);
  }
  single.sort((p, q) => p - q);
  return { single, clusters };
}

/** Push a point out radially from the pinned spots it is too near to, a few rounds. */
function clearOf(point: { x: number; y: number }, fixed: readonly ScreenSpot[], gap: number): { x: number; y: number } {
  let { x, y } = point;
  for (let round = 0; round < 4; round++) {
    for (const spot of fixed) {
      const dx = x - spot.x;
      const dy = y - spot.y;
      const d = Math.hypot(dx, dy);
      if (d >= gap) continue;
      // Straight below when on top of it: the label reads downward, nothing is hidden above.
      const ux = d > 1e-3 ? dx / d : 0;
      const uy = d > 1e-3 ? dy / d : 1;
      x = spot.x + ux * gap;
      y = spot.y + uy * gap;
    }
  }
  return { x, y };
}
