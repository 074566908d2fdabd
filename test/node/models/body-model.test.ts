/**
 * The shipped body model (models/body.glb, body.quantized.glb, landmarks.json): its
 * landmarks, its proportions in WHO proportional bone cun, a closed clean surface, the
 * size budget, the surface levels the WHO guidelines use on the back, and that the
 * committed files are exactly what the generator makes now.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBody, type BodyData } from '../../../models/read-body.js';
import { generateBody, MOVING_TRIANGLES } from '../../../models/body.js';
import { createIO, MSFTLod } from '../../../models/gltf.js';
import { surfaceOf } from '../../../src/geometry/surface-index.js';
import { LIFT } from '../../../src/modes/skin-path.js';
import type { Vec3 } from '../../../src/catalogue/types.js';

const MM = 0.001;
const modelsDir = fileURLToPath(new URL('../../../models/', import.meta.url));
const shippedGlb = new Uint8Array(readFileSync(`${modelsDir}body.glb`));
const shippedQuantized = new Uint8Array(readFileSync(`${modelsDir}body.quantized.glb`));
const shippedJson = readFileSync(`${modelsDir}landmarks.json`, 'utf8');

let body: BodyData;
let quantizedBody: BodyData;

before(async () => {
  body = await readBody(shippedGlb);
  quantizedBody = await readBody(shippedQuantized);
});

const MIDLINE = [
  'vertex',
  'C7',
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  'S2',
  'sacral-hiatus',
  'umbilicus',
  'pubic-symphysis',
  'xiphisternal',
  'nose-base',
  'upper-lip',
];
const PAIRED = [
  'scapula-medial-border',
  'scapula-inferior-angle',
  'iliac-crest',
  'psis',
  'asis',
  'greater-trochanter',
  'gluteal-fold',
  'popliteal-crease',
  'fibula-head',
  'patella-apex',
  'lateral-malleolus',
  'medial-malleolus',
  'calcaneal-tendon',
  'sole',
  'cubital-crease',
  'wrist-crease-dorsal',
  'mcp5',
  'metacarpal-2-3',
  'metacarpal-4-5',
  'sacral-foramen-1',
  'sacral-foramen-2',
  'sacral-foramen-3',
  'sacral-foramen-4',
  'tibial-tuberosity',
  'tibial-crest',
  'tibia-medial-border',
  'metacarpal-2-base',
  'metacarpal-2-head',
  'metatarsal-1-2-base',
  'metatarsal-1-2-head',
  'mastoid',
];

const L = (name: string): Vec3 => {
  const p = body.landmarks[name];
  assert.ok(p, `missing landmark ${name}`);
  return p;
};
const dist = (a: Vec3, b: Vec3) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
const meanY = (a: Vec3, b: Vec3) => (a.y + b.y) / 2;

/** The glTF JSON chunk of a .glb. */
function glbJson(bytes: Uint8Array): {
  extensionsUsed?: string[];
  extensionsRequired?: string[];
  nodes: { name?: string; mesh?: number; children?: number[]; rotation?: number[]; scale?: number[]; matrix?: number[]; translation?: number[] }[];
  scenes: { nodes: number[] }[];
  meshes: { name?: string; primitives: { material?: number }[] }[];
  materials: { pbrMetallicRoughness?: { roughnessFactor?: number; metallicFactor?: number } }[];
} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  assert.equal(view.getUint32(0, true), 0x46546c67, 'glTF magic');
  const length = view.getUint32(12, true);
  assert.equal(view.getUint32(16, true), 0x4e4f534a, 'first chunk is JSON');
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)));
}

test('every landmark is present, on both sides, and left mirrors right', () => {
  const names = [...MIDLINE, ...PAIRED.flatMap((n) => [`${n}-left`, `${n}-right`])].sort();
  assert.deepEqual(Object.keys(body.landmarks).sort(), names);
  for (const n of MIDLINE.filter((m) => m !== 'vertex')) {
    assert.ok(Math.abs(L(n).x) <= 2 * MM, `${n} is on the midline (x = ${L(n).x})`);
  }
  for (const n of PAIRED) {
    const l = L(`${n}-left`);
    const r = L(`${n}-right`);
    assert.ok(l.x > 0 && r.x < 0, `${n}: the subject's left is +x`);
    const mirrored = dist(l, { x: -r.x, y: r.y, z: r.z });
    assert.ok(mirrored <= 2 * MM, `${n}: left and mirrored right differ by ${(mirrored / MM).toFixed(2)} mm`);
  }
});

