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
  /**
   * Each marker's mirror image: the same point's marker on the other side of the body
   * (`mirror[i] === i` for a midline point). Merges are then made on both sides at once,
   * so the two sides of a symmetric view cluster alike.
   */
  mirror?: readonly number[];
  /**
   * Each marker's point (its code). A point with a row of markers close together (the
   * five Jiaji levels on both sides) whose markers crowd another point's gathers into one
   * cluster of its own first (see ROW_MARKERS), instead of merging marker by marker with
   * its neighbours: one tap on it opens the point.
   */
  pointOf?: readonly string[];
  /**
   * Where a cluster button's centre may go (CSS px): a cluster of markers at the view's
   * edge (the ankles of a landscape phone zoomed on the calf) is moved in to show whole
   * and tappable, and merges with what it then crowds. A marker shown alone stays on its
   * point.
   */
  bounds?: { left: number; top: number; right: number; bottom: number };
}

interface Group {
  x: number;
  y: number;
  members: number[];
}

/**
 * Mirror merges also take pairs up to this much farther apart than the gap: the two sides
 * of the body are mirror images only to a fraction of a pixel.
 */
const MIRROR_SLACK = 0.1;

/**
 * A row: at least this many markers of one point, each within ROW_LINK gaps of the next.
 * Two markers (a point's left and right) are no row: their cluster would sit between them.
 */
const ROW_MARKERS = 3;
const ROW_LINK = 2;

/**
 * Merge the visible markers until every pair of shown buttons is at least `gap` apart:
 * repeatedly the two nearest groups (by centroid) merge, so a tight row of points becomes
 * one cluster while a loose neighbour stays alone. Each merge is mirrored on the other side
 * of the body in the same step (see `mirror`): left to itself, the closest-pair order hung
 * on sub-pixel differences between the sides, and a midline group that took a marker of
 * one side first drifted off the midline and lost its mirror image to another cluster.
 * Pinned markers stay single; a group that would crowd one is merged all the same and its
 * button pushed out to `gap` from it.
 */
export function declutter(spots: readonly ScreenSpot[], { gap, pinned = new Set(), mirror, pointOf, bounds }: DeclutterOptions): Declutter {
  // Where a group's button shows: a cluster inside the bounds, a lone marker on its point.
  const at = (group: Group) =>
    bounds && group.members.length > 1
      ? { x: clamp(group.x, bounds.left, bounds.right), y: clamp(group.y, bounds.top, bounds.bottom) }
      : group;
  const apart = (a: Group, b: Group) => distance(at(a), at(b));
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
  } else if (pointOf) {
    gatherRows(groups, spots, pointOf, gap);
  }
  // Closest pair first. n is a few dozen visible markers: the plain O(n^3) loop is cheap.
  for (;;) {
    let best: [Group, Group] | null = null;
    let bestDistance = gap;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const d = apart(groups[i], groups[j]);
        if (d < bestDistance) {
          bestDistance = d;
          best = [groups[i], groups[j]];
        }
      }
    }
    if (!best) break;
    if (mirror) mergeMirrored(groups, best, mirror, gap * (1 + MIRROR_SLACK), apart);
    else merge(groups, best);
  }
  const clusters: Cluster[] = [];
  for (const group of groups) {
    const crowded = fixed.some((spot) => Math.hypot(spot.x - group.x, spot.y - group.y) < gap);
    if (!crowded && group.members.length === 1) {
      single.push(group.members[0]);
      continue;
    }
    const { x, y } = at(group);
    clusters.push(crowded ? { ...group, ...clearOf(group, fixed, gap) } : { x, y, members: group.members });
  }
  single.sort((p, q) => p - q);
  return { single, clusters };
}

/**
 * A point's row of markers that crowds another point's marker becomes one group, at its
 * centroid: zoomed out to where the Jiaji row (0.5 cun beside the spine) crowds GV4 and
 * GV3 on the spine, the row is one button and GV4, GV3 and the Bladder columns 1 cun
 * farther out stand alone, where marker by marker they all merged into a column that took
 * a close-up of a hand's width of skin to take apart.
 */
