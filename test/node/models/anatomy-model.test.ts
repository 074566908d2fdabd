/**
 * The shipped anatomy model (models/anatomy.glb): exactly what the generator makes from the
 * shipped body, within its size budget, every structure inside the skin, and aligned to
 * the body's landmarks and to the points placed on it (the catalogue places the points;
 * the expectations here come from anatomy, not from the generator's constants).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readShippedBody, type BodyData } from '../../../models/read-body.js';
import { readAnatomy, type AnatomyStructure } from '../../../models/anatomy/read-anatomy.js';
import { generateAnatomy } from '../../../models/anatomy/anatomy.js';
import { TriangleSurface } from '../../../src/geometry/triangle-surface.js';
import { surfaceOf } from '../../../src/geometry/surface-index.js';
import { placeAll } from '../../../src/catalogue/place.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import type { PlacedMarker, Vec3 } from '../../../src/catalogue/types.js';

const MM = 0.001;
const shipped = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../models/anatomy.glb', import.meta.url))));
let body: BodyData;
let skin: TriangleSurface;
let anatomy: Map<string, AnatomyStructure>;
let markers: PlacedMarker[];

before(async () => {
  body = await readShippedBody();
  skin = surfaceOf(body.positions, body.indices);
  anatomy = await readAnatomy(shipped);
  markers = placeAll(LOW_BACK_PAIN_POINTS, body.landmarks, skin);
});

const L = (name: string): Vec3 => {
  const p = body.landmarks[name];
  assert.ok(p, `no landmark ${name}`);
  return p;
};
const S = (name: string): AnatomyStructure => {
  const s = anatomy.get(name);
  assert.ok(s, `the anatomy model has no structure ${name}`);
  return s;
};
function vertices(s: AnatomyStructure): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < s.positions.length; i += 3) out.push({ x: s.positions[i], y: s.positions[i + 1], z: s.positions[i + 2] });
  return out;
}
function extreme(s: AnatomyStructure, score: (v: Vec3) => number): Vec3 {
  let best = vertices(s)[0];
  for (const v of vertices(s)) if (score(v) > score(best)) best = v;
  return best;
}
function isInside(p: Vec3): boolean {
  const directions = [{ x: 0, y: 0, z: 1 }, { x: 0.6, y: 0.64, z: -0.48 }, { x: -0.8, y: 0, z: 0.6 }];
  let votes = 0;
  for (const d of directions) {
    let crossings = 0;
    let origin = p;
    for (let hit = skin.raycast(origin, d); hit && crossings < 100; hit = skin.raycast(origin, d)) {
      crossings++;
      origin = { x: hit.point.x + d.x * 1e-6, y: hit.point.y + d.y * 1e-6, z: hit.point.z + d.z * 1e-6 };
    }
    if (crossings % 2 === 1) votes++;
  }
  return votes >= 2;
}
function marker(code: string, side: 'left' | 'right'): PlacedMarker {
  const m = markers.find((k) => k.code === code && k.side === side && !k.alternative);
  assert.ok(m, `no ${code} ${side} marker`);
  return m;
}
/** Closest approach of a structure to the needle line from a marker along its inward normal. */
function alongNeedle(m: PlacedMarker, s: AnatomyStructure): { depth: number; off: number } {
  const n = { x: -m.normal.x, y: -m.normal.y, z: -m.normal.z };
  let best = { depth: Infinity, off: Infinity };
  for (const v of vertices(s)) {
    const d = (v.x - m.position.x) * n.x + (v.y - m.position.y) * n.y + (v.z - m.position.z) * n.z;
    if (d < 0) continue;
    const off = Math.hypot(v.x - m.position.x - n.x * d, v.y - m.position.y - n.y * d, v.z - m.position.z - n.z * d);
    if (off < best.off) best = { depth: d, off };
  }
  return best;
}

test('anatomy.glb is exactly what the generator makes from the shipped body', async () => {
  const made = await generateAnatomy(body);
  assert.equal(made.glb.length, shipped.length, 'size differs: run npm run build:anatomy after changing the body or the generator');
  assert.ok(Buffer.from(made.glb).equals(Buffer.from(shipped)), 'bytes differ: run npm run build:anatomy');
});

test('anatomy.glb is at most 400 KB and holds every structure the issue names', () => {
  assert.ok(shipped.length <= 400 * 1024, `${(shipped.length / 1024).toFixed(1)} KB`);
  const names = ['T12', 'L1', 'L2', 'L3', 'L4', 'L5'].map((v) => `vertebra-${v}`);
  names.push('sacrum', 'coccyx', 'intervertebral-discs');
  for (const side of ['left', 'right']) {
    for (const s of ['hip-bone', 'femur', 'patella', 'tibia', 'fibula', 'foot-bones', 'scapula', 'rib-11', 'rib-12', 'kidney',
      'sciatic-nerve', 'tibial-nerve', 'common-fibular-nerve', 'popliteal-artery', 'popliteal-vein']) names.push(`${s}-${side}`);
  }
  for (const n of names) S(n);
});

