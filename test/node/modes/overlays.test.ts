/**
 * Channel lines, cun rulers and quiz distances on the SHIPPED body: the lines lie on the
 * skin and pass through the points they are drawn through; rulers hold the B-cun the
 * placement measured; a quiz click is scored in the point's own B-cun.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGLISH } from '../support/english.js';
import { readShippedBody } from '../../../models/read-body.js';
import { TriangleSurface } from '../../../src/geometry/triangle-surface.js';
import { surfaceOf } from '../../../src/geometry/surface-index.js';
import { placeAll } from '../../../src/catalogue/place.js';
import { describeMeasurement } from '../../../src/catalogue/describe-measurement.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import type { AcuPoint, BodyLandmarks, PlacedMarker, Vec3 } from '../../../src/catalogue/types.js';
import { meridianLines, type MeridianLine } from '../../../src/modes/meridian-paths.js';
import { CHANNELS } from '../../../src/modes/channels.js';
import { rulerGeometry } from '../../../src/modes/ruler-geometry.js';
import { quizMiss, spanOf } from '../../../src/modes/quiz-distance.js';
import { pathLength } from '../../../src/modes/skin-path.js';

let landmarks: BodyLandmarks;
let surface: TriangleSurface;
let markers: PlacedMarker[];
let lines: MeridianLine[];

const dist = (a: Vec3, b: Vec3) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
const point = (code: string): AcuPoint => LOW_BACK_PAIN_POINTS.points.find((p) => p.code === code)!;
const marker = (code: string, side: PlacedMarker['side']) => markers.find((m) => m.code === code && m.side === side && !m.alternative)!;
const backCun = () => dist(landmarks['scapula-medial-border-left'], landmarks['scapula-medial-border-right']) / 6;
/** Nearest distance from `p` to the polyline's vertices (lines are sampled every few mm). */
const gap = (line: MeridianLine, p: Vec3) => Math.min(...line.points.map((q) => dist(p, q)));
const find = (channel: string, side: string, branch = '') =>
  lines.find((l) => l.channel === channel && l.side === side && l.branch === branch)!;

before(async () => {
  const body = await readShippedBody();
  landmarks = body.landmarks;
  surface = surfaceOf(body.positions, body.indices);
  markers = placeAll(LOW_BACK_PAIN_POINTS, landmarks, surface);
  lines = meridianLines(landmarks, surface, markers);
});

test('channels: every line is drawn, on the skin, lifted 1-2 mm and densely sampled', () => {
  const names = lines.map((l) => `${l.channel}:${l.branch}:${l.side}`).sort();
  assert.deepEqual(names, [
    'bladder:inner:left', 'bladder:inner:right', 'bladder:outer:left', 'bladder:outer:right',
    'gallbladder::left', 'gallbladder::right', 'governor::midline', 'kidney::left', 'kidney::right',
    'large-intestine::left', 'large-intestine::right', 'liver::left', 'liver::right',
    'spleen::left', 'spleen::right', 'stomach::left', 'stomach::right',
  ]);
  for (const line of lines) {
    for (const p of line.points) {
      const off = surface.closestPoint(p).distance;
      assert.ok(off > 0.0005 && off < 0.0025, `${line.channel} ${line.side}: ${(off * 1000).toFixed(2)} mm off the skin`);
    }
    for (let i = 1; i < line.points.length; i++) {
      assert.ok(dist(line.points[i - 1], line.points[i]) < 0.02, `${line.channel}: a gap of more than 2 cm`);
    }
  }
});

test('channels: every shown point of a drawn channel lies on its line (within 4 mm), on its own side', () => {
  const drawn = new Map(CHANNELS.map((c) => [c.code, c.id]));
  const checked = new Set<string>();
  for (const m of markers) {
    if (m.alternative) continue;
    const id = drawn.get(m.code.replace(/\d+$/, ''));
    if (!id) continue;
    const own = lines.filter((l) => l.channel === id && l.side === m.side);
    assert.ok(own.length > 0, `no ${id} line on the ${m.side} for ${m.code}`);
    const nearest = Math.min(...own.map((l) => gap(l, m.position)));
    assert.ok(nearest < 0.004, `${m.code} ${m.side} is ${(nearest * 1000).toFixed(1)} mm from the ${id} line`);
    checked.add(m.code);
  }
  // The new points of the second edition are among those checked.
  for (const code of ['GV26', 'BL28', 'BL31', 'BL34', 'BL55', 'BL58', 'BL59', 'GB31', 'GB39', 'ST36', 'SP6', 'LR3', 'LI4']) {
    assert.ok(checked.has(code), `${code} is not on a drawn channel`);
  }
});