function gatherRows(groups: Group[], spots: readonly ScreenSpot[], pointOf: readonly string[], gap: number): void {
  const byPoint = new Map<string, Group[]>();
  for (const group of groups) {
    const code = pointOf[group.members[0]];
    if (code !== undefined) byPoint.set(code, [...(byPoint.get(code) ?? []), group]);
  }
  for (const [code, own] of byPoint) {
    if (own.length < ROW_MARKERS) continue;
    // Rows: the point's markers linked by steps of at most ROW_LINK gaps.
    const row = new Map(own.map((group) => [group, group]));
    const find = (group: Group): Group => (row.get(group) === group ? group : find(row.get(group)!));
    for (let i = 0; i < own.length; i++) {
      for (let j = i + 1; j < own.length; j++) if (distance(own[i], own[j]) <= ROW_LINK * gap) row.set(find(own[i]), find(own[j]));
    }
    const rows = new Map<Group, Group[]>();
    for (const group of own) rows.set(find(group), [...(rows.get(find(group)) ?? []), group]);
    for (const parts of rows.values()) {
      if (parts.length < ROW_MARKERS) continue;
      const crowds = parts.some((part) => spots.some((spot, index) => spot.visible && pointOf[index] !== code && distance(spot, part) < gap));
      if (crowds) merge(groups, parts);
    }
  }
}

/**
 * Whether one tap opens each of `members`' points now: no cluster holding one of them
 * holds markers of another point (a cluster of one point's markers opens that point).
 */
export function eachOpensAlone(layout: Declutter, members: readonly number[], pointOf: readonly string[]): boolean {
  const wanted = new Set(members);
  return layout.clusters.every(
    (cluster) => !cluster.members.some((index) => wanted.has(index)) || new Set(cluster.members.map((index) => pointOf[index])).size === 1,
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Replace `parts` (groups of `groups`, two or more) by one group at their centroid; returns it. */
function merge(groups: Group[], parts: readonly Group[]): Group {
  const n = parts.reduce((sum, part) => sum + part.members.length, 0);
  const merged = {
    x: parts.reduce((sum, part) => sum + part.x * part.members.length, 0) / n,
    y: parts.reduce((sum, part) => sum + part.y * part.members.length, 0) / n,
    members: parts.flatMap((part) => part.members).sort((p, q) => p - q),
  };
  groups.splice(groups.indexOf(parts[0]), 1, merged);
  for (const part of parts.slice(1)) groups.splice(groups.indexOf(part), 1);
  return merged;
}

/** The group holding the mirror images of all of `group`'s members, or null when they are spread over several. */
function imageOf(groups: readonly Group[], group: Group, mirror: readonly number[]): Group | null {
  let image: Group | null = null;
  for (const member of group.members) {
    const holder = groups.find((candidate) => candidate.members.includes(mirror[member] ?? member));
    if (!holder || (image && holder !== image)) return null;
    image = holder;
  }
  return image;
}

/**
 * Merge `pair` and the same pair on the other side of the body: the twin of a one-sided
 * cluster (BL40 and BL55 on the left, then on the right) merges at once, and a group on
 * the midline that takes a marker of one side takes its twin too (GV4 with the left BL23,
 * and the right one), so it stays on the midline. Only twins within `reach` merge: a view
 * that is not symmetric (turned to a side) clusters as it would alone.
 */
function mergeMirrored(groups: Group[], pair: readonly [Group, Group], mirror: readonly number[], reach: number, distance: (a: Group, b: Group) => number): void {
  const [p, q] = pair;
  const pm = imageOf(groups, p, mirror);
  const qm = imageOf(groups, q, mirror);
  const apart = (g: Group | null): g is Group => g !== null && g !== p && g !== q;
  const parts = [p, q];
  if (pm === p && apart(qm) && distance(p, qm) < reach) parts.push(qm);
  else if (qm === q && apart(pm) && distance(q, pm) < reach) parts.push(pm);
  merge(groups, parts);
  if (apart(pm) && apart(qm) && pm !== qm && distance(pm, qm) < reach) merge(groups, [pm, qm]);
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

/**
 * Each marker's mirror image (`DeclutterOptions.mirror`): the marker of the same point and
 * definition on the other side of the body; a midline marker, or one whose twin is not in
 * the set, is its own.
 */
export function mirrorsOf(markers: readonly { code: string; side: string; definition: number }[]): number[] {
  const key = (code: string, side: string, definition: number) => `${side} ${definition} ${code}`;
  const at = new Map(markers.map((marker, index) => [key(marker.code, marker.side, marker.definition), index]));
  const other: Record<string, string> = { left: 'right', right: 'left' };
  return markers.map((marker, index) => {
    const side = other[marker.side];
    return side ? (at.get(key(marker.code, side, marker.definition)) ?? index) : index;
  });
}
