/**
 * Turns one marker definition into a skin position on one side of a body, recording each
 * measurement leg on the way (the cun ruler draws those).
 */
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { distance, lerp, type Vec3 } from '../geometry/vec3.js';
import { directionVector, isHorizontal } from './body-frame.js';
import { measureSpan, type MeasuredSpan } from './cun.js';
import type { MeasurementLeg } from './measurement.js';
import { PlacementError } from './placement-error.js';
import { resolveLandmark } from './resolve-landmark.js';
import { snapAcrossLine } from './snap-across-line.js';
import type { AcuPoint, BodyLandmarks, CunStep, MarkerDef, Side } from './types.js';
import { walkOnSurface, WalkError } from './walk-on-surface.js';

export interface MarkerResolution {
  position: Vec3;
  /** Outward skin normal at `position`. */
  normal: Vec3;
  legs: MeasurementLeg[];
}

export function resolveMarker(
  point: AcuPoint,
  marker: MarkerDef,
  side: Side,
  landmarks: BodyLandmarks,
  surface: TriangleSurface,
): MarkerResolution {
  const code = point.code;
  const at = marker.at;
  const landmark = (name: string) => resolveLandmark(name, side, landmarks, { pointCode: code });

  switch (at.kind) {
    case 'offset': {
      const span = measureSpan(at.span, side, landmarks, code);
      const start = landmark(at.landmark);
      const onSkin = surface.closestPoint(start.position);
      const legs: MeasurementLeg[] = [];
      if (at.steps.length === 0) {
        legs.push({
          kind: 'landmark',
          landmarks: [start.name],
          origin: onSkin.point,
          path: [onSkin.point],
          end: onSkin.point,
          cun: 0,
          cunLength: span.cunLength,
          distance: 0,
          span,
        });
        return { position: onSkin.point, normal: onSkin.normal, legs };
      }
      const end = walkSteps(code, side, surface, onSkin, at.steps, span, start.name, legs);
      return { position: end.point, normal: end.normal, legs };
    }

    case 'along': {
      const from = landmark(at.from);
      const to = landmark(at.to);
      const lineLength = distance(from.position, to.position);
      if (!(lineLength > 0)) throw new PlacementError(code, `"${from.name}" and "${to.name}" coincide`);
      let fraction: number;
      let cun = 0;
      let span: MeasuredSpan | undefined;
      const between = `"${from.name}" toward "${to.name}"`;
      if ('fraction' in at) {
        fraction = at.fraction;
      } else {
        span = measureSpan(at.span, side, landmarks, code);
        cun = at.cun;
        fraction = (cun * span.cunLength) / lineLength;
      }
      if (!Number.isFinite(fraction)) throw new PlacementError(code, `no position along ${between}`);
      const onLine = lerp(from.position, to.position, fraction);
      const onSkin = snapAcrossLine(surface, onLine, from.position, to.position);
      return {
        position: onSkin.point,
        normal: onSkin.normal,
        legs: [{
          kind: 'along',
          landmarks: [from.name, to.name],
          origin: from.position,
          path: [from.position, onLine],
          end: onSkin.point,
          cun,
          cunLength: span?.cunLength ?? 0,
          distance: fraction * lineLength,
          fraction,
          line: { from: from.position, to: to.position },
          ...(span ? { span } : {}),
        }],
      };
    }

    case 'midpoint': {
      const a = landmark(at.between[0]);
      const b = landmark(at.between[1]);
      const middle = lerp(a.position, b.position, 0.5);
      const onSkin = snapAcrossLine(surface, middle, a.position, b.position);
      const legs: MeasurementLeg[] = [{
          kind: 'midpoint',
          landmarks: [a.name, b.name],
          origin: a.position,
          path: [a.position, b.position],
          end: onSkin.point,
          cun: 0,
          cunLength: 0,
          distance: distance(a.position, b.position) / 2,
          fraction: 0.5,
        }];
      const steps = at.steps ?? [];
      if (steps.length === 0) return { position: onSkin.point, normal: onSkin.normal, legs };
      if (at.span === undefined) throw new PlacementError(code, 'steps from a midpoint need a span to measure them in');
      const span = measureSpan(at.span, side, landmarks, code);
      const skin = surface.closestPoint(onSkin.point);
      const end = walkSteps(code, side, surface, { point: skin.point, normal: skin.normal }, steps, span, null, legs);
      return { position: end.point, normal: end.normal, legs };
    }

    default:
      throw new PlacementError(code, `unknown placement kind "${(at as { kind: unknown }).kind}"`);
  }
}

/**
 * Walks B-cun steps over the skin from `from`, appending one leg per step. `startName` is
 * the landmark the first step starts from (null after a midpoint, which has its own leg).
 */
function walkSteps(
  code: string,
  side: Side,
  surface: TriangleSurface,
  from: { point: Vec3; normal: Vec3 },
  steps: readonly CunStep[],
  span: MeasuredSpan,
  startName: string | null,
  legs: MeasurementLeg[],
): { point: Vec3; normal: Vec3 } {
  let here = from;
  steps.forEach((step, index) => {
    if (!(step.cun >= 0)) throw new PlacementError(code, `step ${index + 1} has ${step.cun} B-cun`);
    const direction = directionVector(step.direction, side, code);
    let walk;
    try {
      walk = walkOnSurface(surface, here, direction, step.cun * span.cunLength, {
        plane: isHorizontal(step.direction) ? 'level' : side === 'midline' ? 'sagittal' : 'vertical',
      });
    } catch (error) {
      if (error instanceof WalkError) {
        throw new PlacementError(code, `${step.direction} from ${startName ?? 'the midpoint'}: ${error.message}`);
      }
      throw error;
    }
    const first = index === 0 && startName !== null;
    legs.push({
      kind: 'walk',
      landmarks: first ? [startName] : [],
      origin: here.point,
      path: walk.path,
      end: walk.end,
      direction: step.direction,
      ...(startName !== null ? { walkFrom: startName } : {}),
      cun: step.cun,
      cunLength: span.cunLength,
      distance: walk.length,
      span,
    });
    here = { point: walk.end, normal: walk.normal };
  });
  return here;
}
