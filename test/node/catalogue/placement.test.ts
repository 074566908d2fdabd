/**
 * Every built-in point on the SHIPPED body model, checked against the relation that defines
 * it. Expectations are computed here from the landmarks and the WHO proportional cun table,
 * not from the resolver's internals: if the resolver or the model drifts, these fail.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { legRulerText, measurementText } from '../../../src/catalogue/measurement-text.js';
import { ENGLISH } from '../support/english.js';
import { readShippedBody } from '../../../models/read-body.js';
import { TriangleSurface } from '../../../src/geometry/triangle-surface.js';
import { surfaceOf } from '../../../src/geometry/surface-index.js';
import { placeAll } from '../../../src/catalogue/place.js';
import { describeMeasurement } from '../../../src/catalogue/describe-measurement.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import type { BodyLandmarks, PlacedMarker, Vec3 } from '../../../src/catalogue/types.js';

let landmarks: BodyLandmarks;
let surface: TriangleSurface;
let markers: PlacedMarker[];

const MM = 0.001;
type LeftRight = 'left' | 'right';
const SIDES: LeftRight[] = ['left', 'right'];
/** +1 on the left (+x), −1 on the right. */
const outward = (side: LeftRight) => (side === 'left' ? 1 : -1);

const sub = (a: Vec3, b: Vec3): Vec3 => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
const dot = (a: Vec3, b: Vec3) => a.x * b.x + a.y * b.y + a.z * b.z;
const dist = (a: Vec3, b: Vec3) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
const horizontal = (a: Vec3, b: Vec3) => Math.hypot(a.x - b.x, a.z - b.z);

/** Where `p` projects on the line a→b (0 at a, 1 at b) and how far it is from the line. */
function onLine(p: Vec3, a: Vec3, b: Vec3): { t: number; off: number } {
  const ab = sub(b, a);
  const t = dot(sub(p, a), ab) / dot(ab, ab);
  const foot = { x: a.x + ab.x * t, y: a.y + ab.y * t, z: a.z + ab.z * t };
  return { t, off: dist(p, foot) };
}

const L = (name: string): Vec3 => {
  const p = landmarks[name];
  assert.ok(p, `the shipped model has no landmark ${name}`);
  return p;
};

/** B-cun lengths from the WHO table (2008), computed here from the landmarks. */
const cun = {
  back: () => dist(L('scapula-medial-border-left'), L('scapula-medial-border-right')) / 6,
  thighPosterior: (s: LeftRight) => dist(L(`gluteal-fold-${s}`), L(`popliteal-crease-${s}`)) / 14,
  legLateral: (s: LeftRight) => dist(L(`popliteal-crease-${s}`), L(`lateral-malleolus-${s}`)) / 16,
  forearm: (s: LeftRight) => dist(L(`cubital-crease-${s}`), L(`wrist-crease-dorsal-${s}`)) / 12,
  thighLateral: (s: LeftRight) => dist(L(`greater-trochanter-${s}`), L(`popliteal-crease-${s}`)) / 19,
  legMedial: (s: LeftRight) => dist(L(`patella-apex-${s}`), L(`medial-malleolus-${s}`)) / 15,
  /** Medial malleolus to the sole: a height (the sole landmark is under the heel, behind and beside it). */
  ankleSole: (s: LeftRight) => (L(`medial-malleolus-${s}`).y - L(`sole-${s}`).y) / 3,
  lowerAbdomen: () => dist(L('umbilicus'), L('pubic-symphysis')) / 5,
};

function marker(code: string, side: PlacedMarker['side'], options: { label?: string; alternative?: boolean } = {}): PlacedMarker {
  const found = markers.filter((m) => m.code === code && m.side === side
    && (options.label === undefined || m.label === options.label)
    && Boolean(m.alternative) === Boolean(options.alternative));
  assert.equal(found.length, 1, `${code} ${side} ${options.label ?? ''}: expected one marker, found ${found.length}`);
  return found[0];
}

