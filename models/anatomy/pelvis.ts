/**
 * The hip bone (ilium, ischium, pubis) and the femur, built on the left from the body's
 * landmarks: the iliac crest's highest point, the ASIS and PSIS, the greater trochanter and
 * the pubic symphysis, each a little under its skin mark; the hip joint centre from the
 * ASIS by the usual regression (Bell et al. 1990: 30 % of the inter-ASIS distance below,
 * 14 % medial and 19 % behind the ASIS).
 */
import { Ellipsoid, RoundCone, normalize, type V3 } from '../field/shapes.js';
import type { Operation } from '../field/field.js';
import type { BodyProbe } from './body-probe.js';
import { fan, tube } from './plates.js';
import { axpy, type StructureDef } from './structure.js';

/** Bony points of the left hip, shared with the nerves and vessels that run past them. */
export interface HipFrame {
  asis: [number, number, number];
  psis: [number, number, number];
  crestTop: [number, number, number];
  /** Hip joint centre (the femoral head's centre). */
  hip: [number, number, number];
  /** The greater trochanter's lateral prominence (bone). */
  trochanter: [number, number, number];
  /** Centre of the ischial tuberosity. */
  ischialTuberosity: [number, number, number];
  /** The deepest point of the greater sciatic notch. */
  sciaticNotch: [number, number, number];
  /** The knee's centre between the femoral condyles. */
  knee: [number, number, number];
}

/** Skin over the bony points (m). */
const OVER_ASIS = 0.016;
const OVER_CREST = 0.014;
const OVER_PSIS = 0.015;
const OVER_TROCHANTER = 0.018;

export function hipFrame(body: BodyProbe): HipFrame {
  const asisSkin = body.at('asis-left');
  const asisRight = body.at('asis-right');
  const w = asisSkin[0] - asisRight[0];
  const asis = axpy(asisSkin, [normalize([-0.45, 0, -0.9]), OVER_ASIS]);
  const psis = axpy(body.at('psis-left'), [normalize([0.25, 0, 1]), OVER_PSIS]);
  const crestTop = axpy(body.at('iliac-crest-left'), [[-1, 0, 0], OVER_CREST]);
  const hip: [number, number, number] = [asis[0] - 0.14 * w, asisSkin[1] - 0.3 * w, asis[2] - 0.19 * w];
  const gt = body.at('greater-trochanter-left');
  const trochanter: [number, number, number] = [gt[0] - OVER_TROCHANTER, gt[1], gt[2]];
  const ischialTuberosity: [number, number, number] = [hip[0] - 0.03, hip[1] - 0.075, hip[2] - 0.046];
  const sciaticNotch: [number, number, number] = [hip[0] - 0.03, hip[1] + 0.032, hip[2] - 0.04];
  const crease = body.at('popliteal-crease-left');
  const patella = body.at('patella-apex-left');
  const knee: [number, number, number] = [(crease[0] + patella[0]) / 2, crease[1] + 0.028, (crease[2] + patella[2]) / 2];
  return { asis, psis, crestTop, hip, trochanter, ischialTuberosity, sciaticNotch, knee };
}

function hipBone(body: BodyProbe, h: HipFrame): StructureDef {
  const ops: Operation[] = [];
  // The iliac crest: from the ASIS up over the top and back down to the PSIS, each point a
  // little under the skin, found by coming in horizontally from outside.
  const crest: [number, number, number][] = [];
  const n = 9;
  const aAsis = Math.atan2(h.asis[0], h.asis[2]);
  const aPsis = Math.atan2(h.psis[0], h.psis[2]);
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const a = aAsis + (aPsis - aAsis) * t;
    // Height: up from the ASIS to the crest top (at about 40 % of the way round), down to the PSIS.
    const top = 0.42;
    const y = t < top
      ? h.asis[1] + (h.crestTop[1] - h.asis[1]) * Math.sin((t / top) * Math.PI / 2)
      : h.crestTop[1] + (h.psis[1] - h.crestTop[1]) * (1 - Math.cos(((t - top) / (1 - top)) * Math.PI / 2));
    if (i === 0) { crest.push(h.asis); continue; }
    if (i === n - 1) { crest.push(h.psis); continue; }
    const dir: V3 = [Math.sin(a), 0, Math.cos(a)];
    crest.push(body.outward([0, y, -0.01], dir, OVER_CREST + 0.004 * Math.sin(t * Math.PI)));
  }
  ops.push(...tube(crest.map((at, i) => ({ at, radius: i === 0 || i === n - 1 ? 0.0075 : 0.0062 })), 3, 0.004));
  // The wing: fanned from above the acetabulum to the crest, on to the PIIS and the notch.
  const hub = axpy(h.hip, [[0, 1, 0], 0.03], [[-1, 0, 0], 0.004]);
  const aiis = axpy(h.asis, [[0, -1, 0], 0.032], [[-0.3, 0, -1], 0.01]);
  const piis = axpy(h.psis, [[0, -1, 0], 0.026], [[0.3, 0, 1], 0.006]);
  // A small blend: many triangles meet at the hub, and each blend adds a little bulge there.
  ops.push(...fan(hub, [aiis, ...crest, piis, h.sciaticNotch], 0.0038, 0.0025));
  // The thick buttress of bone above the greater sciatic notch (thin at the hub, in the plate).
  ops.push({ kind: 'union', shape: new RoundCone(hub, h.sciaticNotch, 0.0042, 0.0068), k: 0.006 });
  ops.push({ kind: 'union', shape: new RoundCone(aiis, h.asis, 0.006, 0.0075), k: 0.004 });
  // Acetabulum: a cup around the femoral head, open outward, forward and down.
  ops.push({ kind: 'union', shape: new Ellipsoid(axpy(h.hip, [[-1, 0, 0], 0.006]), [0.029, 0.032, 0.031]), k: 0.008 });
  ops.push({ kind: 'carve', shape: new Ellipsoid(axpy(h.hip, [normalize([1, -0.35, 0.45]), 0.018]), [0.027, 0.027, 0.027]), k: 0.004 });
  // Ischium: down and back to the tuberosity, with the ischial spine below the notch.
  const spine = axpy(h.hip, [[-1, 0, 0], 0.03], [[0, -1, 0], 0.012], [[0, 0, -1], 0.036]);
  ops.push({ kind: 'union', shape: new RoundCone(axpy(h.hip, [[0, -1, 0], 0.02], [[0, 0, -1], 0.018]), h.ischialTuberosity, 0.012, 0.011), k: 0.008 });
  ops.push({ kind: 'union', shape: new Ellipsoid(h.ischialTuberosity, [0.011, 0.018, 0.012]), k: 0.006 });
  ops.push({ kind: 'union', shape: new RoundCone(axpy(h.hip, [[0, 0, -1], 0.022]), spine, 0.009, 0.004), k: 0.006 });
  // Pubis: the superior ramus to the symphysis, the inferior ramus back to the ischium,
  // leaving the obturator foramen between them.
  const ps = body.at('pubic-symphysis');
  const symphysis: [number, number, number] = [0.017, ps[1] - 0.004, ps[2] - 0.022];
  ops.push({ kind: 'union', shape: new RoundCone(axpy(h.hip, [[0, 0, 1], 0.018], [[-1, 0, 0], 0.008]), symphysis, 0.011, 0.008), k: 0.006 });
  ops.push({ kind: 'union', shape: new Ellipsoid(symphysis, [0.0085, 0.019, 0.009]), k: 0.005 });
  const lowPubis = axpy(symphysis, [[0, -1, 0], 0.02], [[1, 0, 0], 0.005]);
  ops.push(...tube([
    { at: lowPubis, radius: 0.0065 },
    { at: axpy(lowPubis, [[1, 0, 0], 0.018], [[0, -1, 0], 0.02], [[0, 0, -1], 0.035]), radius: 0.006 },
    { at: axpy(h.ischialTuberosity, [[0, -1, 0], 0.008]), radius: 0.008 },
  ], 3, 0.005));
  return { name: 'hip-bone', group: 'bone', side: 'left', ops, cell: 0.0026 };
}

