/**
 * The vertebrae T10 to L5, the intervertebral discs, the sacrum with its four pairs of
 * posterior foramina and the hiatus, and the coccyx.
 *
 * Each vertebra hangs from its spinous process: the body's landmark for a vertebra is on
 * the skin of the midline, level with the inferior border of that spinous process, so the
 * process's tip is put just under it and the rest of the vertebra is built forward from the
 * tip along the curve of the back (lordosis included).
 */
import { Ellipsoid, RoundBox, RoundCone, cross, normalize, sub, type Shape, type V3 } from '../field/shapes.js';
import type { Operation } from '../field/field.js';
import type { BodyProbe } from './body-probe.js';
import { strip, tube } from './plates.js';
import { axpy, type StructureDef } from './structure.js';

export const VERTEBRAE = ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const;
/** Skin over a lumbar spinous process tip (m): thin, the tips are easy to feel. */
export const SPINOUS_TIP_DEPTH = 0.009;
/**
 * The tip's centre sits this far above the landmark. The landmark marks the process's
 * inferior border, but the point farthest back on the club-shaped tip is near its middle.
 */
const TIP_ABOVE_LANDMARK = 0;

/** Relative size of each vertebra (lumbar bodies grow toward L5). */
const SIZE: Record<string, number> = { T10: 0.78, T11: 0.82, T12: 0.86, L1: 0.9, L2: 0.94, L3: 0.98, L4: 1.0, L5: 1.02 };
/** Transverse process length beyond the pedicle (m); L3's is the longest. */
const TRANSVERSE: Record<string, number> = { T10: 0.016, T11: 0.012, T12: 0.008, L1: 0.018, L2: 0.024, L3: 0.03, L4: 0.026, L5: 0.024 };

export interface VertebraFrame {
  /** The spinous process tip (under the skin). */
  tip: [number, number, number];
  /** Up along the spine. */
  up: [number, number, number];
  /** Forward, into the body, perpendicular to `up` in the midline plane. */
  fwd: [number, number, number];
  size: number;
}

function levelAbove(name: string): string {
  const i = VERTEBRAE.indexOf(name as (typeof VERTEBRAE)[number]);
  return i > 0 ? VERTEBRAE[i - 1] : 'T9';
}
function levelBelow(name: string): string {
  const i = VERTEBRAE.indexOf(name as (typeof VERTEBRAE)[number]);
  return i < VERTEBRAE.length - 1 ? VERTEBRAE[i + 1] : 'S2';
}

export function vertebraFrame(body: BodyProbe, name: string): VertebraFrame {
  const here = body.at(name);
  const up = normalize(sub(body.at(levelAbove(name)), body.at(levelBelow(name))));
  const fwd = normalize(cross([1, 0, 0], up));
  const skinAtTip = axpy(here, [up, TIP_ABOVE_LANDMARK]);
  const tip = axpy(skinAtTip, [fwd, SPINOUS_TIP_DEPTH]);
  return { tip, up, fwd, size: SIZE[name] };
}