/** |actual − expected| ≤ tolerance; lengths are reported in mm, ratios (`unit` '') as they are. */
const near = (actual: number, expected: number, tolerance: number, what: string, unit: 'mm' | '' = 'mm') => {
  const show = (v: number) => (unit === 'mm' ? `${(v / MM).toFixed(1)} mm` : v.toFixed(3));
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${show(actual)}, expected ${show(expected)} ± ${show(tolerance)}`);
};

let positions: Float32Array | number[];

before(async () => {
  const body = await readShippedBody();
  positions = body.positions;
  landmarks = body.landmarks;
  let start = performance.now();
  surface = surfaceOf(body.positions, body.indices);
  const build = performance.now() - start;
  start = performance.now();
  markers = placeAll(LOW_BACK_PAIN_POINTS, landmarks, surface);
  const place = performance.now() - start;
  console.log(`  shipped body: ${surface.triangleCount} triangles, BVH ${build.toFixed(0)} ms, ` +
    `${markers.length} markers placed in ${place.toFixed(0)} ms`);
});

/** Inside the closed skin: an odd number of crossings along a ray (majority of three rays). */
function isInside(p: Vec3): boolean {
  const directions = [{ x: 0, y: 0, z: 1 }, { x: 0.6, y: 0.64, z: -0.48 }, { x: -0.8, y: 0, z: 0.6 }];
  let votes = 0;
  for (const d of directions) {
    let crossings = 0;
    let origin = p;
    for (let hit = surface.raycast(origin, d); hit && crossings < 100; hit = surface.raycast(origin, d)) {
      crossings++;
      origin = { x: hit.point.x + d.x * 1e-6, y: hit.point.y + d.y * 1e-6, z: hit.point.z + d.z * 1e-6 };
    }
    if (crossings % 2 === 1) votes++;
  }
  return votes >= 2;
}

test('landmark lines used by placements run through the body they measure', () => {
  // Two skin landmarks of one body region are joined by a chord under the skin. A chord that
  // leaves the body means a landmark sits on another part (a hanging arm, the other leg).
  const lines: [string, string][] = [];
  for (const side of SIDES) {
    lines.push(
      [`greater-trochanter-${side}`, 'sacral-hiatus'],
      [`greater-trochanter-${side}`, `asis-${side}`],
      [`gluteal-fold-${side}`, `popliteal-crease-${side}`],
      [`popliteal-crease-${side}`, `calcaneal-tendon-${side}`],
      [`psis-${side}`, 'S2'],
      [`lateral-malleolus-${side}`, `calcaneal-tendon-${side}`],
      [`metacarpal-2-base-${side}`, `metacarpal-2-head-${side}`],
      [`metatarsal-1-2-base-${side}`, `metatarsal-1-2-head-${side}`],
    );
  }
  const problems: string[] = [];
  for (const [a, b] of lines) {
    const outside: string[] = [];
    for (let i = 1; i < 20; i++) {
      const t = i / 20;
      const p = { x: L(a).x + (L(b).x - L(a).x) * t, y: L(a).y + (L(b).y - L(a).y) * t, z: L(a).z + (L(b).z - L(a).z) * t };
      // Over a hollow (the back of the thigh) a chord may graze a few millimetres outside the
      // skin; a gap of air between two body parts is more than that.
      const gap = surface.closestPoint(p).distance;
      if (!isInside(p) && gap > 5 * MM) outside.push(`${Math.round(t * 100)}% (${(gap / MM).toFixed(0)} mm)`);
    }
    if (outside.length > 0) problems.push(`${a} ${JSON.stringify(L(a))} → ${b}: in the air at ${outside.join(', ')}`);
  }
  assert.deepEqual(problems, []);
});

test('every point resolves, with one marker per definition and side', () => {
  for (const point of LOW_BACK_PAIN_POINTS.points) {
    const count = markers.filter((m) => m.code === point.code).length;
    assert.equal(count, point.markers.length * (point.laterality === 'midline' ? 1 : 2), point.code);
  }
});

test('every marker is on the skin with a unit normal', () => {
  for (const m of markers) {
    const where = `${m.code} ${m.side} ${m.label ?? ''}`;
    assert.ok(surface.closestPoint(m.position).distance < 1 * MM, `${where} is off the skin`);
    assert.ok(Math.abs(Math.hypot(m.normal.x, m.normal.y, m.normal.z) - 1) < 1e-6, `${where} normal`);
  }
});

test('left and right markers mirror each other', () => {
  for (const m of markers.filter((m) => m.side === 'left')) {
    const twin = marker(m.code, 'right', { label: m.label, alternative: m.alternative });
    const where = `${m.code} ${m.label ?? ''}${m.alternative ? ' (alternative)' : ''}`;
    assert.ok(dist(twin.position, { x: -m.position.x, y: m.position.y, z: m.position.z }) < 2 * MM,
      `${where}: right ${JSON.stringify(twin.position)} is not the mirror of left ${JSON.stringify(m.position)}`);
  }
});

test('midline points of the back sit on the midline at their level (GV4, GV3, EX-B8)', () => {
  for (const [code, level] of [['GV4', 'L2'], ['GV3', 'L4'], ['EX-B8', 'L5']] as const) {
    const m = marker(code, 'midline');
    near(m.position.x, 0, 3 * MM, `${code} x`);
    near(m.position.y, L(level).y, 5 * MM, `${code} height vs ${level}`);
    assert.ok(m.normal.z < -0.5, `${code} faces backward`);
  }
});

test('back-shu rows: level with their vertebra, at their B-cun from the midline', () => {
  const rows: [code: string, level: string, cunFromMidline: number, label?: string][] = [
    ['BL23', 'L2', 1.5], ['BL24', 'L3', 1.5], ['BL25', 'L4', 1.5], ['BL26', 'L5', 1.5],
    ['BL52', 'L2', 3], ['EX-B7', 'L4', 3.5],
    ...(['L1', 'L2', 'L3', 'L4', 'L5'] as const).map((level) => ['EX-B2', level, 0.5, level] as [string, string, number, string]),
  ];
  const back = cun.back();
  for (const [code, level, cunFromMidline, label] of rows) {
    for (const side of SIDES) {
      const m = marker(code, side, { label });
      const where = `${code}${label ? ` ${label}` : ''} ${side}`;
      near(m.position.y, L(level).y, 5 * MM, `${where} height vs ${level}`);
      // Measured over the curved skin, the straight x offset is a little shorter: allow ±10 %.
      const expected = cunFromMidline * back;
      near(m.position.x * outward(side), expected, 0.1 * expected, `${where} distance from the midline`);
      assert.ok(m.normal.z < -0.3, `${where} faces backward`);
    }
  }
});

test('BL54 is level with the sacral hiatus, 3 B-cun lateral', () => {
  for (const side of SIDES) {
    const m = marker('BL54', side);
    near(m.position.y, L('sacral-hiatus').y, 5 * MM, `BL54 ${side} height`);
    near(m.position.x * outward(side), 3 * cun.back(), 0.3 * cun.back(), `BL54 ${side} distance from the midline`);
  }
});

test('BL32 lies midway between the PSIS and S2', () => {
  for (const side of SIDES) {
    const m = marker('BL32', side);
    const { t, off } = onLine(m.position, L(`psis-${side}`), L('S2'));
    near(t, 0.5, 0.05, `BL32 ${side} fraction PSIS→S2`, '');
    assert.ok(off < 10 * MM, `BL32 ${side}: ${(off / MM).toFixed(1)} mm off the PSIS–S2 line`);
  }
});

test('GB30: a third of the way from the trochanter to the sacral hiatus; alternative toward the ASIS', () => {
  for (const side of SIDES) {
    const trochanter = L(`greater-trochanter-${side}`);
    const main = marker('GB30', side);
    const toHiatus = onLine(main.position, trochanter, L('sacral-hiatus'));
    near(toHiatus.t, 1 / 3, 0.06, `GB30 ${side} fraction trochanter→hiatus`, '');
    assert.ok(main.normal.z < -0.3, `GB30 ${side} is on the buttock (faces backward)`);

    const alternative = marker('GB30', side, { alternative: true });
    const toAsis = onLine(alternative.position, trochanter, L(`asis-${side}`));
    near(toAsis.t, 1 / 3, 0.06, `GB30 alternative ${side} fraction trochanter→ASIS`, '');
    assert.ok(alternative.normal.x * outward(side) > 0.3, `GB30 alternative ${side} is on the side of the hip`);
  }
});

test('thigh: BL36 at the gluteal fold, BL40 at the popliteal crease, BL37 6 B-cun below the fold on that line', () => {
  for (const side of SIDES) {
    const fold = L(`gluteal-fold-${side}`);
    const crease = L(`popliteal-crease-${side}`);
    const bl36 = marker('BL36', side);
    const bl40 = marker('BL40', side);
    assert.ok(dist(bl36.position, fold) < 3 * MM, `BL36 ${side} is ${(dist(bl36.position, fold) / MM).toFixed(1)} mm from the gluteal fold`);
    assert.ok(dist(bl40.position, crease) < 3 * MM, `BL40 ${side} is ${(dist(bl40.position, crease) / MM).toFixed(1)} mm from the popliteal crease`);
    const bl37 = marker('BL37', side);
    const along = onLine(bl37.position, bl36.position, bl40.position);
    // 6 of the 14 B-cun of the gluteal fold to popliteal crease span.
    near(along.t * dist(bl36.position, bl40.position), 6 * cun.thighPosterior(side), 0.05 * 6 * cun.thighPosterior(side), `BL37 ${side} distance below the fold`);
    assert.ok(along.off < 25 * MM, `BL37 ${side}: ${(along.off / MM).toFixed(1)} mm off the BL36–BL40 line`);
    assert.ok(bl37.normal.z < -0.5, `BL37 ${side} is on the back of the thigh`);
  }
});

test('BL57 is 8 B-cun below the popliteal crease, on the back of the calf', () => {
  for (const side of SIDES) {
    const m = marker('BL57', side);
    const drop = L(`popliteal-crease-${side}`).y - m.position.y;
    near(drop, 8 * cun.legLateral(side), 0.1 * 8 * cun.legLateral(side), `BL57 ${side} drop below the crease`);
    assert.ok(m.normal.z < -0.5, `BL57 ${side} is on the back of the calf`);
  }
});

test('GB34 is anterior and inferior to the fibular head, on the lateral leg', () => {
  for (const side of SIDES) {
    const m = marker('GB34', side);
    const head = L(`fibula-head-${side}`);
    assert.ok(m.position.y < head.y - 5 * MM, `GB34 ${side} is not below the fibular head`);
    assert.ok(m.position.z > head.z + 3 * MM, `GB34 ${side} is not in front of the fibular head`);
    assert.ok(dist(m.position, head) < 50 * MM, `GB34 ${side} is ${(dist(m.position, head) / MM).toFixed(0)} mm from the fibular head`);
    assert.ok(m.normal.x * outward(side) > 0.3, `GB34 ${side} is not on the lateral side`);
  }
});

test('ankle: BL60 and KI3 between malleolus and tendon, BL62 below the lateral malleolus', () => {
  for (const side of SIDES) {
    const tendon = L(`calcaneal-tendon-${side}`);
    for (const [code, malleolusName, facing] of [['BL60', 'lateral-malleolus', 1], ['KI3', 'medial-malleolus', -1]] as const) {
      const m = marker(code, side);
      const malleolus = L(`${malleolusName}-${side}`);
      const { t, off } = onLine(m.position, malleolus, tendon);
      assert.ok(t > 0.25 && t < 0.75, `${code} ${side}: ${t.toFixed(2)} of the way from malleolus to tendon`);
      assert.ok(off < 12 * MM, `${code} ${side}: ${(off / MM).toFixed(1)} mm off the malleolus–tendon line`);
      near(m.position.y, malleolus.y, 10 * MM, `${code} ${side} height vs the malleolus`);
      assert.ok(m.normal.x * outward(side) * facing > 0.2, `${code} ${side} is not on the ${facing > 0 ? 'lateral' : 'medial'} side`);
      assert.ok(m.position.z < malleolus.z, `${code} ${side} is not behind the malleolus`);
    }
    const bl62 = marker('BL62', side);
    const lateral = L(`lateral-malleolus-${side}`);
    assert.ok(bl62.position.y < lateral.y - 8 * MM, `BL62 ${side} is not below the lateral malleolus`);
    assert.ok(horizontal(bl62.position, lateral) < 15 * MM, `BL62 ${side} is ${(horizontal(bl62.position, lateral) / MM).toFixed(1)} mm from straight below the malleolus`);
    assert.ok(bl62.normal.x * outward(side) > 0.3, `BL62 ${side} is not on the lateral side of the foot`);
  }
});

test('hand: EX-UE7 on the back of the hand at its two gaps; SI3 just proximal to the 5th MCP joint', () => {
  for (const side of SIDES) {
    // The skin normal at the dorsal landmarks is the direction the back of the hand faces.
    const dorsal = surface.closestPoint(L(`metacarpal-2-3-${side}`)).normal;
    for (const [label, landmark] of [['2nd–3rd', 'metacarpal-2-3'], ['4th–5th', 'metacarpal-4-5']] as const) {
      const m = marker('EX-UE7', side, { label });
      assert.ok(dist(m.position, L(`${landmark}-${side}`)) < 3 * MM, `EX-UE7 ${label} ${side} is off its landmark`);
      assert.ok(dot(m.normal, dorsal) > 0.7, `EX-UE7 ${label} ${side} is not on the back of the hand`);
    }
    const si3 = marker('SI3', side);
    const mcp5 = L(`mcp5-${side}`);
    const expected = 0.5 * cun.forearm(side);
    near(dist(si3.position, mcp5), expected, 0.4 * expected, `SI3 ${side} distance from the MCP joint`);
    // Proximal: toward the wrist along the hand, whose axis runs from the knuckles to the dorsal wrist crease.
    const knuckleToWrist = sub(L(`wrist-crease-dorsal-${side}`), L(`metacarpal-4-5-${side}`));
    assert.ok(dot(sub(si3.position, mcp5), knuckleToWrist) > 0, `SI3 ${side} is not proximal to the joint`);
    assert.ok(dot(si3.normal, dorsal) > -0.2, `SI3 ${side} is on the palm`);
  }
});

test('sacral points: BL31 to BL34 in the four foramina, BL28 level with the 2nd, 1.5 B-cun from the midline', () => {
  for (const side of SIDES) {
    ['BL31', 'BL32', 'BL33', 'BL34'].forEach((code, i) => {
      const m = marker(code, side);
      const foramen = L(`sacral-foramen-${i + 1}-${side}`);
      assert.ok(dist(m.position, foramen) < 3 * MM, `${code} ${side} is ${(dist(m.position, foramen) / MM).toFixed(1)} mm from its foramen`);
      assert.ok(m.normal.z < -0.5, `${code} ${side} faces backward`);
      if (i > 0) assert.ok(m.position.y < marker(['BL31', 'BL32', 'BL33', 'BL34'][i - 1], side).position.y - 15 * MM, `${code} ${side} below the one above`);
    });
    const bl28 = marker('BL28', side);
    near(bl28.position.y, L('S2').y, 5 * MM, `BL28 ${side} level with S2`);
    near(bl28.position.y, marker('BL32', side).position.y, 5 * MM, `BL28 ${side} level with BL32`);
    near(bl28.position.x * outward(side), 1.5 * cun.back(), 0.15 * cun.back(), `BL28 ${side} distance from the median sacral crest`);
    assert.ok(bl28.normal.z < -0.5, `BL28 ${side} faces backward`);
  }
});

test('calf: BL55 2 B-cun below BL40; BL58 7 and BL59 3 B-cun above BL60; BL58 lateral to and below BL57', () => {
  for (const side of SIDES) {
    const leg = cun.legLateral(side);
    const bl40 = marker('BL40', side).position;
    const bl55 = marker('BL55', side);
    near(bl40.y - bl55.position.y, 2 * leg, 0.1 * 2 * leg, `BL55 ${side} drop below the popliteal crease`);
    assert.ok(horizontal(bl55.position, bl40) < 15 * MM, `BL55 ${side} is below BL40, between the gastrocnemius heads`);
    assert.ok(bl55.normal.z < -0.5, `BL55 ${side} is on the back of the calf`);

    const bl60 = marker('BL60', side).position;
    const bl57 = marker('BL57', side).position;
    const bl58 = marker('BL58', side);
    near(bl58.position.y - bl60.y, 7 * leg, 0.1 * 7 * leg, `BL58 ${side} height above BL60`);
    assert.ok(bl58.position.y < bl57.y, `BL58 ${side} is below BL57`);
    assert.ok(bl58.position.x * outward(side) > bl57.x * outward(side) + 5 * MM, `BL58 ${side} is lateral to BL57`);
    assert.ok(bl58.normal.z < -0.3 && bl58.normal.x * outward(side) > 0.2, `BL58 ${side} faces back and out (posterolateral)`);

    const bl59 = marker('BL59', side);
    near(bl59.position.y - bl60.y, 3 * leg, 0.1 * 3 * leg, `BL59 ${side} height above BL60`);
    assert.ok(horizontal(bl59.position, bl60) < 15 * MM, `BL59 ${side} is straight above BL60`);
    assert.ok(bl59.normal.z < -0.3 && bl59.normal.x * outward(side) > 0.2, `BL59 ${side} is posterolateral`);
    // Between the fibula (the lateral malleolus is its lower end) and the calcaneal tendon.
    const { t } = onLine(bl59.position, L(`lateral-malleolus-${side}`), L(`calcaneal-tendon-${side}`));
    assert.ok(t > 0.2 && t < 0.8, `BL59 ${side}: ${t.toFixed(2)} of the way from the fibula to the tendon`);
  }
});

test('front and sides of the leg: ST36, SP6, GB39, GB31', () => {
  for (const side of SIDES) {
    const leg = cun.legLateral(side);
    const st36 = marker('ST36', side);
    near(L(`patella-apex-${side}`).y - st36.position.y, 3 * leg, 0.1 * 3 * leg, `ST36 ${side} 3 B-cun below the knee`);
    assert.ok(st36.position.y < L(`tibial-tuberosity-${side}`).y, `ST36 ${side} is below the tibial tuberosity`);
    const crest = L(`tibial-crest-${side}`);
    near(st36.position.y, crest.y, 10 * MM, `ST36 ${side} level with the tibial crest landmark`);
    const beside = (st36.position.x - crest.x) * outward(side);
    assert.ok(beside > 10 * MM && beside < 35 * MM, `ST36 ${side}: ${(beside / MM).toFixed(0)} mm lateral to the anterior tibial crest (a finger-breadth)`);
    assert.ok(st36.normal.z > 0.3 && st36.normal.x * outward(side) > 0, `ST36 ${side} is on the front of the leg, lateral to the crest`);

    const sp6 = marker('SP6', side);
    near(sp6.position.y - L(`medial-malleolus-${side}`).y, 3 * cun.legMedial(side), 0.1 * 3 * cun.legMedial(side), `SP6 ${side} height above the medial malleolus`);
    const border = L(`tibia-medial-border-${side}`);
    const behind = border.z - sp6.position.z;
    assert.ok(behind > 0 && behind < 20 * MM, `SP6 ${side}: ${(behind / MM).toFixed(1)} mm behind the medial border of the tibia`);
    assert.ok(sp6.normal.x * outward(side) < -0.5, `SP6 ${side} is on the medial side`);

    const gb39 = marker('GB39', side);
    const lateral = L(`lateral-malleolus-${side}`);
    near(gb39.position.y - lateral.y, 3 * leg, 0.1 * 3 * leg, `GB39 ${side} height above the lateral malleolus`);
    assert.ok(gb39.position.z > lateral.z + 3 * MM, `GB39 ${side} is anterior to the fibula's line`);
    assert.ok(gb39.normal.x * outward(side) > 0.6, `GB39 ${side} is on the lateral side`);

    const gb31 = marker('GB31', side);
    const thigh = cun.thighLateral(side);
    // WHO 2008: 9 B-cun above the popliteal crease (older textbooks: 7), where the hanging
    // middle fingertip rests: this body's lowest point of the hand is at the same height.
    near(gb31.position.y - L(`popliteal-crease-${side}`).y, 9 * thigh, 0.1 * 9 * thigh, `GB31 ${side} 9 B-cun above the popliteal crease`);
    let fingertip = Infinity;
    for (let i = 0; i < positions.length; i += 3) {
      if (positions[i] * outward(side) > 0.19 && positions[i + 1] > 0.4) fingertip = Math.min(fingertip, positions[i + 1]);
    }
    near(gb31.position.y, fingertip, thigh, `GB31 ${side} level with the tip of the hanging middle finger`);
    assert.ok(gb31.normal.x * outward(side) > 0.6, `GB31 ${side} is on the lateral thigh`);
    assert.ok(gb31.normal.z < 0, `GB31 ${side} is just behind the lateral midline (the iliotibial band)`);
  }
});

