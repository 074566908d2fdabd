/**
 * The sciatic nerve and its two divisions, and the popliteal artery and vein, on the left.
 *
 * The sciatic nerve leaves the pelvis through the greater sciatic notch, passes under GB30
 * (a third of the way from the greater trochanter to the sacral hiatus, WHO 2008) between
 * the trochanter and the ischial tuberosity, runs down the back of the thigh and divides
 * above the popliteal fossa: the tibial nerve goes straight down through the fossa and the
 * calf to behind the medial malleolus; the common fibular nerve follows the biceps tendon
 * to behind the fibular head, winds round the fibular neck under GB34 and divides there.
 * In the fossa the tibial nerve is the most superficial, the popliteal vein deeper and the
 * artery deepest, against the back of the knee joint.
 */
import { normalize, type V3 } from '../field/shapes.js';
import type { BodyProbe } from './body-probe.js';
import { legFrame } from './leg.js';
import { hipFrame } from './pelvis.js';
import { tube, type PathPoint } from './plates.js';
import { axpy, type StructureDef } from './structure.js';

/** Depth of the sciatic nerve's centre under GB30, along the inward skin normal (m). */
export const SCIATIC_DEPTH_AT_GB30 = 0.058;
/** The division lies this far above the popliteal crease (m). */
export const DIVISION_ABOVE_CREASE = 0.075;

/** GB30 by its WHO definition, on this body's skin, with the inward normal there. */
export function gb30(body: BodyProbe): { skin: [number, number, number]; inward: [number, number, number] } {
  const gt = body.at('greater-trochanter-left');
  const hiatus = body.at('sacral-hiatus');
  const p: V3 = [gt[0] + (hiatus[0] - gt[0]) / 3, gt[1] + (hiatus[1] - gt[1]) / 3, gt[2] + (hiatus[2] - gt[2]) / 3];
  const closest = body.surface.closestPoint({ x: p[0], y: p[1], z: p[2] });
  const n = closest.normal;
  return { skin: [closest.point.x, closest.point.y, closest.point.z], inward: normalize([-n.x, -n.y, -n.z]) };
}

/** A point at a fraction of the way from the back skin to the front skin at (x, y). */
function inThigh(body: BodyProbe, x: number, y: number, fromBack: number): [number, number, number] {
  const e = body.zExtent(x, y);
  return [x, y, e.back + fromBack];
}

export function sciaticPath(body: BodyProbe): { trunk: PathPoint[]; tibial: PathPoint[]; fibular: PathPoint[]; deep: PathPoint[]; superficial: PathPoint[] } {
  const h = hipFrame(body);
  const leg = legFrame(body);
  const g = gb30(body);
  // Between the trochanter and the ischial tuberosity, so a little medial of straight under GB30.
  const underGb30 = axpy(g.skin, [g.inward, SCIATIC_DEPTH_AT_GB30], [[-1, 0, 0], 0.01]);
  const fold = body.at('gluteal-fold-left');
  const crease = body.at('popliteal-crease-left');
  const divisionY = crease[1] + DIVISION_ABOVE_CREASE;
  const division = inThigh(body, crease[0] + 0.002, divisionY, 0.024);
  const trunk: PathPoint[] = [
    { at: axpy(h.sciaticNotch, [[0, 1, 0], 0.012], [[-1, 0, 0], 0.008], [[0, 0, 1], 0.012]), radius: 0.0068 },
    { at: axpy(h.sciaticNotch, [[0, -1, 0], 0.012], [[0, 0, -1], 0.011]), radius: 0.0066 },
    { at: underGb30, radius: 0.0064 },
    { at: inThigh(body, (h.trochanter[0] + h.ischialTuberosity[0]) / 2 - 0.006, fold[1] + 0.03, 0.04), radius: 0.006 },
    { at: inThigh(body, fold[0] + 0.01, fold[1] - 0.06, 0.034), radius: 0.0058 },
    { at: inThigh(body, (fold[0] + crease[0]) / 2 + 0.008, (fold[1] + divisionY) / 2, 0.031), radius: 0.0056 },
    { at: division, radius: 0.0054 },
  ];
  const tibial: PathPoint[] = [
    { at: division, radius: 0.004 },
    { at: inThigh(body, crease[0], crease[1], 0.02), radius: 0.0038 },
    { at: inThigh(body, crease[0] - 0.002, crease[1] - 0.06, 0.032), radius: 0.0035 },
    { at: inThigh(body, crease[0] - 0.006, crease[1] - 0.17, 0.038), radius: 0.0032 },
    { at: axpy(leg.medialMalleolus, [[0, 1, 0], 0.05], [[0, 0, -1], 0.022], [[1, 0, 0], 0.006]), radius: 0.003 },
    { at: axpy(leg.medialMalleolus, [[0, -1, 0], 0.006], [[0, 0, -1], 0.018], [[1, 0, 0], 0.004]), radius: 0.0028 },
  ];
  const neck = leg.fibulaNeck;
  const fibular: PathPoint[] = [
    { at: division, radius: 0.0032 },
    { at: inThigh(body, crease[0] + 0.02, crease[1] + 0.03, 0.022), radius: 0.003 },
    { at: axpy(leg.fibulaHead, [[0, 0, -1], 0.0115], [[-1, 0, 0], 0.003], [[0, 1, 0], 0.004]), radius: 0.0026 },
    { at: axpy(neck, [[1, 0, 0], 0.0062], [[0, 0, -1], 0.001]), radius: 0.0024 },
    { at: axpy(neck, [[1, 0, 0], 0.0065], [[0, 0, 1], 0.009], [[0, -1, 0], 0.005]), radius: 0.0026 },
  ];
  const fork = fibular[fibular.length - 1].at;
  const deep: PathPoint[] = [
    { at: fork, radius: 0.0021 },
    { at: axpy(fork, [[-1, 0, 0], 0.012], [[0, 0, 1], 0.016], [[0, -1, 0], 0.03]), radius: 0.0019 },
    { at: axpy(fork, [[-1, 0, 0], 0.018], [[0, 0, 1], 0.022], [[0, -1, 0], 0.08]), radius: 0.0017 },
  ];
  const superficial: PathPoint[] = [
    { at: fork, radius: 0.0021 },
    { at: axpy(fork, [[-1, 0, 0], 0.003], [[0, 0, 1], 0.005], [[0, -1, 0], 0.04]), radius: 0.0019 },
    { at: axpy(fork, [[-1, 0, 0], 0.006], [[0, 0, 1], 0.008], [[0, -1, 0], 0.1]), radius: 0.0017 },
  ];
  return { trunk, tibial, fibular, deep, superficial };
}

