/**
 * The places a drawn channel is built through, on this body: placed points, landmarks, steps
 * in B-cun from them, the skin beside the spine, the outer side of the thigh, the midline of
 * the head. Each is computed lazily; one that cannot be built on this body (a landmark
 * missing, a ray that misses) gives null and the line goes without it.
 */
import { cunLength } from '../catalogue/cun.js';
import { resolveLandmark } from '../catalogue/resolve-landmark.js';
import type { BodyLandmarks, CunSpanName, PlacedMarker, Side, Vec3 } from '../catalogue/types.js';
import { walkOnSurface } from '../catalogue/walk-on-surface.js';
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { add, lerp, normalize, scale } from '../geometry/vec3.js';

export type Anchor = () => Vec3 | null;

export const UP: Vec3 = { x: 0, y: 1, z: 0 };
export const DOWN: Vec3 = { x: 0, y: -1, z: 0 };
export const FORWARD: Vec3 = { x: 0, y: 0, z: 1 };

export function anchorKit(landmarks: BodyLandmarks, surface: TriangleSurface, markers: readonly PlacedMarker[]) {
  const landmark = (name: string, side: Side) => resolveLandmark(name, side, landmarks, { explicitSideAllowed: true }).position;
  const onSkin = (p: Vec3) => surface.closestPoint(p).point;
  const lateral = (side: Side): Vec3 => ({ x: side === 'left' ? 1 : -1, y: 0, z: 0 });
  /** The first skin met coming from `distance` metres out along `outward` toward `p`. */
  const fromOutside = (p: Vec3, outward: Vec3, distance = 0.12): Vec3 | null => {
    const dir = normalize(outward);
    if (!dir) return null;
    const hit = surface.raycast(add(p, scale(dir, distance)), scale(dir, -1), distance * 2);
    return hit ? hit.point : null;
  };

  return {
    landmark,
    lateral,
    /** A placed point's marker (the WHO location, not an alternative). */
    marker: (code: string, side: Side): Anchor => () =>
      markers.find((m) => m.code === code && !m.alternative && (m.side === side || m.side === 'midline'))?.position ?? null,
    atLandmark: (name: string, side: Side): Anchor => () => onSkin(landmark(name, side)),
    /** `cun` B-cun (back span) lateral of the midline at height `y`, walked level over the skin like BL23. */
    besideSpineAt: (level: () => Vec3, cun: number, side: Side): Anchor => () => {
      const start = surface.closestPoint(level());
      return walkOnSurface(surface, start, lateral(side), cun * cunLength('back', side, landmarks), { plane: 'level' }).end;
    },
    /** A point moved by B-cun of a span (straight, then onto the skin): the approximate places between points. */
    offset: (base: () => Vec3, span: CunSpanName, side: Side, ...steps: [Vec3, number][]): Anchor => () => {
      const unit = cunLength(span, side, landmarks);
      return onSkin(steps.reduce((p, [direction, cun]) => add(p, scale(direction, cun * unit)), base()));
    },
    /** The skin seen from `outward` at a point between two anchors (a limb's surface between its points). */
    between: (a: Anchor, b: Anchor, t: number, outward: Vec3): Anchor => () => {
      const pa = a();
      const pb = b();
      return pa && pb ? fromOutside(lerp(pa, pb, t), outward) : null;
    },
    /**
     * The lateral skin of the thigh at height `y`, found from inside the leg outward: a ray
     * from outside would meet the hand first where the arm hangs beside the hip.
     */
    lateralOfLeg: (height: () => number, side: Side): Anchor => () => {
      const y = height();
      const fold = landmark('gluteal-fold', side);
      const knee = landmark('popliteal-crease', side);
      const t = Math.min(1, Math.max(0, (fold.y - y) / (fold.y - knee.y)));
      const front = landmark('patella-apex', side);
      const inside = { x: fold.x + (knee.x - fold.x) * t, y, z: (knee.z + front.z) / 2 };
      const hit = surface.raycast(inside, lateral(side), 0.3);
      return hit ? hit.point : null;
    },
    /**
     * The skin of the head's midline, `degrees` over the top from straight ahead (0: level
     * in front, 90: straight up, 180: level behind), seen from a centre in the cranium below
     * the vertex.
     */
    headMidline: (degrees: number): Anchor => () => {
      const vertex = landmark('vertex', 'midline');
      const nose = landmark('nose-base', 'midline');
      // The centre: level with the eyes, about halfway between the vertex and the nose.
      const centre = { x: 0, y: (vertex.y + nose.y) / 2 + 0.01, z: vertex.z };
      const a = (degrees * Math.PI) / 180;
      return fromOutside(centre, { x: 0, y: Math.sin(a), z: Math.cos(a) }, 0.3);
    },
  };
}
