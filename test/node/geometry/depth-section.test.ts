/**
 * Depth views computed on the shipped body and anatomy: the section holds the skin and the
 * structures around the point, and the needle meets the structure at risk at the depth
 * the anatomy puts it (not at a number written into the data).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readShippedBody, type BodyData } from '../../../models/read-body.js';
import { readShippedAnatomy } from '../../../models/anatomy/read-anatomy.js';
import { surfaceOf } from '../../../src/geometry/surface-index.js';
import { computeDepthSection, type SectionStructure } from '../../../src/geometry/depth-section.js';
import { sectionLoops } from '../../../src/geometry/plane-section.js';
import { placeAll } from '../../../src/catalogue/place.js';
import { pointDepth, needleAngle } from '../../../src/catalogue/depth.js';
import { DEPTH_AT_RISK } from '../../../src/catalogue/data/depth-at-risk.js';
import { CUN_SPANS } from '../../../src/catalogue/spans.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import type { PlacedMarker } from '../../../src/catalogue/types.js';

let body: BodyData;
let structures: SectionStructure[];
let markers: PlacedMarker[];

before(async () => {
  body = await readShippedBody();
  const anatomy = await readShippedAnatomy();
  structures = [...anatomy.values()].map((s) => ({ ...s, surface: surfaceOf(s.positions, s.indices) }));
  markers = placeAll(LOW_BACK_PAIN_POINTS, body.landmarks, surfaceOf(body.positions, body.indices));
});

function section(code: string, side: 'left' | 'right') {
  const m = markers.find((k) => k.code === code && k.side === side && !k.alternative)!;
  const point = LOW_BACK_PAIN_POINTS.points.find((p) => p.code === code)!;
  const depth = pointDepth(point, side, body.landmarks)!;
  return {
    depth,
    section: computeDepthSection({
      skin: body,
      structures,
      point: m.position,
      normal: m.normal,
      angle: depth.angle,
      atRisk: depth.atRisk?.modelStructures ?? [],
      side,
      depth: depth.metres[1],
    }),
  };
}

test('a unit cube cut through its middle gives one closed square loop', () => {
  const p = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1];
  const i = [0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 2, 3, 7, 2, 7, 6, 1, 2, 6, 1, 6, 5, 0, 4, 7, 0, 7, 3];
  const loops = sectionLoops(p, i, { origin: { x: 0.5, y: 0.5, z: 0.5 }, xAxis: { x: 1, y: 0, z: 0 }, yAxis: { x: 0, y: 1, z: 0 } });
  assert.equal(loops.length, 1);
  const xs = loops[0].filter((_, k) => k % 2 === 0);
  assert.ok(Math.min(...xs) === -0.5 && Math.max(...xs) === 0.5, `x from ${Math.min(...xs)} to ${Math.max(...xs)}`);
});

test('GB30: the needle meets the sciatic nerve about 5 to 7 cm deep; the section shows skin, femur and nerve', () => {
  const { section: s, depth } = section('GB30', 'left');
  assert.equal(depth.atRisk?.structure, 'sciatic nerve');
  const nerve = s.risks.find((r) => r.name === 'sciatic-nerve-left');
  assert.ok(nerve, JSON.stringify(s.risks));
  assert.ok(nerve.depth > 0.045 && nerve.depth < 0.075 && nerve.off < 0.012, `nerve at ${nerve.depth} m, ${nerve.off} m off`);
  assert.ok(s.skin.length >= 1);
  const names = s.structures.map((k) => k.name);
  for (const n of ['sciatic-nerve-left', 'femur-left']) assert.ok(names.includes(n), names.join(', '));
  // The textbook depth 2 to 3 cun reaches the nerve's depth on this body.
  assert.ok(depth.metres[1] > nerve.depth, `max needling ${depth.metres[1]} m vs nerve ${nerve.depth} m`);
});

test('BL23: the kidney lies beside and deeper than the needling depth', () => {
  const { section: s, depth } = section('BL23', 'right');
  const kidney = s.risks.find((r) => r.name === 'kidney-right');
  assert.ok(kidney, JSON.stringify(s.risks));
  assert.ok(kidney.depth > depth.metres[1], `kidney at ${kidney.depth} m within the textbook depth ${depth.metres[1]} m`);
  assert.ok(s.structures.some((k) => k.name === 'kidney-right'), 'kidney not in the section');
  assert.ok(s.structures.some((k) => k.name === 'vertebra-L2' || k.name === 'intervertebral-discs'), 'spine not in the section');
});

test('BL40: tibial nerve, popliteal vein and artery, in that order of depth', () => {
  const { section: s } = section('BL40', 'left');
  const [nerve, vein, artery] = ['tibial-nerve-left', 'popliteal-vein-left', 'popliteal-artery-left'].map((n) => s.risks.find((r) => r.name === n)!);
  assert.ok(nerve && vein && artery, JSON.stringify(s.risks));
  assert.ok(nerve.depth < vein.depth && vein.depth < artery.depth);
});

test('depth data: every entry names known structures, a known cun span and sources; published ranges are sane', () => {
  const names = new Set(structures.map((s) => s.name));
  for (const [code, entry] of Object.entries(DEPTH_AT_RISK)) {
    assert.ok(entry.sources.length > 0, `${code} has no sources`);
    assert.ok(Object.hasOwn(CUN_SPANS, entry.cunSpan), `${code}: unknown span ${entry.cunSpan}`);
    for (const m of entry.modelStructures) assert.ok([...names].some((n) => n.startsWith(m)), `${code}: no model structure ${m}`);
    if (entry.published) {
      const [a, b] = entry.published.cm;
      assert.ok(a > 0 && b >= a && b < 20, `${code}: published range ${a}-${b} cm`);
      assert.ok(entry.published.source.title.length > 20);
    }
  }
  assert.equal(needleAngle('perpendicular, into the foramen'), 90);
  assert.equal(needleAngle('oblique, from each side'), 45);
});
