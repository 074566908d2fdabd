/**
 * The resolver on a synthetic body whose answers are known analytically: an ellipsoid trunk.
 * (test/node/catalogue/placement.test.ts checks the real points on the shipped model.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { legRulerText, measurementText } from '../../../src/catalogue/measurement-text.js';
import { ENGLISH } from '../support/english.js';
import { surfaceOf } from '../../../src/geometry/surface-index.js';
import { cunLength, placeAll, placePoint, PlacementError } from '../../../src/catalogue/place.js';
import { describeMeasurement } from '../../../src/catalogue/describe-measurement.js';
import type { AcuPoint, BodyLandmarks, PlacementDef, Vec3 } from '../../../src/catalogue/types.js';
import { ellipsoid } from '../support/meshes.js';

const RX = 0.17, RY = 0.5, RZ = 0.11, CY = 1.2;
const mesh = ellipsoid(240, 320, { x: RX, y: RY, z: RZ }, { x: 0, y: CY, z: 0 });
const surface = surfaceOf(mesh.positions, mesh.indices);

/** The ellipsoid's back (z < 0) or front (z > 0) at (x, y). */
const onTrunk = (x: number, y: number, front = false): Vec3 => {
  const r = 1 - (x / RX) ** 2 - ((y - CY) / RY) ** 2;
  return { x, y, z: (front ? 1 : -1) * RZ * Math.sqrt(r) };
};

const mirrored = (name: string, x: number, y: number, front = false): BodyLandmarks => ({
  [`${name}-left`]: onTrunk(x, y, front),
  [`${name}-right`]: onTrunk(-x, y, front),
});

const LANDMARKS: BodyLandmarks = {
  L2: onTrunk(0, 1.35),
  L4: onTrunk(0, 1.25),
  umbilicus: onTrunk(0, 1.3, true),
  'pubic-symphysis': onTrunk(0, 1.1, true),
  ...mirrored('scapula-medial-border', 0.06, 1.55),
  ...mirrored('psis', 0.05, 1.1),
  ...mirrored('greater-trochanter', 0.16, 1.05),
  ...mirrored('gluteal-fold', 0.08, 0.95),
  ...mirrored('popliteal-crease', 0.08, 0.8),
};

const point = (code: string, laterality: 'bilateral' | 'midline', ...placements: PlacementDef[]): AcuPoint => ({
  code,
  pinyin: 'Test',
  hanzi: { traditional: '試', simplified: '试' },
  english: 'Test point',
  channel: 'Test',
  region: 'lumbar',
  laterality,
  role: { kind: 'local', reason: 'test' },
  location: { practitioner: 'test', patient: 'test' },
  markers: placements.map((at) => ({ at })),
  needling: { depthCun: [0.5, 1], angle: 'perpendicular', notes: 'test' },
  cautions: {},
  sources: [{ title: 'test' }],
});

const dist = (a: Vec3, b: Vec3) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);

/** Arc length of the ellipse (a sin t, ·, b cos t) from t = 0 to t = end (Simpson's rule). */
const ellipseArc = (a: number, b: number, end: number): number => {
  const n = 2000;
  const f = (t: number) => Math.hypot(a * Math.cos(t), b * Math.sin(t));
  let sum = f(0) + f(end);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f((end * i) / n);
  return (sum * end) / (3 * n);
};
/** The angle t at which the arc from 0 reaches `length`. */
const ellipseAngleAt = (a: number, b: number, length: number): number => {
  let lo = 0, hi = Math.PI;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (ellipseArc(a, b, mid) < length) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
};

test('cunLength: back = scapula borders / 6; paired spans measured on their side', () => {
  const back = dist(LANDMARKS['scapula-medial-border-left'], LANDMARKS['scapula-medial-border-right']) / 6;
  assert.ok(Math.abs(cunLength('back', 'left', LANDMARKS) - back) < 1e-12);
  assert.ok(Math.abs(cunLength('back', 'midline', LANDMARKS) - back) < 1e-12);
  const thigh = dist(LANDMARKS['gluteal-fold-right'], LANDMARKS['popliteal-crease-right']) / 14;
  assert.ok(Math.abs(cunLength('thigh-posterior', 'right', LANDMARKS) - thigh) < 1e-12);
  const abdomen = dist(LANDMARKS.umbilicus, LANDMARKS['pubic-symphysis']) / 5;
  assert.ok(Math.abs(cunLength('lower-abdomen', 'midline', LANDMARKS) - abdomen) < 1e-12);
  assert.throws(() => cunLength('leg-lateral', 'left', LANDMARKS), /^PlacementError: the body model has no landmark "lateral-malleolus" \(nor "lateral-malleolus-left"\) \(needed by the "leg-lateral" cun span\)$/);
  assert.throws(() => cunLength('nope', 'left', LANDMARKS), /unknown cun span "nope"/);
});