test('every structure lies under the skin', () => {
  const problems: string[] = [];
  for (const s of anatomy.values()) {
    const vs = vertices(s);
    let outside = 0;
    let checked = 0;
    for (let i = 0; i < vs.length; i += 7) {
      checked++;
      if (!isInside(vs[i])) outside++;
    }
    if (outside > 0) problems.push(`${s.name}: ${outside} of ${checked} sampled vertices outside the skin`);
  }
  assert.deepEqual(problems, []);
});

test('each lumbar spinous process tip is level with its landmark (within 5 mm) and just under the skin there', () => {
  const order = ['T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S2'];
  for (const v of ['T12', 'L1', 'L2', 'L3', 'L4', 'L5']) {
    const mark = L(v);
    // The tip is the point farthest back, measured square to the line of the spine there.
    const i = order.indexOf(v);
    const a = L(order[i - 1]), b = L(order[i + 1]);
    const up = { y: a.y - b.y, z: a.z - b.z };
    const len = Math.hypot(up.y, up.z);
    const back = { y: up.z / len, z: -up.y / len };
    const tip = extreme(S(`vertebra-${v}`), (p) => p.y * back.y + p.z * back.z - Math.abs(p.x));
    assert.ok(Math.abs(tip.y - mark.y) <= 5 * MM, `${v} tip at y ${tip.y.toFixed(4)}, landmark ${mark.y}`);
    assert.ok(Math.abs(tip.x) <= 2 * MM, `${v} tip off the midline: x ${tip.x.toFixed(4)}`);
    const depth = tip.z - mark.z;
    assert.ok(depth > 2 * MM && depth < 15 * MM, `${v} tip ${(depth / MM).toFixed(1)} mm under the landmark's skin`);
  }
});

test('the iliac crests top out level with L4, the PSIS and ASIS sit under their landmarks', () => {
  for (const side of ['left', 'right'] as const) {
    const hip = S(`hip-bone-${side}`);
    const top = extreme(hip, (p) => p.y);
    assert.ok(Math.abs(top.y - L('L4').y) <= 10 * MM, `crest top y ${top.y.toFixed(3)} vs L4 ${L('L4').y}`);
    for (const name of ['psis', 'asis', 'iliac-crest']) {
      const mark = L(`${name}-${side}`);
      let nearest = Infinity;
      for (const v of vertices(hip)) nearest = Math.min(nearest, Math.hypot(v.x - mark.x, v.y - mark.y, v.z - mark.z));
      assert.ok(nearest >= 4 * MM && nearest <= 25 * MM, `${name}-${side}: bone ${(nearest / MM).toFixed(1)} mm from its landmark`);
    }
  }
});

test('the greater trochanter is under its landmark', () => {
  for (const side of ['left', 'right'] as const) {
    const mark = L(`greater-trochanter-${side}`);
    const s = side === 'left' ? 1 : -1;
    const lateral = extreme(S(`femur-${side}`), (p) => s * p.x);
    assert.ok(Math.abs(lateral.y - mark.y) <= 20 * MM, `trochanter y ${lateral.y.toFixed(3)} vs ${mark.y}`);
    assert.ok(Math.abs(lateral.z - mark.z) <= 15 * MM, `trochanter z ${lateral.z.toFixed(3)} vs ${mark.z}`);
    const under = s * (mark.x - lateral.x);
    assert.ok(under > 5 * MM && under < 35 * MM, `trochanter ${(under / MM).toFixed(1)} mm under the skin`);
  }
});

test('the malleoli and the fibular head are just under their landmarks', () => {
  const pairs: [string, string][] = [['lateral-malleolus', 'fibula'], ['fibula-head', 'fibula'], ['medial-malleolus', 'tibia']];
  for (const side of ['left', 'right'] as const) {
    for (const [mark, bone] of pairs) {
      const m = L(`${mark}-${side}`);
      let nearest = Infinity;
      for (const v of vertices(S(`${bone}-${side}`))) nearest = Math.min(nearest, Math.hypot(v.x - m.x, v.y - m.y, v.z - m.z));
      assert.ok(nearest >= 1 * MM && nearest <= 10 * MM, `${mark}-${side}: ${bone} ${(nearest / MM).toFixed(1)} mm away`);
    }
  }
});