test('landmarks.json holds exactly the landmarks stored in the .glb, keys sorted', () => {
  const json = JSON.parse(shippedJson) as Record<string, Vec3>;
  assert.deepEqual(json, body.landmarks);
  assert.deepEqual(Object.keys(json), Object.keys(json).sort());
  assert.deepEqual(quantizedBody.landmarks, body.landmarks);
});

test('landmarks sit in named empty nodes under an untransformed `landmarks` node', () => {
  const gltf = glbJson(shippedGlb);
  const rootNodes = gltf.scenes[0].nodes.map((i) => gltf.nodes[i]);
  const parent = rootNodes.find((n) => n.name === 'landmarks');
  assert.ok(parent, 'a root node named landmarks');
  assert.equal(parent.rotation, undefined);
  assert.equal(parent.scale, undefined);
  assert.equal(parent.matrix, undefined);
  assert.equal(parent.children?.length, Object.keys(body.landmarks).length);
  for (const i of parent.children ?? []) {
    const child = gltf.nodes[i];
    assert.equal(child.mesh, undefined, `${child.name} is an empty node`);
    assert.equal(child.rotation, undefined);
    assert.equal(child.scale, undefined);
  }
});

test('one skin mesh node named body with a matte PBR material', () => {
  const gltf = glbJson(shippedGlb);
  // In the scene: what any viewer draws (the stand-in for moving frames is outside it).
  const inScene = new Set<number>();
  const stack = [...gltf.scenes[0].nodes];
  while (stack.length) {
    const index = stack.pop()!;
    inScene.add(index);
    stack.push(...(gltf.nodes[index].children ?? []));
  }
  const meshNodes = gltf.nodes.filter((n, i) => n.mesh !== undefined && inScene.has(i));
  assert.equal(meshNodes.length, 1);
  assert.equal(meshNodes[0].name, 'body');
  assert.equal(gltf.materials.length, 1);
  const pbr = gltf.materials[0].pbrMetallicRoughness ?? {};
  assert.ok(Math.abs((pbr.roughnessFactor ?? 1) - 0.7) <= 0.1, 'roughness about 0.7');
  assert.equal(pbr.metallicFactor ?? 1, 0);
});

test('proportions agree with the WHO proportional bone cun within 10 %', () => {
  const cun: Record<string, number> = {};
  for (const side of ['left', 'right']) {
    const s = (n: string) => L(`${n}-${side}`);
    cun[`thigh ${side} (trochanter to popliteal crease / 19)`] = dist(s('greater-trochanter'), s('popliteal-crease')) / 19;
    cun[`leg ${side} (popliteal crease to lateral malleolus / 16)`] = dist(s('popliteal-crease'), s('lateral-malleolus')) / 16;
  }
  cun['back (scapula to scapula / 6)'] = dist(L('scapula-medial-border-left'), L('scapula-medial-border-right')) / 6;
  cun['lower abdomen (umbilicus to pubic symphysis / 5)'] = dist(L('umbilicus'), L('pubic-symphysis')) / 5;
  const values = Object.values(cun);
  const ratio = Math.max(...values) / Math.min(...values);
  const report = Object.entries(cun)
    .map(([k, v]) => `${k}: ${(v * 100).toFixed(2)} cm`)
    .join('; ');
  assert.ok(ratio <= 1.1, `max/min cun = ${ratio.toFixed(3)} (${report})`);
  for (const v of values) assert.ok(v >= 0.02 && v <= 0.025, `about 2.2 cm per cun: ${report}`);
});