function femur(h: HipFrame): StructureDef {
  const ops: Operation[] = [];
  const head = h.hip;
  const gt = axpy(h.trochanter, [[-1, 0, 0], 0.014], [[0, 1, 0], 0.002], [[0, 0, -1], 0.004]);
  const neckBase = axpy(gt, [[-1, 0, 0], 0.01], [[0, -1, 0], 0.022], [[0, 0, 1], 0.006]);
  ops.push({ kind: 'union', shape: new Ellipsoid(head, [0.0235, 0.0235, 0.0235]), k: 0 });
  ops.push({ kind: 'union', shape: new RoundCone(head, neckBase, 0.015, 0.0175), k: 0.008 });
  ops.push({ kind: 'union', shape: new Ellipsoid(gt, [0.0145, 0.022, 0.018]), k: 0.008 });
  ops.push({ kind: 'union', shape: new Ellipsoid(axpy(neckBase, [[-1, 0, 0], 0.018], [[0, -1, 0], 0.03], [[0, 0, -1], 0.012]), [0.008, 0.01, 0.008]), k: 0.008 });
  // Shaft: down and in to the knee, bowed a little forward.
  const k = h.knee;
  const shaftTop = axpy(neckBase, [[0, -1, 0], 0.02]);
  ops.push(...tube([
    { at: shaftTop, radius: 0.0155 },
    { at: [(shaftTop[0] * 2 + k[0]) / 3, (shaftTop[1] * 2 + k[1]) / 3, (shaftTop[2] * 2 + k[2]) / 3 + 0.006], radius: 0.0132 },
    { at: [(shaftTop[0] + k[0] * 2) / 3, (shaftTop[1] + k[1] * 2) / 3, (shaftTop[2] + k[2] * 2) / 3 + 0.004], radius: 0.0135 },
    { at: axpy(k, [[0, 1, 0], 0.045]), radius: 0.017 },
  ], 4, 0.004));
  // Condyles: two rounded knuckles behind and below, and the flare above them.
  for (const side of [-1, 1]) {
    ops.push({ kind: 'union', shape: new Ellipsoid(axpy(k, [[side, 0, 0], 0.021], [[0, 0, -1], 0.004], [[0, -1, 0], 0.002]), [0.0165, 0.021, 0.026]), k: 0.006 });
  }
  ops.push({ kind: 'union', shape: new Ellipsoid(axpy(k, [[0, 1, 0], 0.016]), [0.035, 0.02, 0.022]), k: 0.01 });
  return { name: 'femur', group: 'bone', side: 'left', ops, cell: 0.0026 };
}

function patella(body: BodyProbe): StructureDef {
  const apex = body.at('patella-apex-left');
  const c = axpy(apex, [[0, 1, 0], 0.021], [[0, 0, -1], 0.014]);
  const ops: Operation[] = [
    { kind: 'union', shape: new Ellipsoid(c, [0.02, 0.021, 0.009]), k: 0 },
    { kind: 'union', shape: new RoundCone(c, axpy(apex, [[0, 1, 0], 0.004], [[0, 0, -1], 0.011]), 0.012, 0.004), k: 0.006 },
  ];
  return { name: 'patella', group: 'bone', side: 'left', ops, cell: 0.002 };
}

export function pelvisAndThigh(body: BodyProbe): StructureDef[] {
  const h = hipFrame(body);
  return [hipBone(body, h), femur(h), patella(body)];
}