test('the sacrum has four pairs of posterior foramina under BL31 to BL34 and is solid between them', () => {
  const sacrum = S('sacrum');
  const surface = surfaceOf(sacrum.positions, sacrum.indices);
  for (const code of ['BL31', 'BL32', 'BL33', 'BL34']) {
    for (const side of ['left', 'right'] as const) {
      const m = markers.find((k) => k.code === code && k.side === side);
      if (!m) continue;
      // Straight in from the point (along the skin's inward normal, as BL31 to BL34 are
      // needled), the needle passes the posterior surface through the foramen, not bone.
      const n = { x: -m.normal.x, y: -m.normal.y, z: -m.normal.z };
      const hit = surface.raycast(m.position, n, 0.1);
      const open = !hit || hit.distance > 0.03;
      assert.ok(open, `${code} ${side}: bone, not a foramen, under the point`);
    }
  }
  // Bone between the foramina, on the midline crest.
  const mid = surface.raycast({ x: 0, y: L('S2').y, z: -0.3 }, { x: 0, y: 0, z: 1 });
  assert.ok(mid, 'no bone on the midline at S2');
  // The hiatus: no bone straight in at the hiatus landmark.
  const h = L('sacral-hiatus');
  const hiatus = surface.raycast({ x: h.x, y: h.y - 0.003, z: h.z - 0.05 }, { x: 0, y: 0, z: 1 }, 0.06);
  assert.ok(!hiatus, 'bone under the sacral hiatus landmark');
});

test('the sciatic nerve passes under GB30 at a plausible depth (4 to 8 cm)', () => {
  for (const side of ['left', 'right'] as const) {
    const { depth, off } = alongNeedle(marker('GB30', side), S(`sciatic-nerve-${side}`));
    assert.ok(off <= 15 * MM, `GB30 ${side}: the nerve passes ${(off / MM).toFixed(0)} mm from the needle line`);
    assert.ok(depth >= 40 * MM && depth <= 80 * MM, `GB30 ${side}: nerve at ${(depth / MM).toFixed(0)} mm`);
  }
});

test('the sciatic nerve divides above the popliteal fossa; the common fibular nerve winds round the fibular neck under GB34', () => {
  for (const side of ['left', 'right'] as const) {
    const crease = L(`popliteal-crease-${side}`);
    const low = extreme(S(`sciatic-nerve-${side}`), (p) => -p.y);
    const above = low.y - crease.y;
    assert.ok(above >= 40 * MM && above <= 120 * MM, `division ${(above / MM).toFixed(0)} mm above the crease`);
    const { depth, off } = alongNeedle(marker('GB34', side), S(`common-fibular-nerve-${side}`));
    assert.ok(off <= 15 * MM && depth <= 30 * MM, `GB34 ${side}: nerve ${(off / MM).toFixed(0)} mm off the needle line at ${(depth / MM).toFixed(0)} mm`);
  }
});

test('under BL40 the tibial nerve is the most superficial, then the popliteal vein, then the artery', () => {
  for (const side of ['left', 'right'] as const) {
    const m = marker('BL40', side);
    const nerve = alongNeedle(m, S(`tibial-nerve-${side}`));
    const vein = alongNeedle(m, S(`popliteal-vein-${side}`));
    const artery = alongNeedle(m, S(`popliteal-artery-${side}`));
    for (const [what, r] of [['nerve', nerve], ['vein', vein], ['artery', artery]] as const) {
      assert.ok(r.off <= 12 * MM, `BL40 ${side}: ${what} ${(r.off / MM).toFixed(0)} mm off the needle line`);
    }
    assert.ok(nerve.depth < vein.depth && vein.depth < artery.depth, `depths nerve ${nerve.depth}, vein ${vein.depth}, artery ${artery.depth}`);
  }
});

test('the kidneys lie from about T12 to L3, deep to BL52 at a real depth', () => {
  for (const side of ['left', 'right'] as const) {
    const k = S(`kidney-${side}`);
    const top = extreme(k, (p) => p.y).y;
    const bottom = extreme(k, (p) => -p.y).y;
    assert.ok(top <= L('T11').y && top >= L('L1').y, `upper pole at ${top.toFixed(3)}`);
    assert.ok(bottom <= L('L2').y && bottom >= L('L4').y, `lower pole at ${bottom.toFixed(3)}`);
    const m = markers.find((p) => p.code === 'BL52' && p.side === side);
    if (m) {
      const { depth, off } = alongNeedle(m, k);
      assert.ok(off <= 10 * MM, `BL52 ${side}: kidney ${(off / MM).toFixed(0)} mm off the needle line`);
      assert.ok(depth >= 35 * MM && depth <= 75 * MM, `BL52 ${side}: kidney at ${(depth / MM).toFixed(0)} mm`);
    }
  }
});