test('a lateral walk measures over the skin and stays level', () => {
  const back = cunLength('back', 'left', LANDMARKS);
  for (const [level, cun] of [['L2', 1.5], ['L2', 3], ['L4', 3.5]] as const) {
    const at: PlacementDef = { kind: 'offset', landmark: level, span: 'back', steps: [{ direction: 'lateral', cun }] };
    const [left, right] = placePoint(point('T1', 'bilateral', at), LANDMARKS, surface);
    assert.equal(left.side, 'left');
    assert.equal(right.side, 'right');
    const y = LANDMARKS[level].y;
    // The level section of the ellipsoid is an ellipse with shrunken radii.
    const shrink = Math.sqrt(1 - ((y - CY) / RY) ** 2);
    const angle = ellipseAngleAt(RX * shrink, RZ * shrink, cun * back);
    const expected = { x: RX * shrink * Math.sin(angle), z: -RZ * shrink * Math.cos(angle) };
    assert.ok(Math.abs(left.position.y - y) < 1e-6, `${level} ${cun}: level (Δy ${left.position.y - y})`);
    assert.ok(Math.abs(left.position.x - expected.x) < 5e-4, `${level} ${cun}: x ${left.position.x} vs ${expected.x}`);
    assert.ok(Math.abs(left.position.z - expected.z) < 5e-4, `${level} ${cun}: z ${left.position.z} vs ${expected.z}`);
    assert.ok(left.position.x > cun * back * 0.9, 'over the skin is a little shorter in x than the distance');
    // Mirror image on the right.
    assert.ok(Math.abs(right.position.x + left.position.x) < 1e-6);
    assert.ok(Math.abs(right.position.y - left.position.y) < 1e-6);
    assert.ok(Math.abs(right.position.z - left.position.z) < 1e-6);
    // The normal is the ellipsoid's outward normal there.
    const p = left.position;
    const n = { x: p.x / RX ** 2, y: (p.y - CY) / RY ** 2, z: p.z / RZ ** 2 };
    const len = Math.hypot(n.x, n.y, n.z);
    assert.ok((left.normal.x * n.x + left.normal.y * n.y + left.normal.z * n.z) / len > 0.999);
  }
});

test('an inferior walk on the front stays on the midline (CV4-like)', () => {
  const abdomen = cunLength('lower-abdomen', 'midline', LANDMARKS);
  const at: PlacementDef = { kind: 'offset', landmark: 'umbilicus', span: 'lower-abdomen', steps: [{ direction: 'inferior', cun: 3 }] };
  const [marker] = placePoint(point('T2', 'midline', at), LANDMARKS, surface);
  assert.equal(marker.side, 'midline');
  assert.ok(Math.abs(marker.position.x) < 1e-6, `on the midline (x ${marker.position.x})`);
  assert.ok(marker.position.z > 0, 'on the front');
  // In the sagittal plane the section is the ellipse (z = RZ cos s, y = CY + RY sin s).
  const startAngle = Math.asin((LANDMARKS.umbilicus.y - CY) / RY);
  const arc = (s: number) => {
    const n = 400; let sum = 0;
    for (let i = 0; i < n; i++) {
      const t = startAngle - ((startAngle - s) * (i + 0.5)) / n;
      sum += Math.hypot(RY * Math.cos(t), RZ * Math.sin(t)) * ((startAngle - s) / n);
    }
    return sum;
  };
  let lo = startAngle - Math.PI / 2, hi = startAngle;
  for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2; if (arc(mid) > 3 * abdomen) lo = mid; else hi = mid; }
  const expectedY = CY + RY * Math.sin(lo);
  assert.ok(Math.abs(marker.position.y - expectedY) < 5e-4, `y ${marker.position.y} vs ${expectedY}`);
});