test('channels: each line runs through the points it is drawn through', () => {
  for (const side of ['left', 'right'] as const) {
    const inner = find('bladder', side, 'inner');
    for (const code of ['BL23', 'BL24', 'BL25', 'BL26', 'BL36', 'BL37', 'BL40', 'BL57', 'BL60', 'BL62']) {
      assert.ok(gap(inner, marker(code, side).position) < 0.004, `inner Bladder line misses ${code} ${side}`);
    }
    const outer = find('bladder', side, 'outer');
    for (const code of ['BL52', 'BL54', 'BL40']) assert.ok(gap(outer, marker(code, side).position) < 0.004, `outer line misses ${code}`);
    const gb = find('gallbladder', side);
    for (const code of ['GB30', 'GB34']) assert.ok(gap(gb, marker(code, side).position) < 0.004, `GB line misses ${code}`);
    assert.ok(gap(find('kidney', side), marker('KI3', side).position) < 0.004, 'KI line misses KI3');
    // The inner line is 1.5 B-cun and the outer 3 B-cun from the midline at L3 (over the skin: a bit more in x than straight).
    const atL3 = (line: MeridianLine) => line.points.reduce((best, p) => (Math.abs(p.y - landmarks.L3.y) < Math.abs(best.y - landmarks.L3.y) ? p : best));
    const outward = side === 'left' ? 1 : -1;
    assert.ok(Math.abs(atL3(inner).x * outward - 1.5 * backCun()) < 0.006, `inner line at L3: x ${atL3(inner).x}`);
    assert.ok(Math.abs(atL3(outer).x * outward - 3 * backCun()) < 0.01, `outer line at L3: x ${atL3(outer).x}`);
    // Bladder runs down the back of the leg; Gallbladder down its outer side.
    assert.ok(Math.min(...inner.points.map((p) => p.y)) < 0.1, 'inner line reaches the ankle');
    assert.ok(gb.points.every((p) => p.x * outward > 0.08), 'GB line stays on the lateral hip and leg');
  }
  const gv = find('governor', 'midline');
  assert.ok(gv.points.every((p) => Math.abs(p.x) < 0.003), 'GV stays on the posterior midline');
  for (const code of ['GV4', 'GV3']) assert.ok(gap(gv, marker(code, 'midline').position) < 0.004, `GV misses ${code}`);
  assert.ok(pathLength(gv.points) > 0.5, 'GV runs from C7 to the sacrum');
});

test('channels: a body without some landmarks still gets the lines it can', () => {
  const partial = { ...landmarks };
  delete partial['medial-malleolus-left'];
  delete partial['medial-malleolus-right'];
  const some = meridianLines(partial, surface, markers.filter((m) => m.code !== 'KI3'));
  assert.ok(!some.some((l) => l.channel === 'kidney'), 'no Kidney line without its landmarks');
  assert.ok(some.some((l) => l.channel === 'bladder'));
});

test('ruler: BL23 is 1.5 B-cun from the midline at L2, ticked every half B-cun', () => {
  const ruler = rulerGeometry(describeMeasurement(point('BL23'), 0, 'left', landmarks, surface), surface, ENGLISH);
  assert.equal(ruler.cun, 1.5);
  assert.equal(ruler.scaleCun, 1.5);
  assert.equal(ruler.ticks.length, 4);
  assert.deepEqual(ruler.ticks.map((t) => t.major), [true, false, true, true]);
  assert.match(ruler.caption, /1\.5 B-cun lateral from the midline just below the L2 spinous process/);
  const line = ruler.lines[0];
  assert.ok(Math.abs(line[0].x) < 0.002 && Math.abs(line[0].y - landmarks.L2.y) < 0.002, 'starts on the midline at L2');
  assert.ok(dist(line[line.length - 1], marker('BL23', 'left').position) < 0.003, 'ends at BL23');
  assert.ok(Math.abs(pathLength(line) - 1.5 * backCun()) < 0.004, 'as long as 1.5 B-cun over the skin');
});

test('ruler: BL57 sits at 8 on the 16 B-cun span of the lower leg', () => {
  const ruler = rulerGeometry(describeMeasurement(point('BL57'), 0, 'right', landmarks, surface), surface, ENGLISH);
  assert.equal(ruler.cun, 8);
  assert.equal(ruler.scaleCun, 16);
  assert.equal(ruler.ticks.length, 17);
  assert.match(ruler.detail!, /^8 of 16 B-cun/);
  // The middle tick is at BL57.
  const middle = ruler.ticks[8];
  const centre = { x: (middle.from.x + middle.to.x) / 2, y: (middle.from.y + middle.to.y) / 2, z: (middle.from.z + middle.to.z) / 2 };
  assert.ok(dist(centre, marker('BL57', 'right').position) < 0.006, `8th tick ${(dist(centre, marker('BL57', 'right').position) * 1000).toFixed(1)} mm from BL57`);
});

test('ruler: fractions tick their thirds, midpoints their halves, landmarks draw no line', () => {
  const gb30 = rulerGeometry(describeMeasurement(point('GB30'), 0, 'left', landmarks, surface), surface, ENGLISH);
  assert.equal(gb30.ticks.length, 4);
  assert.equal(gb30.cun, 0);
  const bl60 = rulerGeometry(describeMeasurement(point('BL60'), 0, 'left', landmarks, surface), surface, ENGLISH);
  assert.equal(bl60.ticks.length, 3);
  const gv4 = rulerGeometry(describeMeasurement(point('GV4'), 0, 'midline', landmarks, surface), surface, ENGLISH);
  assert.equal(gv4.lines.length, 0);
  assert.match(gv4.caption, /at the midline just below the L2 spinous process/);
});