test('the mesh is closed, consistently wound and has no degenerate triangles', () => {
  for (const b of [body, quantizedBody]) {
    const { positions: P, indices: I } = b;
    assert.equal(I.length % 3, 0);
    const n = P.length / 3;
    // Each undirected edge must be used exactly twice, once in each direction.
    const forward = new Map<number, number>();
    const backward = new Map<number, number>();
    let degenerate = 0;
    for (let t = 0; t < I.length; t += 3) {
      const v = [I[t], I[t + 1], I[t + 2]];
      if (v[0] === v[1] || v[1] === v[2] || v[0] === v[2]) degenerate++;
      const e1 = [0, 1, 2].map((k) => P[v[1] * 3 + k] - P[v[0] * 3 + k]);
      const e2 = [0, 1, 2].map((k) => P[v[2] * 3 + k] - P[v[0] * 3 + k]);
      const area = Math.hypot(e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]) / 2;
      if (!(area > 1e-11)) degenerate++;
      for (let e = 0; e < 3; e++) {
        const a = v[e];
        const c = v[(e + 1) % 3];
        const key = Math.min(a, c) * n + Math.max(a, c);
        const m = a < c ? forward : backward;
        m.set(key, (m.get(key) ?? 0) + 1);
      }
    }
    assert.equal(degenerate, 0, 'degenerate triangles');
    let bad = 0;
    for (const key of new Set([...forward.keys(), ...backward.keys()])) {
      if (forward.get(key) !== 1 || backward.get(key) !== 1) bad++;
    }
    assert.equal(bad, 0, 'edges not shared by exactly two oppositely wound triangles');
    // Outward winding: the signed volume is positive.
    let volume = 0;
    for (let t = 0; t < I.length; t += 3) {
      const a = I[t] * 3;
      const b2 = I[t + 1] * 3;
      const c = I[t + 2] * 3;
      volume +=
        (P[a] * (P[b2 + 1] * P[c + 2] - P[b2 + 2] * P[c + 1]) -
          P[a + 1] * (P[b2] * P[c + 2] - P[b2 + 2] * P[c]) +
          P[a + 2] * (P[b2] * P[c + 1] - P[b2 + 1] * P[c])) /
        6;
    }
    assert.ok(volume > 0.04 && volume < 0.1, `body volume ${volume.toFixed(4)} m3 (outward winding, adult size)`);
  }
});

/**
 * Each triangle rotated to start at its smallest index: the meshopt index codec may rotate
 * a triangle's corners (same triangle, same winding), the quantized-only file does not.
 */
function canonicalTriangles(indices: Uint32Array): Uint32Array {
  const out = new Uint32Array(indices.length);
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]];
    const r = a <= b && a <= c ? [a, b, c] : b <= c ? [b, c, a] : [c, a, b];
    out.set(r, t);
  }
  return out;
}

test('both files decode to the same surface', () => {
  assert.deepEqual(canonicalTriangles(quantizedBody.indices), canonicalTriangles(body.indices));
  assert.deepEqual(quantizedBody.positions, body.positions);
});

test('every landmark lies on the surface (within 2 mm)', () => {
  const { positions: P, indices: I } = body;
  for (const [name, p] of Object.entries(body.landmarks)) {
    let best = Infinity;
    for (let t = 0; t < I.length; t += 3) {
      best = Math.min(best, pointTriangleDistance(p, P, I[t] * 3, I[t + 1] * 3, I[t + 2] * 3));
    }
    assert.ok(best <= 2 * MM, `${name} is ${(best / MM).toFixed(2)} mm from the surface`);
  }
});

test('the .glb is at most 400 KB with meshopt compression and quantization', () => {
  assert.ok(shippedGlb.length <= 400 * 1024, `${(shippedGlb.length / 1024).toFixed(1)} KB`);
  const gltf = glbJson(shippedGlb);
  assert.deepEqual([...(gltf.extensionsUsed ?? [])].sort(), ['EXT_meshopt_compression', 'KHR_mesh_quantization', 'MSFT_lod']);
  const plain = glbJson(shippedQuantized);
  assert.deepEqual(plain.extensionsUsed, ['KHR_mesh_quantization', 'MSFT_lod'], 'the fallback needs no WebAssembly');
  for (const file of [gltf, plain]) assert.ok(!file.extensionsRequired?.includes('MSFT_lod'), 'viewers without MSFT_lod draw the body as it is');
});

