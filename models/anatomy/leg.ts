/**
 * Tibia, fibula and the bones of the foot in outline, on the left, from the knee centre,
 * the fibular head and the malleoli.
 */
import { Ellipsoid, RoundCone, type V3 } from '../field/shapes.js';
import type { Operation } from '../field/field.js';
import type { BodyProbe } from './body-probe.js';
import { hipFrame } from './pelvis.js';
import { tube } from './plates.js';
import { axpy, type StructureDef } from './structure.js';

export interface LegFrame {
  fibulaHead: [number, number, number];
  fibulaNeck: [number, number, number];
  lateralMalleolus: [number, number, number];
  medialMalleolus: [number, number, number];
  /** Top of the tibia (plateau centre). */
  plateau: [number, number, number];
}

export function legFrame(body: BodyProbe): LegFrame {
  const k = hipFrame(body).knee;
  const fh = body.at('fibula-head-left');
  const fibulaHead = axpy(fh, [[-1, 0, 0], 0.013], [[0, 0, -1], 0.002]);
  return {
    fibulaHead,
    fibulaNeck: axpy(fibulaHead, [[0, -1, 0], 0.021], [[-1, 0, 0], 0.001]),
    lateralMalleolus: axpy(body.at('lateral-malleolus-left'), [[-1, 0, 0], 0.0105], [[0, 1, 0], 0.004]),
    medialMalleolus: axpy(body.at('medial-malleolus-left'), [[1, 0, 0], 0.01], [[0, 1, 0], 0.002]),
    plateau: axpy(k, [[0, -1, 0], 0.03]),
  };
}

function tibia(body: BodyProbe, f: LegFrame): StructureDef {
  const ops: Operation[] = [];
  const p = f.plateau;
  ops.push({ kind: 'union', shape: new Ellipsoid(p, [0.037, 0.012, 0.027]), k: 0 });
  ops.push({ kind: 'union', shape: new Ellipsoid(axpy(p, [[0, -1, 0], 0.016]), [0.031, 0.022, 0.024]), k: 0.008 });
  const tuberosity = body.maybe('tibial-tuberosity-left');
  const tub = tuberosity ? axpy(tuberosity, [[0, 0, -1], 0.01]) : axpy(p, [[0, -1, 0], 0.038], [[0, 0, 1], 0.022]);
  ops.push({ kind: 'union', shape: new Ellipsoid(tub, [0.01, 0.016, 0.007]), k: 0.008 });
  const mm = f.medialMalleolus;
  const distal: [number, number, number] = [mm[0] + 0.014, mm[1] + 0.016, mm[2] - 0.002];
  ops.push(...tube([
    { at: axpy(p, [[0, -1, 0], 0.03]), radius: 0.017 },
    { at: [(p[0] * 2 + distal[0]) / 3, (p[1] * 2 + distal[1]) / 3 - 0.01, (p[2] * 2 + distal[2]) / 3], radius: 0.0125 },
    { at: [(p[0] + distal[0] * 2) / 3, (p[1] + distal[1] * 2) / 3, (p[2] + distal[2] * 2) / 3], radius: 0.011 },
    { at: distal, radius: 0.015 },
  ], 4, 0.005));
  // The shin's sharp anterior border.
  ops.push({ kind: 'union', shape: new RoundCone(axpy(tub, [[0, -1, 0], 0.01]), axpy(distal, [[0, 1, 0], 0.09], [[0, 0, 1], 0.008]), 0.006, 0.004), k: 0.008 });
  ops.push({ kind: 'union', shape: new Ellipsoid(mm, [0.0075, 0.014, 0.009]), k: 0.006 });
  return { name: 'tibia', group: 'bone', side: 'left', ops, cell: 0.0026 };
}

