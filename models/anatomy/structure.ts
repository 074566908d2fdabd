/**
 * One structure of the anatomy model: a named implicit solid that becomes one mesh node.
 * Structures of one side are built on the left (+x) and mirrored, so left and right match
 * exactly, as the body's sides do.
 */
import type { Operation } from '../field/field.js';
import type { V3 } from '../field/shapes.js';

/** What a structure is; the widget colours and lists structures by group. */
export type StructureGroup = 'bone' | 'cartilage' | 'nerve' | 'artery' | 'vein' | 'organ';

export interface StructureDef {
  /** Node name in the file, e.g. "vertebra-L4", "sciatic-nerve" (the side is appended). */
  name: string;
  group: StructureGroup;
  /** 'left' structures are mirrored to make the right one. */
  side: 'midline' | 'left';
  ops: Operation[];
  /** Mesher cell (m): small for thin nerves and processes, larger for big bones. */
  cell: number;
}

export const left = (p: V3): V3 => p;
/** Mirror a model-space point to the other side. */
export const mirror = (p: V3): V3 => [-p[0], p[1], p[2]];

export function axpy(p: V3, ...terms: [V3, number][]): [number, number, number] {
  const out: [number, number, number] = [p[0], p[1], p[2]];
  for (const [v, s] of terms) {
    out[0] += v[0] * s;
    out[1] += v[1] * s;
    out[2] += v[2] * s;
  }
  return out;
}
