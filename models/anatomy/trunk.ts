/**
 * Scapulae, the lower ribs (9 to 12) and the kidneys, on the left.
 *
 * Ribs are traced round the trunk: at each angle from the back, a ray from the trunk's axis
 * meets the skin and the rib is put under it, deep under the back muscles near the spine
 * and shallow at the side. The kidneys lie against the posterior abdominal wall from about
 * T12 to L3, the left a little higher than the right (here both are built as the left one
 * and mirrored, at the mean of the two levels).
 */
import { Ellipsoid, normalize, type V3 } from '../field/shapes.js';
import type { Operation } from '../field/field.js';
import type { BodyProbe } from './body-probe.js';
import { fan, tube } from './plates.js';
import { vertebraFrame } from './spine.js';
import { axpy, type StructureDef } from './structure.js';

function scapula(body: BodyProbe): StructureDef {
  const mb = body.at('scapula-medial-border-left');
  const ia = body.at('scapula-inferior-angle-left');
  const under = (x: number, y: number, d: number) => body.fromBehind(x, y, d);
  const superior = under(mb[0] + 0.004, mb[1] + 0.055, 0.016);
  const medial = under(mb[0], mb[1], 0.012);
  const inferior = under(ia[0], ia[1], 0.012);
  const lateral1 = under(ia[0] + 0.03, ia[1] + 0.045, 0.016);
  const lateral2 = under(ia[0] + 0.055, ia[1] + 0.085, 0.024);
  const neck = axpy(under(ia[0] + 0.07, mb[1] + 0.01, 0.03), [[0, 0, 1], 0.012]);
  const superior2 = under(mb[0] + 0.05, mb[1] + 0.05, 0.022);
  const rim = [superior, medial, axpy(medial, [[0, -1, 0], 0.045], [[1, 0, 0], 0.006]), inferior, lateral1, lateral2, neck, superior2, superior];
  const hub = under((mb[0] + ia[0]) / 2 + 0.03, (mb[1] + ia[1]) / 2 + 0.01, 0.018);
  const ops: Operation[] = [...fan(hub, rim, 0.0022, 0.004)];
  // Borders thickened, the lateral one most.
  ops.push(...tube([{ at: inferior, radius: 0.0045 }, { at: lateral1, radius: 0.004 }, { at: lateral2, radius: 0.0045 }, { at: neck, radius: 0.006 }], 3, 0.003));
  ops.push(...tube([{ at: superior, radius: 0.003 }, { at: medial, radius: 0.003 }, { at: inferior, radius: 0.0042 }], 3, 0.003));
  // Glenoid: the shallow socket at the lateral angle.
  ops.push({ kind: 'union', shape: new Ellipsoid(axpy(neck, [[1, 0, 0], 0.008], [[0, 0, 1], 0.004]), [0.007, 0.018, 0.013]), k: 0.005 });
  // Spine of the scapula rising to the acromion.
  const spinePts = [0, 0.33, 0.66, 1].map((t) => under(mb[0] + 0.004 + 0.07 * t, mb[1] + 0.006 + 0.018 * t, 0.007 + 0.009 * t));
  ops.push(...tube(spinePts.map((at, i) => ({ at, radius: 0.003 + 0.0015 * i })), 3, 0.004));
  const acromion = axpy(spinePts[3], [[1, 0, 0], 0.006], [[0, 0, 1], 0.014], [[0, -1, 0], 0.004]);
  ops.push({ kind: 'union', shape: new Ellipsoid(acromion, [0.012, 0.005, 0.015]), k: 0.008 });
  ops.push({ kind: 'union', shape: new Ellipsoid(axpy(spinePts[1], [[0, 0, 1], 0.006]), [0.03, 0.006, 0.008]), k: 0.008 });
  return { name: 'scapula', group: 'bone', side: 'left', ops, cell: 0.002 };
}

/** Rib `n` (9 to 12): from its vertebra round the trunk, dropping as it goes. */
function rib(body: BodyProbe, n: number): StructureDef {
  const vertebra = `T${n}`;
  const f = body.landmarks[vertebra] && ['T10', 'T11', 'T12'].includes(vertebra)
    ? vertebraFrame(body, vertebra)
    : { tip: axpy(body.at(vertebra), [[0, 0, 1], 0.012]), up: [0, 1, 0] as V3, fwd: [0, 0, 1] as V3, size: 0.75 };
  const head = axpy(f.tip, [f.up, 0.012], [f.fwd, 0.04], [[1, 0, 0], 0.02]);
  const reach: Record<number, number> = { 9: 2.15, 10: 2.0, 11: 1.45, 12: 0.95 };
  const drop: Record<number, number> = { 9: 0.1, 10: 0.1, 11: 0.075, 12: 0.05 };
  const end = reach[n];
  const points = [{ at: head, radius: 0.005 }];
  const y0 = head[1] + 0.006;
  const steps = 9;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const a = 0.32 + (end - 0.32) * t;
    const y = y0 - drop[n] * Math.pow(Math.min(1, t * 1.3), 1.1) + (a > 1.6 ? (a - 1.6) * 0.05 : 0);
    const dir: V3 = [Math.sin(a), 0, -Math.cos(a)];
    const centre: V3 = [0, y, 0.0];
    // Deep under the back muscles near the spine, a finger's breadth under the skin at the side.
    const depth = 0.012 + 0.03 * Math.max(0, 1 - (a - 0.32) / 0.6);
    points.push({ at: body.outward(centre, dir, depth), radius: i === steps ? 0.0035 : 0.0045 });
  }
  return { name: `rib-${n}`, group: 'bone', side: 'left', ops: tube(points, 3, 0.003), cell: 0.002 };
}

export interface KidneyFrame {
  centre: [number, number, number];
  /** Unit long axis, upper pole up and in. */
  axis: [number, number, number];
  /** Unit direction the hilum faces (forward and in). */
  hilum: [number, number, number];
}

/** How far the kidney's posterior surface lies under the skin of the back beside the spine (m). */
export const KIDNEY_BACK_DEPTH = 0.052;

export function kidneyFrame(body: BodyProbe): KidneyFrame {
  const t12 = body.at('T12');
  const l3 = body.at('L3');
  const y = (t12[1] + l3[1]) / 2 + 0.004;
  const x = 0.062;
  const back = body.fromBehind(x, y, KIDNEY_BACK_DEPTH + 0.017);
  return { centre: back, axis: normalize([-0.2, 1, 0.08]), hilum: normalize([-0.75, 0, 0.66]) };
}

function kidney(body: BodyProbe): StructureDef {
  const k = kidneyFrame(body);
  const frame = { x: normalize([k.hilum[0], 0, k.hilum[2]]), y: k.axis };
  const ops: Operation[] = [
    { kind: 'union', shape: new Ellipsoid(k.centre, [0.0285, 0.056, 0.0175], frame), k: 0 },
    { kind: 'carve', shape: new Ellipsoid(axpy(k.centre, [k.hilum, 0.031]), [0.013, 0.016, 0.012]), k: 0.008 },
  ];
  return { name: 'kidney', group: 'organ', side: 'left', ops, cell: 0.0028 };
}

export function trunkStructures(body: BodyProbe): StructureDef[] {
  return [scapula(body), rib(body, 9), rib(body, 10), rib(body, 11), rib(body, 12), kidney(body)];
}