test('steps chain, and the measurement description matches the placement', () => {
  const at: PlacementDef = {
    kind: 'offset', landmark: 'L4', span: 'back',
    steps: [{ direction: 'lateral', cun: 2 }, { direction: 'inferior', cun: 1 }],
  };
  const p = point('T3', 'bilateral', at);
  const [left] = placePoint(p, LANDMARKS, surface);
  const description = describeMeasurement(p, 0, 'left', LANDMARKS, surface);
  assert.deepEqual(description.position, left.position);
  assert.equal(measurementText(description.legs, ENGLISH), '2 B-cun lateral from the midline just below the L4 spinous process, then 1 B-cun inferior');
  const [walkOut, walkDown] = description.legs;
  const back = cunLength('back', 'left', LANDMARKS);
  for (const [leg, cun] of [[walkOut, 2], [walkDown, 1]] as const) {
    assert.equal(leg.kind, 'walk');
    assert.equal(leg.cun, cun);
    assert.ok(Math.abs(leg.cunLength - back) < 1e-12);
    let pathLength = 0;
    for (let i = 1; i < leg.path.length; i++) pathLength += dist(leg.path[i - 1], leg.path[i]);
    assert.ok(Math.abs(pathLength - cun * back) < 1e-6, `path ${pathLength} vs ${cun * back}`);
    assert.ok(Math.abs(leg.distance - pathLength) < 1e-9);
    assert.deepEqual(leg.path[0], leg.origin);
    assert.deepEqual(leg.path.at(-1), leg.end);
    for (const q of leg.path) assert.ok(surface.closestPoint(q).distance < 1e-6, 'the path runs on the skin');
    assert.equal(leg.span?.name, 'back');
    assert.equal(leg.span?.cun, 6);
  }
  assert.deepEqual(walkDown.origin, walkOut.end);
  assert.ok(Math.abs(walkOut.end.y - LANDMARKS.L4.y) < 1e-6, 'the lateral leg is level');
  assert.ok(Math.abs(walkDown.end.x - walkOut.end.x) < 0.003, 'the inferior leg goes straight down');
  assert.match(legRulerText(walkOut, ENGLISH) ?? '', /^2 of 6 B-cun \(medial border of one scapula to the other; 1 B-cun = \d+ mm here\)$/);
});

/** Where `p` projects on the line a→b (0 at a, 1 at b). */
const lineFraction = (p: Vec3, a: Vec3, b: Vec3) => {
  const ab = { x: b.x - a.x, y: b.y - a.y, z: b.z - a.z };
  return ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y + (p.z - a.z) * ab.z) / (ab.x ** 2 + ab.y ** 2 + ab.z ** 2);
};