test('surface levels: L4 at the iliac crests, T7 at the inferior angles, S2 at the PSIS', () => {
  const near = (a: number, b: number, what: string) =>
    assert.ok(Math.abs(a - b) <= 10 * MM, `${what}: ${((a - b) / MM).toFixed(1)} mm apart`);
  near(L('L4').y, meanY(L('iliac-crest-left'), L('iliac-crest-right')), 'L4 and the highest points of the iliac crests');
  near(L('T7').y, meanY(L('scapula-inferior-angle-left'), L('scapula-inferior-angle-right')), 'T7 and the inferior angles');
  near(L('S2').y, meanY(L('psis-left'), L('psis-right')), 'S2 and the lower borders of the PSIS');
  for (let i = 1; i < 5; i++) {
    const gap = L(`L${i}`).y - L(`L${i + 1}`).y;
    assert.ok(gap >= 0.035 && gap <= 0.04, `L${i} to L${i + 1}: ${(gap / MM).toFixed(1)} mm`);
  }
  // The spine's landmarks run downward in order.
  const spine = ['C7', ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), 'L1', 'L2', 'L3', 'L4', 'L5', 'S2', 'sacral-hiatus'];
  for (let i = 1; i < spine.length; i++) assert.ok(L(spine[i]).y < L(spine[i - 1]).y, `${spine[i]} below ${spine[i - 1]}`);
});

test('sacral foramina: four rows down the sacrum, between the PSIS and the midline, the 2nd midway and the 4th level with the hiatus', () => {
  for (const side of ['left', 'right'] as const) {
    const out = side === 'left' ? 1 : -1;
    const foramen = (n: number) => L(`sacral-foramen-${n}-${side}`);
    const psis = L(`psis-${side}`);
    for (let n = 1; n <= 4; n++) {
      const f = foramen(n);
      const x = f.x * out;
      assert.ok(x > 10 * MM && x < psis.x * out, `foramen ${n} ${side}: ${(x / MM).toFixed(1)} mm from the midline, inside the PSIS`);
      assert.ok(surfaceNormalZ(f) < -0.5, `foramen ${n} ${side} faces backward`);
      if (n > 1) {
        assert.ok(f.y < foramen(n - 1).y - 20 * MM && f.y > foramen(n - 1).y - 40 * MM, `foramen ${n} ${side}: 2 to 4 cm below foramen ${n - 1}`);
        assert.ok(x <= foramen(n - 1).x * out, `foramen ${n} ${side}: the rows converge downward`);
      }
    }
    // The 2nd foramen: level with S2 (and the PSIS), about midway between the PSIS and the midline.
    assert.ok(Math.abs(foramen(2).y - L('S2').y) <= 5 * MM, `foramen 2 ${side} level with S2`);
    assert.ok(Math.abs(foramen(2).x * out - (psis.x * out) / 2) <= 4 * MM, `foramen 2 ${side} midway between the PSIS and the midline`);
    assert.ok(Math.abs(foramen(4).y - L('sacral-hiatus').y) <= 5 * MM, `foramen 4 ${side} level with the sacral hiatus`);
    assert.ok(foramen(1).y < L('L5').y && foramen(1).y > L('S2').y, `foramen 1 ${side} between L5 and S2`);
  }
});