function vertebra(body: BodyProbe, name: string): StructureDef {
  const f = vertebraFrame(body, name);
  const s = f.size;
  // T12's spinous process is already lumbar in form; T10 and T11 slope down like thoracic ones.
  const lumbar = name.startsWith('L') || name === 'T12';
  const X: V3 = [1, 0, 0];
  /** A point `a` to the left, `u` up and `d` forward of the tip. */
  const P = (a: number, u: number, d: number) => axpy(f.tip, [X, a], [f.up, u], [f.fwd, d]);
  const frame = { x: X, y: f.up };
  const ops: Operation[] = [];
  const add = (shape: Shape, k = 0.004) => ops.push({ kind: 'union', shape, k });

  // Spinous process: a thin blade from the arch back to a club-shaped tip (thoracic ones slope down).
  const slope = lumbar ? 0 : 0.012;
  const bladeTop = P(0, 0.004 + slope, 0.026);
  add(new RoundCone(P(0, 0, 0.004), bladeTop, 0.0045, 0.004), 0.003);
  add(new RoundBox(P(0, 0.002 + slope / 2, 0.015), [0.0022, lumbar ? 0.0085 * s : 0.006, 0.011], 0.0018, { x: X, y: normalize(axpy(f.up, [f.fwd, lumbar ? 0 : -0.5])) }), 0.003);
  add(new Ellipsoid(P(0, 0.001, 0.0035), [0.0045, lumbar ? 0.0085 : 0.006, 0.004], frame), 0.003);

  // Laminae and pedicles: the arch around the vertebral canal.
  const bodyBack = 0.047 * s + 0.004;
  for (const side of [-1, 1]) {
    const lam = P(side * 0.012 * s, 0.006 + slope, 0.027);
    add(new RoundCone(bladeTop, lam, 0.0045, 0.0048));
    const ped = P(side * 0.015 * s, 0.008 + slope, 0.033);
    add(new RoundCone(lam, ped, 0.0048, 0.0046));
    add(new RoundCone(ped, P(side * 0.016 * s, 0.009 + slope, bodyBack + 0.002), 0.0046, 0.0048));
    // Superior and inferior articular processes.
    add(new Ellipsoid(P(side * 0.015 * s, 0.015 + slope, 0.03), [0.0045, 0.0065, 0.0055], frame));
    add(new Ellipsoid(P(side * 0.011 * s, -0.004 + slope, 0.026), [0.004, 0.006, 0.005], frame));
    // Transverse process: thin, reaching out and a little back.
    const root = P(side * 0.017 * s, 0.008 + slope, 0.034);
    const len = TRANSVERSE[name];
    add(new RoundCone(root, P(side * (0.017 * s + len), 0.008 + slope, lumbar ? 0.036 : 0.026), 0.0042, lumbar ? 0.003 : 0.0038));
  }

  // Vertebral body: a short, slightly waisted drum.
  const bodyCentre = P(0, 0.009, bodyBack + 0.016 * s);
  add(new RoundBox(bodyCentre, [0.0165 * s, 0.0065 * s, 0.0105 * s], 0.0055 * s, frame), 0.004);
  for (const e of [-1, 1]) {
    add(new Ellipsoid(axpy(bodyCentre, [f.up, e * 0.0085 * s]), [0.0235 * s, 0.0042, 0.0165 * s], frame), 0.003);
  }
  return { name: `vertebra-${name}`, group: 'bone', side: 'midline', ops, cell: 0.0022 };
}

/** The discs between the vertebral bodies, L5/S1 included. */
function discs(body: BodyProbe): StructureDef {
  const ops: Operation[] = [];
  const centres = VERTEBRAE.map((name) => {
    const f = vertebraFrame(body, name);
    const s = f.size;
    return { c: axpy(f.tip, [f.up, 0.009], [f.fwd, 0.047 * s + 0.004 + 0.016 * s]), f, s };
  });
  for (let i = 0; i + 1 < centres.length; i++) {
    const a = centres[i], b = centres[i + 1];
    const mid = axpy(a.c, [sub(b.c, a.c), 0.5]);
    const s = (a.s + b.s) / 2;
    ops.push({ kind: 'union', shape: new Ellipsoid(mid, [0.022 * s, 0.0048, 0.0158 * s], { x: [1, 0, 0], y: normalize(sub(a.c, b.c)) }), k: 0 });
  }
  const last = centres[centres.length - 1];
  ops.push({ kind: 'union', shape: new Ellipsoid(axpy(last.c, [last.f.up, -0.0185]), [0.022 * last.s, 0.0048, 0.016 * last.s], { x: [1, 0, 0], y: last.f.up }), k: 0 });
  return { name: 'intervertebral-discs', group: 'cartilage', side: 'midline', ops, cell: 0.0025 };
}

/** Where the body says the sacral foramina are, or where they are by the WHO description. */
export function sacralForamina(body: BodyProbe): { level: number; skin: [number, number, number] }[] {
  const s2 = body.at('S2');
  const psis = body.at('psis-left');
  const hiatus = body.at('sacral-hiatus');
  // Foramen 2 lies midway between PSIS and S2 (BL32); 4 is level with the hiatus's top.
  const step = (s2[1] - (hiatus[1] + 0.012)) / 2;
  const out: { level: number; skin: [number, number, number] }[] = [];
  for (const level of [1, 2, 3, 4]) {
    const named = body.maybe(`sacral-foramen-${level}-left`);
    const x = psis[0] * (0.5 + 0.055 * (2 - level));
    out.push({ level, skin: named ?? [x, s2[1] + (2 - level) * step, 0] });
  }
  return out;
}

/** Depth of the sacrum's posterior surface under the skin, from its base (t = 0) to the apex (t = 1). */
const sacralDepth = (t: number) => 0.022 - 0.012 * t;