function nerves(body: BodyProbe): StructureDef[] {
  const p = sciaticPath(body);
  return [
    { name: 'sciatic-nerve', group: 'nerve', side: 'left', ops: tube(p.trunk, 5, 0.002), cell: 0.0022 },
    { name: 'tibial-nerve', group: 'nerve', side: 'left', ops: tube(p.tibial, 5, 0.0015), cell: 0.0018 },
    {
      name: 'common-fibular-nerve',
      group: 'nerve',
      side: 'left',
      ops: [...tube(p.fibular, 5, 0.0012), ...tube(p.deep, 4, 0.001), ...tube(p.superficial, 4, 0.001)],
      cell: 0.0014,
    },
  ];
}

/** The popliteal artery (deepest) and vein, from the adductor hiatus to below the knee. */
function popliteal(body: BodyProbe): StructureDef[] {
  const h = hipFrame(body);
  const crease = body.at('popliteal-crease-left');
  const k = h.knee;
  const at = (dx: number, y: number, fromBack: number) => inThigh(body, k[0] + dx, y, fromBack);
  const artery: PathPoint[] = [
    { at: axpy(at(-0.024, crease[1] + 0.13, 0.05), [[0, 0, 0], 0]), radius: 0.0036 },
    { at: at(-0.012, crease[1] + 0.07, 0.038), radius: 0.0035 },
    { at: at(-0.002, crease[1], 0.029), radius: 0.0034 },
    { at: at(0.0, crease[1] - 0.045, 0.036), radius: 0.0033 },
    { at: at(-0.004, crease[1] - 0.1, 0.04), radius: 0.003 },
  ];
  const anteriorTibial: PathPoint[] = [
    { at: artery[3].at, radius: 0.0026 },
    { at: axpy(artery[3].at, [[1, 0, 0], 0.012], [[0, 0, 1], 0.018], [[0, -1, 0], 0.012]), radius: 0.0024 },
  ];
  const vein: PathPoint[] = artery.map((p, i) => ({
    at: axpy(p.at, [[1, 0, 0], 0.005], [[0, 0, -1], i === 0 ? 0.006 : 0.0075]),
    radius: p.radius * 1.35,
  }));
  return [
    { name: 'popliteal-artery', group: 'artery', side: 'left', ops: [...tube(artery, 5, 0.0015), ...tube(anteriorTibial, 3, 0.0015)], cell: 0.0016 },
    { name: 'popliteal-vein', group: 'vein', side: 'left', ops: tube(vein, 5, 0.0015), cell: 0.0016 },
  ];
}

export function nervesAndVessels(body: BodyProbe): StructureDef[] {
  return [...nerves(body), ...popliteal(body)];
}