test('hand, foot and face: LI4 beside the 2nd metacarpal, LR3 between the 1st and 2nd metatarsals, GV26 mid-philtrum', () => {
  for (const side of SIDES) {
    const dorsal = surface.closestPoint(L(`metacarpal-2-3-${side}`)).normal;
    const li4 = marker('LI4', side);
    const base = L(`metacarpal-2-base-${side}`);
    const head = L(`metacarpal-2-head-${side}`);
    const along = onLine(li4.position, base, head);
    near(along.t, 0.5, 0.1, `LI4 ${side}: fraction along the 2nd metacarpal`, '');
    assert.ok(along.off < 8 * MM, `LI4 ${side}: ${(along.off / MM).toFixed(1)} mm off the metacarpal`);
    assert.ok(dot(li4.normal, dorsal) > 0.3, `LI4 ${side} is on the back of the hand`);
    const radial = sub(L(`metacarpal-2-3-${side}`), L(`metacarpal-4-5-${side}`));
    assert.ok(dot(sub(li4.position, L(`metacarpal-2-3-${side}`)), radial) > 0, `LI4 ${side} is radial to the 2nd-3rd gap`);

    const lr3 = marker('LR3', side);
    const junction = L(`metatarsal-1-2-base-${side}`);
    const heads = L(`metatarsal-1-2-head-${side}`);
    const onFoot = onLine(lr3.position, junction, heads);
    assert.ok(onFoot.t > 0.1 && onFoot.t < 0.45, `LR3 ${side}: ${onFoot.t.toFixed(2)} of the way from the bases to the heads (just distal to the junction)`);
    assert.ok(onFoot.off < 10 * MM, `LR3 ${side}: ${(onFoot.off / MM).toFixed(1)} mm off the 1st-2nd metatarsal gap`);
    assert.ok(lr3.normal.y > 0.4, `LR3 ${side} is on the dorsum of the foot`);
  }
  const gv26 = marker('GV26', 'midline');
  near(gv26.position.x, 0, 1 * MM, 'GV26 x');
  near(gv26.position.y, (L('nose-base').y + L('upper-lip').y) / 2, 2 * MM, 'GV26 at the midpoint of the philtrum');
  assert.ok(gv26.normal.z > 0.6, 'GV26 faces forward');
});