test('leg: tibial tuberosity below the patella, the anterior crest below it, the medial border above the medial malleolus', () => {
  for (const side of ['left', 'right'] as const) {
    const out = side === 'left' ? 1 : -1;
    const s = (n: string) => L(`${n}-${side}`);
    const legCun = dist(s('popliteal-crease'), s('lateral-malleolus')) / 16;
    const tuberosity = s('tibial-tuberosity');
    const crest = s('tibial-crest');
    const apex = s('patella-apex');
    assert.ok(tuberosity.y < apex.y - 20 * MM && tuberosity.y > apex.y - 70 * MM, `tuberosity ${side}: 2 to 7 cm below the patella apex`);
    assert.ok(crest.y < tuberosity.y, `crest ${side} below the tuberosity`);
    assert.ok(Math.abs(apex.y - crest.y - 3 * legCun) <= 0.15 * 3 * legCun, `crest ${side}: a hand-breadth (about 3 B-cun) below the apex`);
    for (const [name, p] of [['tuberosity', tuberosity], ['crest', crest]] as const) {
      assert.ok(p.z > s('popliteal-crease').z + 60 * MM, `${name} ${side} is on the front of the leg`);
      assert.ok(surfaceNormalZ(p) > 0.6, `${name} ${side} faces forward`);
    }
    const border = s('tibia-medial-border');
    const malleolus = s('medial-malleolus');
    assert.ok(border.y > malleolus.y + 50 * MM && border.y < malleolus.y + 90 * MM, `medial border ${side}: a hand-breadth above the malleolus`);
    assert.ok(border.x * out < s('lateral-malleolus').x * out - 30 * MM, `medial border ${side} is on the medial side`);
    assert.ok(surfaceNormal(border).x * out < -0.6, `medial border ${side} faces medially`);
  }
});

test('hand and foot: the 2nd metacarpal on the back of the hand, the 1st-2nd metatarsal gap on the dorsum of the foot', () => {
  for (const side of ['left', 'right'] as const) {
    const s = (n: string) => L(`${n}-${side}`);
    const dorsal = surfaceNormal(s('metacarpal-2-3'));
    const wrist = s('wrist-crease-dorsal');
    const base = s('metacarpal-2-base');
    const head = s('metacarpal-2-head');
    const length = dist(base, head);
    assert.ok(length > 55 * MM && length < 85 * MM, `2nd metacarpal ${side}: ${(length / MM).toFixed(0)} mm base to head`);
    assert.ok(dist(base, wrist) < dist(head, wrist), `2nd metacarpal ${side}: the base is the proximal end`);
    for (const [name, p] of [['base', base], ['head', head]] as const) {
      assert.ok(dot(surfaceNormal(p), dorsal) > 0.5, `2nd metacarpal ${name} ${side} is on the back of the hand`);
    }
    // Radial: toward the thumb, away from the 4th-5th gap.
    const radial = { x: s('metacarpal-2-3').x - s('metacarpal-4-5').x, y: s('metacarpal-2-3').y - s('metacarpal-4-5').y, z: s('metacarpal-2-3').z - s('metacarpal-4-5').z };
    const middle = { x: (base.x + head.x) / 2, y: (base.y + head.y) / 2, z: (base.z + head.z) / 2 };
    const fromGap = { x: middle.x - s('metacarpal-2-3').x, y: middle.y - s('metacarpal-2-3').y, z: middle.z - s('metacarpal-2-3').z };
    assert.ok(dot(fromGap, radial) > 0, `2nd metacarpal ${side} is radial to the 2nd-3rd gap`);

    const mtBase = s('metatarsal-1-2-base');
    const mtHead = s('metatarsal-1-2-head');
    const ankle = s('medial-malleolus');
    assert.ok(mtBase.z > ankle.z + 20 * MM && mtHead.z > mtBase.z + 40 * MM, `metatarsals ${side}: in front of the ankle, the head in front of the base`);
    for (const [name, p] of [['base', mtBase], ['head', mtHead]] as const) {
      assert.ok(surfaceNormal(p).y > 0.5, `metatarsal ${name} ${side} is on the dorsum of the foot`);
      assert.ok(p.y > 15 * MM && p.y < 90 * MM, `metatarsal ${name} ${side} height`);
    }
  }
});

test('face: the philtrum runs from the base of the nose down to the upper lip, on the midline at the front', () => {
  const nose = L('nose-base');
  const lip = L('upper-lip');
  const philtrum = nose.y - lip.y;
  assert.ok(philtrum > 8 * MM && philtrum < 20 * MM, `philtrum ${(philtrum / MM).toFixed(1)} mm long`);
  for (const [name, p] of [['nose-base', nose], ['upper-lip', lip]] as const) {
    assert.ok(p.z > L('vertex').z + 70 * MM, `${name} is on the front of the face`);
    assert.ok(p.y < L('vertex').y - 0.12 && p.y > L('C7').y, `${name} height`);
    assert.ok(surfaceNormalZ(p) > 0.5, `${name} faces forward`);
  }
});

