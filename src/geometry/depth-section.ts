/**
 * A point's cross-section for the depth view: the skin and the anatomy cut by a plane
 * through the point that holds the needle (the plane is as near horizontal as the needle
 * allows, like an axial scan), in 2D coordinates with the point at the origin, x across
 * (toward the midline) and y into the body; plus how deep the needle meets each structure
 * at risk. Pure data for the element to draw; measured on this model, not on people.
 */
import { needleReach } from './needle-reach.js';
import { sectionLoops } from './plane-section.js';
import type { TriangleSurface } from './triangle-surface.js';
import { add, cross, normalize, scale, type Vec3 } from './vec3.js';

export interface SectionStructure {
  /** Node name, e.g. "sciatic-nerve-left". */
  name: string;
  /** "bone", "nerve", ... */
  group: string;
  positions: ArrayLike<number>;
  indices: ArrayLike<number>;
  surface: TriangleSurface;
}

export interface DepthSectionInput {
  skin: { positions: ArrayLike<number>; indices: ArrayLike<number> };
  structures: readonly SectionStructure[];
  point: Vec3;
  /** Outward skin normal at the point. */
  normal: Vec3;
  /** Needle angle to the skin in degrees (90: perpendicular); tilted toward the midline. */
  angle: number;
  /** Model structure names (or prefixes, "vertebra-") at risk, in the order the needle meets them. */
  atRisk: readonly string[];
  side: 'left' | 'right' | 'midline';
  /** How deep the drawing must reach at least (m). */
  depth: number;
}

export interface SectionRisk {
  /** The name asked for ("kidney", "vertebra-"). */
  wanted: string;
  /** The structure found ("kidney-left"). */
  name: string;
  group: string;
  /** Along the needle from the skin (m). */
  depth: number;
  /** Distance from the needle line (m); 0 when the needle meets it. */
  off: number;
}

export interface DepthSection {
  /** Drawing window in section coordinates (m): x across, y depth. */
  window: { x0: number; x1: number; y0: number; y1: number };
  /** Skin outline loops, [x0, y0, x1, y1, ...]. */
  skin: number[][];
  structures: { name: string; group: string; loops: number[][] }[];
  /** Unit needle direction in section coordinates. */
  needle: { x: number; y: number };
  risks: SectionRisk[];
}

const UP: Vec3 = { x: 0, y: 1, z: 0 };

function overlaps(loop: number[], w: DepthSection['window']): boolean {
  for (let i = 0; i < loop.length; i += 2) {
    if (loop[i] >= w.x0 && loop[i] <= w.x1 && loop[i + 1] >= w.y0 && loop[i + 1] <= w.y1) return true;
  }
  return false;
}

const round = (loop: number[]) => loop.map((v) => Math.round(v * 1e4) / 1e4);

export function computeDepthSection(input: DepthSectionInput): DepthSection {
  const inward = normalize(scale(input.normal, -1)) ?? { x: 0, y: 0, z: 1 };
  // Across: horizontal and square to the needle, pointing toward the midline.
  let across = normalize(cross(UP, inward)) ?? { x: 1, y: 0, z: 0 };
  const towardMidline = input.point.x > 0.005 ? -1 : input.point.x < -0.005 ? 1 : 0;
  if (towardMidline !== 0 && across.x * towardMidline < 0) across = scale(across, -1);
  const frame = { origin: input.point, xAxis: across, yAxis: inward };
  const tilt = ((90 - input.angle) * Math.PI) / 180;
  const needle2d = { x: Math.sin(tilt), y: Math.cos(tilt) };
  const needle3d = normalize(add(scale(inward, needle2d.y), scale(across, needle2d.x)))!;

  const sideOk = (name: string) =>
    input.side === 'midline' || !name.endsWith(input.side === 'left' ? '-right' : '-left');
  const risks: SectionRisk[] = [];
  for (const wanted of input.atRisk) {
    let best: SectionRisk | null = null;
    for (const s of input.structures) {
      if (!s.name.startsWith(wanted) || !sideOk(s.name)) continue;
      const reach = needleReach(input.point, needle3d, s);
      if (!reach) continue;
      const better = !best || reach.off < best.off - 1e-4 || (Math.abs(reach.off - best.off) <= 1e-4 && reach.depth < best.depth);
      if (better) best = { wanted, name: s.name, group: s.group, depth: reach.depth, off: reach.off };
    }
    if (best) risks.push(best);
  }

  const deepest = Math.max(input.depth * 1.25, ...risks.map((r) => r.depth + 0.02), 0.05);
  const half = deepest * 0.75;
  const window = { x0: -half, x1: half, y0: -0.012, y1: deepest };
  const skin = sectionLoops(input.skin.positions, input.skin.indices, frame).filter((l) => overlaps(l, window)).map(round);
  const structures: DepthSection['structures'] = [];
  for (const s of input.structures) {
    const loops = sectionLoops(s.positions, s.indices, frame).filter((l) => overlaps(l, window));
    if (loops.length) structures.push({ name: s.name, group: s.group, loops: loops.map(round) });
  }
  return { window, skin, structures, needle: needle2d, risks };
}