function sacrum(body: BodyProbe): { sacrum: StructureDef; coccyx: StructureDef } {
  const l5 = vertebraFrame(body, 'L5');
  const hiatus = body.at('sacral-hiatus');
  const top = l5.tip[1] - 0.014;
  const apex = hiatus[1] - 0.016;
  const rows = 7;
  const colsHalf = [0.052, 0.05, 0.044, 0.036, 0.028, 0.02, 0.012];
  const back: [number, number, number][][] = [];
  for (let r = 0; r < rows; r++) {
    const t = r / (rows - 1);
    const y = top + (apex - top) * t;
    const row: [number, number, number][] = [];
    const half = colsHalf[r];
    for (let c = -3; c <= 3; c++) {
      const x = (half * c) / 3;
      // The sides curve forward (the sacrum is convex behind); the upper sides (alae) most.
      const p = body.fromBehind(x, y, sacralDepth(t) + (1.0 - 0.6 * t) * 0.014 * (x / half) ** 2);
      row.push(p);
    }
    back.push(row);
  }
  const ops: Operation[] = [];
  for (let r = 0; r + 1 < rows; r++) ops.push(...strip(back[r], back[r + 1], 0.0048, 0.004));
  // The sacral bodies in front of the plate, shrinking down; S1's faces L5 across the disc.
  for (let i = 0; i < 4; i++) {
    const t = i / 5;
    const c = back[Math.min(rows - 1, Math.round(t * (rows - 1)))][3];
    const r = 1 - i * 0.22;
    ops.push({ kind: 'union', shape: new Ellipsoid(axpy(c, [[0, 0.004, 1], 0.024 * r + 0.008]), [0.02 * r, 0.011, 0.014 * r]), k: 0.008 });
  }
  // Alae: the wings reaching out and forward to the sacroiliac joints.
  for (const side of [-1, 1]) {
    const a = back[0][3 + side * 3];
    const b = back[2][3 + side * 3];
    // Forward more than outward: reaching out further, the ala came through the iliac wing.
    ops.push({ kind: 'union', shape: new RoundCone(axpy(a, [[0, 0, 1], 0.012]), axpy(a, [[side * 0.25, 0, 1], 0.022]), 0.01, 0.008), k: 0.008 });
    ops.push({ kind: 'union', shape: new RoundCone(axpy(b, [[0, 0, 1], 0.01]), axpy(a, [[side * 0.25, -0.3, 1], 0.018]), 0.009, 0.007), k: 0.008 });
  }
  // Median sacral crest: a low ridge of fused spinous tubercles.
  ops.push(...tube(back.slice(0, 5).map((row, i) => ({ at: axpy(row[3], [[0, 0, -1], 0.004]), radius: 0.0032 - 0.0003 * i })), 3, 0.003));
  // Posterior foramina, drilled straight in from the skin over them (along the skin's inward
  // normal, the way BL31 to BL34 are needled), so a needle at the point finds the opening.
  for (const { level, skin } of sacralForamina(body)) {
    for (const side of [-1, 1]) {
      const x = side * Math.abs(skin[0]);
      const t = (skin[1] - top) / (apex - top);
      const onSkin = body.surface.closestPoint({ x, y: skin[1], z: body.fromBehind(x, skin[1], 0)[2] });
      const inward: V3 = [-onSkin.normal.x, -onSkin.normal.y, -onSkin.normal.z];
      const entry: V3 = [onSkin.point.x, onSkin.point.y, onSkin.point.z];
      const r = 0.0054 - 0.0005 * level;
      const depth = sacralDepth(t);
      ops.push({ kind: 'carve', shape: new RoundCone(axpy(entry, [inward, depth - 0.012]), axpy(entry, [inward, depth + 0.016]), r, r * 0.8), k: 0.0015 });
    }
  }
  // The hiatus: the canal's lower opening, an arch between the sacral cornua.
  const h = body.fromBehind(0, hiatus[1], sacralDepth(0.9));
  ops.push({ kind: 'carve', shape: new RoundBox(axpy(h, [[0, -1, 0], 0.008]), [0.0035, 0.011, 0.006], 0.0025), k: 0.002 });

  // Coccyx: four small segments curling forward from the apex.
  const c0 = back[rows - 1][3];
  const cops: Operation[] = [];
  const segs: V3[] = [];
  for (let i = 0; i < 4; i++) segs.push(axpy(c0, [[0, -1, 0], 0.009 + i * 0.0075], [[0, 0, 1], 0.003 + i * i * 0.0018]));
  segs.forEach((p, i) => cops.push({ kind: 'union', shape: new Ellipsoid(p, [0.009 - i * 0.0017, 0.0042, 0.005 - i * 0.0006]), k: 0.0022 }));
  return {
    sacrum: { name: 'sacrum', group: 'bone', side: 'midline', ops, cell: 0.0022 },
    coccyx: { name: 'coccyx', group: 'bone', side: 'midline', ops: cops, cell: 0.0018 },
  };
}

export function spine(body: BodyProbe): StructureDef[] {
  const { sacrum: s, coccyx } = sacrum(body);
  return [...VERTEBRAE.map((name) => vertebra(body, name)), discs(body), s, coccyx];
}