test('an adult about 1.70 m tall standing on y = 0, facing +z', () => {
  const P = body.positions;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 1; i < P.length; i += 3) {
    minY = Math.min(minY, P[i]);
    maxY = Math.max(maxY, P[i]);
  }
  assert.ok(Math.abs(minY) <= 0.5 * MM, `soles at y = ${minY}`);
  assert.ok(maxY >= 1.65 && maxY <= 1.75, `height ${maxY.toFixed(3)} m`);
  assert.ok(Math.abs(L('vertex').y - maxY) <= 2 * MM, 'the vertex is the top of the head');
  for (const side of ['left', 'right']) assert.ok(L(`sole-${side}`).y <= 3 * MM, `sole-${side} is on the floor`);
  // Facing +z: the umbilicus is in front of L4, the patella in front of the popliteal crease.
  assert.ok(L('umbilicus').z > L('L4').z + 0.1);
  assert.ok(L('patella-apex-left').z > L('popliteal-crease-left').z + 0.05);
});

for (const [name, bytes] of [['body.glb', shippedGlb], ['body.quantized.glb', shippedQuantized]] as const) {
  test(`${name}: a stand-in for moving frames (MSFT_lod), a quarter of the triangles on the body's own vertices, outside the scene, never above the channel lines`, async () => {
    const doc = await (await createIO()).readBinary(bytes);
    const root = doc.getRoot();
    const node = root.listNodes().find((n) => n.getName() === 'body')!;
    const lods = (root.listExtensionsUsed().find((e) => e.extensionName === 'MSFT_lod') as MSFTLod | undefined)?.listLods(node) ?? [];
    assert.equal(lods.length, 1, 'the body node names one stand-in');
    const [lod] = lods;
    const drawn = new Set();
    root.getDefaultScene()!.traverse((n) => drawn.add(n));
    assert.ok(!drawn.has(lod), 'the stand-in is in no scene: other viewers never draw it');
    assert.deepEqual(lod.getWorldMatrix(), node.getWorldMatrix());
    const full = node.getMesh()!.listPrimitives()[0];
    const light = lod.getMesh()!.listPrimitives()[0];
    assert.equal(light.getAttribute('POSITION'), full.getAttribute('POSITION'), 'the same vertex positions, stored once');
    assert.equal(light.getAttribute('NORMAL'), full.getAttribute('NORMAL'));
    const triangles = light.getIndices()!.getArray()!;
    assert.equal(triangles.length / 3, MOVING_TRIANGLES);
    assert.ok(triangles.length * 3 < body.indices.length, 'at most a third of the body');
    // Where the stand-in leaves the skin: outward it must stay below the channel lines and
    // rulers (LIFT above the skin), or they would vanish while the figure turns.
    const skin = surfaceOf(body.positions, body.indices);
    const P = body.positions;
    let outward = 0;
    let inward = 0;
    for (let t = 0; t < triangles.length; t += 3) {
      for (const [u, v] of [[1 / 3, 1 / 3], [0.5, 0.5], [0.5, 0], [0, 0.5]]) {
        const [a, b, c] = [triangles[t] * 3, triangles[t + 1] * 3, triangles[t + 2] * 3];
        const w = 1 - u - v;
        const p = { x: w * P[a] + u * P[b] + v * P[c], y: w * P[a + 1] + u * P[b + 1] + v * P[c + 1], z: w * P[a + 2] + u * P[b + 2] + v * P[c + 2] };
        const near = skin.closestPoint(p);
        const along = (p.x - near.point.x) * near.normal.x + (p.y - near.point.y) * near.normal.y + (p.z - near.point.z) * near.normal.z;
        outward = Math.max(outward, along);
        inward = Math.max(inward, -along);
      }
    }
    assert.ok(outward < LIFT * 0.95, `at most ${(outward / MM).toFixed(2)} mm above the skin`);
    assert.ok(inward < 2 * MM, `at most ${(inward / MM).toFixed(2)} mm under the skin`);
  });
}