test('BL62 uses the malleolus-to-sole span as a height (3 B-cun), not the slanted line to the heel', () => {
  for (const side of SIDES) {
    const bl62 = marker('BL62', side);
    const drop = L(`lateral-malleolus-${side}`).y - bl62.position.y;
    near(drop, 0.8 * cun.ankleSole(side), 0.25 * 0.8 * cun.ankleSole(side), `BL62 ${side} drop below the malleolus`);
    const slanted = dist(L(`medial-malleolus-${side}`), L(`sole-${side}`)) / 3;
    assert.ok(slanted > cun.ankleSole(side) * 1.05, 'the straight line to the sole landmark is longer than the height');
  }
});

test('CV4 is on the anterior midline, 3 B-cun below the umbilicus', () => {
  const m = marker('CV4', 'midline');
  near(m.position.x, 0, 3 * MM, 'CV4 x');
  near(L('umbilicus').y - m.position.y, 3 * cun.lowerAbdomen(), 0.1 * 3 * cun.lowerAbdomen(), 'CV4 drop below the umbilicus');
  assert.ok(m.normal.z > 0.5, 'CV4 faces forward');
});

test('the cun ruler explains BL23 and BL57 in the words and numbers of the placement', () => {
  const bl23 = LOW_BACK_PAIN_POINTS.points.find((p) => p.code === 'BL23')!;
  const ruler = describeMeasurement(bl23, 0, 'left', landmarks, surface);
  assert.equal(measurementText(ruler.legs, ENGLISH), '1.5 B-cun lateral from the midline just below the L2 spinous process');
  assert.deepEqual(ruler.position, marker('BL23', 'left').position);
  const [walk] = ruler.legs;
  assert.equal(walk.span?.name, 'back');
  near(walk.cunLength, cun.back(), 1e-9, 'BL23 ruler B-cun');
  near(walk.distance, 1.5 * cun.back(), 0.1 * MM, 'BL23 walked over the skin');

  const bl57 = LOW_BACK_PAIN_POINTS.points.find((p) => p.code === 'BL57')!;
  const leg = describeMeasurement(bl57, 0, 'right', landmarks, surface).legs[0];
  assert.equal(leg.kind, 'along');
  assert.match(legRulerText(leg, ENGLISH) ?? '', /^8 of 16 B-cun \(popliteal crease to the prominence of the lateral malleolus; 1 B-cun = \d+ mm here\)$/);
  near(leg.distance, 8 * cun.legLateral('right'), 1e-9, 'BL57 straight distance from the crease');

  // On the hand a step up the hanging arm is "proximal"; an estimate says it is one.
  const si3 = LOW_BACK_PAIN_POINTS.points.find((p) => p.code === 'SI3')!;
  const hand = describeMeasurement(si3, 0, 'left', landmarks, surface);
  assert.equal(measurementText(hand.legs, ENGLISH), '0.5 B-cun proximal from the 5th metacarpophalangeal joint');
  assert.match(hand.approximate ?? '', /depression/);
  // A midpoint then a walk: BL59 is 3 B-cun above the point between the malleolus and the tendon.
  const bl59 = LOW_BACK_PAIN_POINTS.points.find((p) => p.code === 'BL59')!;
  const calf = describeMeasurement(bl59, 0, 'right', landmarks, surface);
  assert.equal(measurementText(calf.legs, ENGLISH), 'midway between the prominence of the lateral malleolus and the calcaneal tendon, then 3 B-cun superior');
  assert.deepEqual(calf.legs.map((l) => l.kind), ['midpoint', 'walk']);
  near(calf.legs[1].distance, 3 * cun.legLateral('right'), 0.1 * MM, 'BL59 walk over the skin');
  assert.deepEqual(calf.position, marker('BL59', 'right').position);
});