test('along: by fraction or by cun of a span, onto the skin without sliding along the line', () => {
  const byFraction: PlacementDef = { kind: 'along', from: 'greater-trochanter', to: 'psis', fraction: 1 / 3 };
  const byCun: PlacementDef = { kind: 'along', from: 'gluteal-fold', to: 'popliteal-crease', cun: 6, span: 'thigh-posterior' };
  const [fLeft, fRight, cLeft] = placePoint(point('T4', 'bilateral', byFraction, byCun), LANDMARKS, surface);
  assert.deepEqual([fLeft.side, fRight.side, cLeft.side], ['left', 'right', 'left']);
  const trochanter = LANDMARKS['greater-trochanter-left'], psis = LANDMARKS['psis-left'];
  assert.ok(Math.abs(lineFraction(fLeft.position, trochanter, psis) - 1 / 3) < 1e-6, 'keeps its third of the line');
  // The chord runs under the curved skin; the marker is the skin above it, outward.
  const third = { x: trochanter.x + (psis.x - trochanter.x) / 3, y: trochanter.y + (psis.y - trochanter.y) / 3, z: trochanter.z + (psis.z - trochanter.z) / 3 };
  assert.ok(fLeft.position.z < third.z, 'moved out to the back skin');
  const fold = LANDMARKS['gluteal-fold-left'], crease = LANDMARKS['popliteal-crease-left'];
  // 6 B-cun of a 14 B-cun span that lies on the same line: 6/14 of the way.
  assert.ok(Math.abs(lineFraction(cLeft.position, fold, crease) - 6 / 14) < 1e-6, 'keeps its 6/14 of the line');
  for (const m of [fLeft, fRight, cLeft]) assert.ok(surface.closestPoint(m.position).distance < 1e-6, 'on the skin');
  assert.ok(Math.abs(fRight.position.x + fLeft.position.x) < 1e-6, 'mirrored');

  const description = describeMeasurement(point('T4', 'bilateral', byFraction, byCun), 1, 'right', LANDMARKS, surface);
  assert.equal(measurementText(description.legs, ENGLISH), '6 B-cun from the midpoint of the gluteal fold toward the midpoint of the popliteal crease');
  assert.ok(Math.abs((description.legs[0].fraction ?? 0) - 6 / 14) < 1e-12);
  assert.match(legRulerText(description.legs[0], ENGLISH) ?? '', /^6 of 14 B-cun \(gluteal fold to the popliteal crease/);
  const fractionText = measurementText(describeMeasurement(point('T4', 'bilateral', byFraction), 0, 'left', LANDMARKS, surface).legs, ENGLISH);
  assert.equal(fractionText, '1/3 of the way from the prominence of the greater trochanter toward the PSIS');
});

test('midpoint, landmark-only, and the marker fields of placeAll', () => {
  const mid: PlacementDef = { kind: 'midpoint', between: ['psis', 'L4'] };
  const at: PlacementDef = { kind: 'offset', landmark: 'L2', span: 'back', steps: [] };
  const bilateral = point('T5', 'bilateral', mid);
  bilateral.markers[0].label = 'one';
  bilateral.markers.push({ alternative: true, at: mid });
  const markers = placeAll({ points: [bilateral, point('T6', 'midline', at)] }, LANDMARKS, surface);
  assert.deepEqual(markers.map((m) => [m.code, m.side, m.label, m.alternative]), [
    ['T5', 'left', 'one', undefined], ['T5', 'right', 'one', undefined],
    ['T5', 'left', undefined, true], ['T5', 'right', undefined, true],
    ['T6', 'midline', undefined, undefined],
  ]);
  assert.ok(!('label' in markers[2]) && !('alternative' in markers[0]), 'absent fields stay absent');
  assert.ok(Math.abs(lineFraction(markers[0].position, LANDMARKS['psis-left'], LANDMARKS.L4) - 0.5) < 1e-6, 'midway');
  assert.ok(dist(markers[4].position, LANDMARKS.L2) < 1e-3, 'no steps: at the landmark, on the skin');
  for (const m of markers) {
    assert.ok(surface.closestPoint(m.position).distance < 1e-9, 'on the skin');
    assert.ok(Math.abs(Math.hypot(m.normal.x, m.normal.y, m.normal.z) - 1) < 1e-9, 'unit normal');
  }
});

test('clear errors for what a body or a definition lacks', () => {
  const place = (laterality: 'bilateral' | 'midline', at: PlacementDef) => () =>
    placePoint(point('XX9', laterality, at), LANDMARKS, surface);
  const expectError = (fn: () => unknown, message: RegExp) =>
    assert.throws(fn, (error: unknown) => error instanceof PlacementError && error.pointCode === 'XX9' && message.test(error.message));

  expectError(place('bilateral', { kind: 'offset', landmark: 'L9', span: 'back', steps: [] }),
    /^XX9: the body model has no landmark "L9" \(nor "L9-left"\)$/);
  expectError(place('bilateral', { kind: 'offset', landmark: 'L2', span: 'elbow', steps: [] }),
    /^XX9: unknown cun span "elbow" \(known: back, /);
  expectError(place('midline', { kind: 'midpoint', between: ['psis', 'L2'] }),
    /^XX9: landmark "psis" exists only as "psis-left"\/"psis-right", and a midline point has no side to choose$/);
  expectError(place('midline', { kind: 'offset', landmark: 'L2', span: 'back', steps: [{ direction: 'lateral', cun: 1 }] }),
    /^XX9: a midline point cannot step laterally/);
  expectError(place('bilateral', { kind: 'midpoint', between: ['psis-left', 'L2'] }),
    /names a side; write "psis"/);
  expectError(place('midline', { kind: 'offset', landmark: 'L2', span: 'thigh-posterior', steps: [] }),
    /^XX9: landmark "gluteal-fold" exists only as .* \(needed by the "thigh-posterior" cun span\)$/);
  expectError(place('bilateral', { kind: 'offset', landmark: 'constructor', span: 'back', steps: [] }),
    /no landmark "constructor"/);
  expectError(place('bilateral', { kind: 'offset', landmark: 'L2', span: 'toString', steps: [] }),
    /unknown cun span "toString"/);
  assert.throws(() => describeMeasurement(point('XX9', 'bilateral', { kind: 'midpoint', between: ['psis', 'L2'] }), 1, 'left', LANDMARKS, surface),
    /XX9: no marker 1/);
  assert.throws(() => describeMeasurement(point('XX9', 'bilateral', { kind: 'midpoint', between: ['psis', 'L2'] }), 0, 'midline', LANDMARKS, surface),
    /XX9: a bilateral point has no midline marker/);
});