test('the committed model is exactly what the generator makes now', async () => {
  const fresh = await generateBody();
  assert.ok(Buffer.from(fresh.glb).equals(Buffer.from(shippedGlb)), 'models/body.glb is stale: run npm run build:model');
  assert.ok(Buffer.from(fresh.quantizedGlb).equals(Buffer.from(shippedQuantized)), 'models/body.quantized.glb is stale');
  assert.equal(`${JSON.stringify(fresh.landmarks, null, 2)}\n`, shippedJson, 'models/landmarks.json is stale');
});

/** The outward normal of the triangle nearest to p (the landmarks lie on the surface). */
function surfaceNormal(p: Vec3): Vec3 {
  const { positions: P, indices: I } = body;
  let best = Infinity;
  let normal: Vec3 = { x: 0, y: 0, z: 0 };
  for (let t = 0; t < I.length; t += 3) {
    const [a, b, c] = [I[t] * 3, I[t + 1] * 3, I[t + 2] * 3];
    const d = pointTriangleDistance(p, P, a, b, c);
    if (d < best) {
      best = d;
      const e1 = [P[b] - P[a], P[b + 1] - P[a + 1], P[b + 2] - P[a + 2]];
      const e2 = [P[c] - P[a], P[c + 1] - P[a + 1], P[c + 2] - P[a + 2]];
      const n = { x: e1[1] * e2[2] - e1[2] * e2[1], y: e1[2] * e2[0] - e1[0] * e2[2], z: e1[0] * e2[1] - e1[1] * e2[0] };
      const l = Math.hypot(n.x, n.y, n.z);
      normal = { x: n.x / l, y: n.y / l, z: n.z / l };
    }
  }
  return normal;
}
const surfaceNormalZ = (p: Vec3) => surfaceNormal(p).z;
const dot = (a: Vec3, b: Vec3) => a.x * b.x + a.y * b.y + a.z * b.z;

/** Distance from p to the triangle with corners at P[a], P[b], P[c] (Ericson's closest point). */
function pointTriangleDistance(p: Vec3, P: Float32Array, a: number, b: number, c: number): number {
  const ax = P[a], ay = P[a + 1], az = P[a + 2];
  const abx = P[b] - ax, aby = P[b + 1] - ay, abz = P[b + 2] - az;
  const acx = P[c] - ax, acy = P[c + 1] - ay, acz = P[c + 2] - az;
  // Quick rejection by the bounding sphere around a.
  const r = Math.max(Math.hypot(abx, aby, abz), Math.hypot(acx, acy, acz));
  const apx = p.x - ax, apy = p.y - ay, apz = p.z - az;
  const da = Math.hypot(apx, apy, apz);
  if (da - r > 0.01) return da - r;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let u: number;
  let v: number;
  const bpx = p.x - P[b], bpy = p.y - P[b + 1], bpz = p.z - P[b + 2];
  const d3 = abx * bpx + aby * bpy + abz * bpz;
  const d4 = acx * bpx + acy * bpy + acz * bpz;
  const cpx = p.x - P[c], cpy = p.y - P[c + 1], cpz = p.z - P[c + 2];
  const d5 = abx * cpx + aby * cpy + abz * cpz;
  const d6 = acx * cpx + acy * cpy + acz * cpz;
  const vc = d1 * d4 - d3 * d2;
  const vb = d5 * d2 - d1 * d6;
  const va = d3 * d6 - d5 * d4;
  if (d1 <= 0 && d2 <= 0) [u, v] = [0, 0];
  else if (d3 >= 0 && d4 <= d3) [u, v] = [1, 0];
  else if (vc <= 0 && d1 >= 0 && d3 <= 0) [u, v] = [d1 / (d1 - d3), 0];
  else if (d6 >= 0 && d5 <= d6) [u, v] = [0, 1];
  else if (vb <= 0 && d2 >= 0 && d6 <= 0) [u, v] = [0, d2 / (d2 - d6)];
  else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    [u, v] = [1 - w, w];
  } else {
    const denom = 1 / (va + vb + vc);
    [u, v] = [vb * denom, vc * denom];
  }
  return Math.hypot(p.x - (ax + abx * u + acx * v), p.y - (ay + aby * u + acy * v), p.z - (az + abz * u + acz * v));
}
