import type { Object3D } from 'three';
import type { RulerGeometry } from '../modes/ruler-geometry.js';
import { createScreenLines, type ScreenLine } from './screen-lines.js';

const INK = '#111827';
const HALO = '#ffffff';

/** A cun ruler on the skin: dark line and ticks over a white halo (label: DOM layer). */
export function createCunRuler(ruler: RulerGeometry): Object3D {
  const strokes: { points: ScreenLine['points']; width: number }[] = [
    ...ruler.lines.map((points) => ({ points, width: 2.5 })),
    ...ruler.ticks.map((tick) => ({ points: [tick.from, tick.to], width: tick.major ? 2.5 : 1.5 })),
  ];
  const mesh = createScreenLines([
    ...strokes.map((s) => ({ points: s.points, color: HALO, width: s.width + 3 })),
    ...strokes.map((s) => ({ points: s.points, color: INK, width: s.width })),
  ]);
  mesh.name = 'cun-ruler';
  // Above the channel lines where they cross.
  mesh.renderOrder = 2;
  return mesh;
}