test('quiz distance: in the point\'s own B-cun, nearest side wins', () => {
  assert.equal(spanOf(point('BL23')), 'back');
  assert.equal(spanOf(point('BL57')), 'leg-lateral');
  assert.equal(spanOf(point('KI3')), 'leg-lateral');
  const bl40 = point('BL40');
  const right = marker('BL40', 'right').position;
  const exact = quizMiss(bl40, markers, right, landmarks);
  assert.equal(exact.nearest.side, 'right');
  assert.ok(exact.errorCun < 1e-9);
  const oneCunUp = { ...right, y: right.y + exact.cunLength };
  assert.ok(Math.abs(quizMiss(bl40, markers, oneCunUp, landmarks).errorCun - 1) < 1e-9);
  const shoulder = landmarks['scapula-medial-border-left'];
  const far = quizMiss(bl40, markers, shoulder, landmarks);
  assert.equal(far.nearest.side, 'left');
  assert.ok(far.errorCun > 20, `the shoulder is ${far.errorCun.toFixed(1)} B-cun from BL40`);
  assert.equal(far.clicked, null, 'a click far from every point names none');
});

test('quiz tolerance: neighbouring points are told apart, and the answer names the point clicked', () => {
  const jiaji = point('EX-B2');
  const gv3 = marker('GV3', 'midline').position;
  const bl25 = marker('BL25', 'left').position;
  for (const [code, at] of [['GV3', gv3], ['BL25', bl25]] as const) {
    const miss = quizMiss(jiaji, markers, at, landmarks);
    assert.ok(miss.errorCun > miss.toleranceCun, `a click on ${code} (${miss.errorCun.toFixed(2)} B-cun from EX-B2) is outside EX-B2's tolerance (${miss.toleranceCun.toFixed(2)})`);
    assert.ok(miss.errorCun <= 1, `${code} is within the old 1 B-cun rule, which scored it correct`);
    assert.equal(miss.clicked?.code, code);
  }
  const l4 = markers.find((m) => m.code === 'EX-B2' && m.side === 'left' && m.label === 'L4')!.position;
  const onJiaji = quizMiss(jiaji, markers, l4, landmarks);
  assert.ok(onJiaji.errorCun < 1e-9 && onJiaji.clicked === null);
  // EX-B2 sits 0.5 B-cun from the midline: its tolerance is half its distance to GV3, about 0.25 B-cun.
  assert.ok(onJiaji.toleranceCun > 0.15 && onJiaji.toleranceCun < 0.35, `EX-B2 tolerance ${onJiaji.toleranceCun.toFixed(2)} B-cun`);
  // Far from other points the tolerance is the full B-cun.
  const gb31 = quizMiss(point('GB31'), markers, marker('GB31', 'left').position, landmarks);
  assert.equal(gb31.toleranceCun, 1);
  // Every point has a tolerance that tells it from its nearest neighbour.
  for (const p of LOW_BACK_PAIN_POINTS.points) {
    const own = markers.filter((m) => m.code === p.code);
    for (const m of own) {
      const at = quizMiss(p, markers, m.position, landmarks);
      assert.ok(at.toleranceCun > 0 && at.toleranceCun <= 1, `${p.code}: tolerance ${at.toleranceCun}`);
    }
  }
});

test('quiz distance on the face is in the head\'s B-cun (9 between the mastoid processes), not the back\'s', () => {
  const gv26 = point('GV26');
  assert.equal(spanOf(gv26), 'head-transverse');
  const headCun = dist(landmarks['mastoid-left'], landmarks['mastoid-right']) / 9;
  // An adult head's B-cun is about 1.1 to 1.5 cm, clearly smaller than the back's (about 2.3 cm here).
  assert.ok(headCun > 0.011 && headCun < 0.015, `head B-cun ${(headCun * 1000).toFixed(1)} mm`);
  assert.ok(headCun < 0.7 * backCun(), 'the face is measured in a smaller cun than the back');
  const at = marker('GV26', 'midline').position;
  // 1.5 cm to the side of GV26, on the upper lip: more than one head B-cun, so not correct
  // (in the back's B-cun it was 0.65 and scored correct).
  const beside = quizMiss(gv26, markers, { ...at, x: at.x + 0.015 }, landmarks);
  assert.ok(Math.abs(beside.cunLength - headCun) < 1e-9);
  assert.ok(beside.errorCun > beside.toleranceCun, `1.5 cm beside GV26 is ${beside.errorCun.toFixed(2)} B-cun, tolerance ${beside.toleranceCun}`);
  const close = quizMiss(gv26, markers, { ...at, x: at.x + 0.005 }, landmarks);
  assert.ok(close.errorCun < close.toleranceCun, 'half a centimetre from GV26 is correct');
});