function fibula(f: LegFrame): StructureDef {
  const lm = f.lateralMalleolus;
  const ops: Operation[] = [
    { kind: 'union', shape: new Ellipsoid(f.fibulaHead, [0.0105, 0.012, 0.0105]), k: 0 },
    ...tube([
      { at: f.fibulaNeck, radius: 0.0065 },
      { at: axpy(f.fibulaNeck, [[0, -1, 0], 0.12], [[-1, 0, 0], 0.005], [[0, 0, -1], 0.004]), radius: 0.0058 },
      { at: axpy(lm, [[0, 1, 0], 0.07], [[0, 0, 1], 0.002]), radius: 0.0062 },
      { at: lm, radius: 0.0075 },
    ], 4, 0.004),
    { kind: 'union', shape: new RoundCone(f.fibulaHead, f.fibulaNeck, 0.009, 0.0065), k: 0.004 },
    { kind: 'union', shape: new Ellipsoid(axpy(lm, [[0, -1, 0], 0.004]), [0.0075, 0.017, 0.0095]), k: 0.005 },
  ];
  return { name: 'fibula', group: 'bone', side: 'left', ops, cell: 0.002 };
}

/** Tarsals, metatarsals and phalanges in outline, turned out with the foot. */
function foot(body: BodyProbe, f: LegFrame): StructureDef {
  const sole = body.at('sole-left');
  const ankle: [number, number, number] = [(f.medialMalleolus[0] + f.lateralMalleolus[0]) / 2, f.medialMalleolus[1] - 0.024, (f.medialMalleolus[2] + f.lateralMalleolus[2]) / 2];
  // The foot's long axis: from the heel forward, turned out by the body's 7 degrees.
  const turn = (7 * Math.PI) / 180;
  const fwd: V3 = [Math.sin(turn), 0, Math.cos(turn)];
  const side: V3 = [Math.cos(turn), 0, -Math.sin(turn)];
  const at = (across: number, up: number, along: number) => axpy([ankle[0], 0, ankle[2]], [side, across], [[0, 1, 0], up], [fwd, along]);
  const ops: Operation[] = [];
  const blob = (c: V3, r: V3, k = 0.004) => ops.push({ kind: 'union', shape: new Ellipsoid(c, r, { x: side, y: [0, 1, 0] }), k });
  blob(at(0, ankle[1] - 0.006, 0.004), [0.015, 0.012, 0.022]);
  // Calcaneus: from under the talus back to the heel's tuber, above the sole.
  ops.push({ kind: 'union', shape: new RoundCone(at(0.003, 0.035, 0.0), at(0.0, sole[1] + 0.026, sole[2] - ankle[2] + 0.002), 0.014, 0.0145), k: 0.006 });
  blob(at(0.006, 0.028, 0.022), [0.012, 0.012, 0.012]);
  blob(at(-0.012, 0.046, 0.035), [0.011, 0.011, 0.009]);
  blob(at(0.016, 0.03, 0.05), [0.011, 0.011, 0.014]);
  for (let i = 0; i < 3; i++) blob(at(-0.016 + i * 0.011, 0.043 - i * 0.004, 0.055), [0.0055, 0.011, 0.011], 0.002);
  // Metatarsals I to V and their toes.
  for (let i = 0; i < 5; i++) {
    const across = -0.021 + i * 0.011;
    const base = at(across + (i === 4 ? 0.006 : 0), 0.032 - i * 0.003, 0.062 + (i === 4 ? -0.006 : 0));
    const headPt = at(across - 0.002, 0.0135, 0.106 - i * 0.007);
    const r = i === 0 ? 0.0062 : 0.0038;
    ops.push({ kind: 'union', shape: new RoundCone(base, headPt, r * 1.05, r), k: 0.002 });
    const tip = at(across - 0.003, 0.0095, (i === 0 ? 0.142 : 0.132) - i * 0.01);
    ops.push({ kind: 'union', shape: new RoundCone(headPt, tip, r * 0.8, r * 0.55), k: 0.0015 });
  }
  return { name: 'foot-bones', group: 'bone', side: 'left', ops, cell: 0.0022 };
}

export function legBones(body: BodyProbe): StructureDef[] {
  const f = legFrame(body);
  return [tibia(body, f), fibula(f), foot(body, f)];
}
