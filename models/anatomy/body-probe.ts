/**
 * The body as the anatomy generator sees it: its landmarks and its skin, read from the
 * committed models/body.glb. Every bone, nerve and organ is placed from these, so when the
 * body changes (a landmark moves, the buttock gets fuller) the anatomy follows it on the
 * next `npm run build:anatomy`.
 */
import type { BodyLandmarks } from '../../src/catalogue/types.js';
import { TriangleSurface } from '../../src/geometry/triangle-surface.js';
import { surfaceOf } from '../../src/geometry/surface-index.js';
import type { BodyData } from '../read-body.js';
import { normalize, type V3 } from '../field/shapes.js';

export class BodyProbe {
  readonly surface: TriangleSurface;
  readonly landmarks: BodyLandmarks;
  constructor(body: BodyData) {
    this.surface = surfaceOf(body.positions, body.indices);
    this.landmarks = body.landmarks;
  }

  /** A landmark as a tuple; throws when the body lacks it (the anatomy would be misplaced). */
  at(name: string): [number, number, number] {
    const p = this.landmarks[name];
    if (!p) throw new Error(`the body model has no landmark "${name}"`);
    return [p.x, p.y, p.z];
  }

  /** A landmark if the body has it (newer bodies carry more), else null. */
  maybe(name: string): [number, number, number] | null {
    const p = this.landmarks[name];
    return p ? [p.x, p.y, p.z] : null;
  }

  /**
   * The first skin point met going from `from` along `direction`, or throws: a structure
   * placed from a ray that misses the body is a bug, not something to paper over.
   */
  skin(from: V3, direction: V3): { point: [number, number, number]; normal: [number, number, number] } {
    const d = normalize(direction);
    const hit = this.surface.raycast({ x: from[0], y: from[1], z: from[2] }, { x: d[0], y: d[1], z: d[2] });
    if (!hit) throw new Error(`anatomy probe: ray from ${from.map((v) => v.toFixed(3))} along ${d.map((v) => v.toFixed(2))} missed the body`);
    return { point: [hit.point.x, hit.point.y, hit.point.z], normal: [hit.normal.x, hit.normal.y, hit.normal.z] };
  }

  /**
   * A point `depth` metres under the skin, reached by coming in from outside along
   * `direction` (unit or not) through the place the ray from `from` meets the skin.
   */
  under(from: V3, direction: V3, depth: number): [number, number, number] {
    const d = normalize(direction);
    const { point } = this.skin(from, d);
    return [point[0] + d[0] * depth, point[1] + d[1] * depth, point[2] + d[2] * depth];
  }

  /**
   * A point `depth` under the skin, found from inside: from `inside` (a point within the
   * trunk or a limb) outward along `direction` to where the ray leaves the body, then back
   * in. Coming from outside instead would meet a hanging arm before the hip.
   */
  outward(inside: V3, direction: V3, depth: number): [number, number, number] {
    const d = normalize(direction);
    const { point } = this.skin(inside, d);
    return [point[0] - d[0] * depth, point[1] - d[1] * depth, point[2] - d[2] * depth];
  }

  /**
   * Depth under the skin at a horizontal level: coming from behind (−z toward +z) at (x, y),
   * the point `depth` in. Used for the back of the trunk and limbs.
   */
  fromBehind(x: number, y: number, depth: number): [number, number, number] {
    return this.under([x, y, -0.5], [0, 0, 1], depth);
  }

  /** The skin's extent along z at (x, y): back and front surface z (rays from behind and in front). */
  zExtent(x: number, y: number): { back: number; front: number } {
    return { back: this.skin([x, y, -0.5], [0, 0, 1]).point[2], front: this.skin([x, y, 0.5], [0, 0, -1]).point[2] };
  }

  /** The skin's extent along x at (y, z), from the midline side `inner` outward to the left (+x). */
  xOuter(y: number, z: number, fromX = 0.6): number {
    return this.skin([fromX, y, z], [-1, 0, 0]).point[0];
  }

  /** Whether a point is inside the closed skin (odd crossings, majority of three rays). */
  inside(p: V3): boolean {
    const dirs: V3[] = [[0, 0, 1], [0.6, 0.64, -0.48], [-0.8, 0, 0.6]];
    let votes = 0;
    for (const d of dirs) {
      let crossings = 0;
      let o = { x: p[0], y: p[1], z: p[2] };
      const dir = { x: d[0], y: d[1], z: d[2] };
      for (let hit = this.surface.raycast(o, dir); hit && crossings < 100; hit = this.surface.raycast(o, dir)) {
        crossings++;
        o = { x: hit.point.x + dir.x * 1e-6, y: hit.point.y + dir.y * 1e-6, z: hit.point.z + dir.z * 1e-6 };
      }
      if (crossings % 2 === 1) votes++;
    }
    return votes >= 2;
  }

  /** Distance from a point to the skin. */
  skinDistance(p: V3): number {
    return this.surface.closestPoint({ x: p[0], y: p[1], z: p[2] }).distance;
  }
}
