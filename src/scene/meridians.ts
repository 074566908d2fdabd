import type { Object3D } from 'three';
import { channelStyle } from '../modes/channels.js';
import type { MeridianLine } from '../modes/meridian-paths.js';
import { createScreenLines, type ScreenLine } from './screen-lines.js';

/** Channel lines in their colours over a thin white halo, so they read on any skin tone. */
export function createMeridianOverlay(lines: readonly MeridianLine[]): Object3D {
  const halos: ScreenLine[] = lines.map((line) => ({ points: line.points, color: '#ffffff', width: 5 }));
  const strokes: ScreenLine[] = lines.map((line) => ({
    points: line.points,
    color: channelStyle(line.channel).color,
    // The outer Bladder line is the secondary branch: a little thinner than the inner one.
    width: line.branch === 'outer' ? 2.5 : 3,
  }));
  const mesh = createScreenLines([...halos, ...strokes]);
  mesh.name = 'meridians';
  return mesh;
}
