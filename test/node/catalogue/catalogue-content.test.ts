import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import { EVIDENCE } from '../../../src/catalogue/evidence.js';
import { PROTOCOLS } from '../../../src/catalogue/protocols.js';
import { SESSION_INFO } from '../../../src/catalogue/session-info.js';
import { CUN_SPANS } from '../../../src/catalogue/spans.js';
import type { AcuPoint, BodyDirection, PlacementDef } from '../../../src/catalogue/types.js';

const POINTS = LOW_BACK_PAIN_POINTS.points;

/** The codes the brief requires, in the order the catalogue lists them. */
const REQUIRED_CODES = [
  'GV4', 'GV3', 'BL23', 'BL24', 'BL25', 'BL26', 'BL52', 'BL32', 'BL54', 'GB30', 'EX-B2',
  'EX-B7', 'EX-B8', 'BL36', 'BL37', 'BL40', 'BL57', 'GB34', 'BL60', 'BL62', 'KI3', 'SI3',
  'EX-UE7', 'CV4',
];

/** Landmarks the body model provides on the midline. */
const MIDLINE_LANDMARKS = new Set([
  'vertex', 'C7',
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  'S2', 'sacral-hiatus', 'umbilicus', 'pubic-symphysis', 'xiphisternal',
]);

/** Landmarks the body model provides on both sides, named here without the side suffix. */
const PAIRED_LANDMARKS = new Set([
  'scapula-medial-border', 'scapula-inferior-angle', 'iliac-crest', 'psis', 'asis',
  'greater-trochanter', 'gluteal-fold', 'popliteal-crease', 'fibula-head', 'patella-apex',
  'lateral-malleolus', 'medial-malleolus', 'calcaneal-tendon', 'sole', 'cubital-crease',
  'wrist-crease-dorsal', 'mcp5', 'metacarpal-2-3', 'metacarpal-4-5',
]);

const DIRECTIONS: ReadonlySet<BodyDirection> = new Set<BodyDirection>([
  'lateral', 'medial', 'superior', 'inferior', 'anterior', 'posterior',
]);

const SPAN_NAMES = new Set(Object.keys(CUN_SPANS));

/** Claims the product must never make (see notes/common.md). */
const OVERCLAIMS = [
  /\bproven\b/i,
  /\bcures?\b/i,
  /no (known )?(side|adverse)[- ]effects/i,
  /guarantee/i,
  /stronger than morphine/i,
];

/** Vowels carrying a pinyin tone mark (tones 1 to 4, including ü). */
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/g;
const HAN = /^\p{Script=Han}+$/u;

function landmarksOf(at: PlacementDef): string[] {
  switch (at.kind) {
    case 'offset':
      return [at.landmark];
    case 'along':
      return [at.from, at.to];
    case 'midpoint':
      return [...at.between];
  }
}

/** Every string anywhere inside a value, with the path it was found at. */
function stringsIn(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`));
  }
  return [];
}

const nonEmpty = (text: unknown): boolean => typeof text === 'string' && text.trim().length > 0;

test('the catalogue lists the 24 required points in the required order', () => {
  const codes = POINTS.map((p) => p.code);
  for (const code of REQUIRED_CODES) assert.ok(codes.includes(code), `missing ${code}`);
  const positions = REQUIRED_CODES.map((code) => codes.indexOf(code));
  for (let i = 1; i < positions.length; i++) {
    assert.ok(
      positions[i] > positions[i - 1],
      `${REQUIRED_CODES[i]} should come after ${REQUIRED_CODES[i - 1]}`,
    );
  }
});

test('point codes and alternative codes are unique', () => {
  const seen = new Set<string>();
  for (const point of POINTS) {
    for (const code of [point.code, ...(point.altCodes ?? [])]) {
      assert.ok(!seen.has(code), `duplicate code ${code}`);
      seen.add(code);
    }
  }
});

test('every point fills every content field', () => {
  for (const point of POINTS) {
    const where = point.code;
    for (const [field, text] of Object.entries({
      code: point.code,
      pinyin: point.pinyin,
      'hanzi.traditional': point.hanzi.traditional,
      'hanzi.simplified': point.hanzi.simplified,
      english: point.english,
      channel: point.channel,
      region: point.region,
      'role.reason': point.role.reason,
      'location.practitioner': point.location.practitioner,
      'location.patient': point.location.patient,
      'needling.angle': point.needling.angle,
      'needling.notes': point.needling.notes,
    })) {
      assert.ok(nonEmpty(text), `${where}: ${field} is empty`);
    }
    assert.ok(['bilateral', 'midline'].includes(point.laterality), `${where}: laterality`);
    assert.ok(['local', 'adjacent', 'distal'].includes(point.role.kind), `${where}: role kind`);
    if (point.altCodes) {
      assert.ok(point.altCodes.length > 0 && point.altCodes.every(nonEmpty), `${where}: altCodes`);
    }

    const [min, max] = point.needling.depthCun;
    assert.ok(min > 0 && min <= max && max <= 3, `${where}: depth ${min}..${max} cun`);

    const cautions = Object.values(point.cautions);
    assert.ok(cautions.length > 0, `${where}: no caution`);
    assert.ok(cautions.every(nonEmpty), `${where}: an empty caution`);

    assert.ok(point.sources.length > 0, `${where}: no source`);
    assert.ok(point.sources.every((s) => nonEmpty(s.title)), `${where}: a source without title`);

    assert.ok(point.markers.length > 0, `${where}: no marker`);
  }
});

test('channel points cite WHO 2008 with their own code; extra points cite a textbook', () => {
  for (const point of POINTS) {
    const who = point.sources.find((s) => s.title.startsWith('WHO Standard Acupuncture Point Locations'));
    if (point.code.startsWith('EX-')) {
      assert.equal(who, undefined, `${point.code}: extra points are outside WHO 2008`);
      assert.ok(point.sources.length >= 1, `${point.code}: needs a textbook source`);
    } else {
      assert.ok(who, `${point.code}: no WHO 2008 source`);
      assert.equal(who.detail, point.code);
    }
  }
});

test('pinyin carries one tone mark per character and the names are written in Han characters', () => {
  for (const point of POINTS) {
    const { traditional, simplified } = point.hanzi;
    assert.match(traditional, HAN, `${point.code}: traditional`);
    assert.match(simplified, HAN, `${point.code}: simplified`);
    assert.equal([...traditional].length, [...simplified].length, `${point.code}: character count`);
    const marks = point.pinyin.match(TONE_MARKED) ?? [];
    assert.equal(
      marks.length,
      [...simplified].length,
      `${point.code}: ${point.pinyin} should have one tone mark per syllable of ${simplified}`,
    );
  }
});

test('markers use only known landmarks, spans and directions, and never coordinates', () => {
  for (const point of POINTS) {
    for (const marker of point.markers) {
      const where = `${point.code}${marker.label ? ` (${marker.label})` : ''}`;
      const at = marker.at;
      const raw = at as unknown as Record<string, unknown>;
      assert.ok(!('x' in raw || 'position' in raw), `${where}: placement must not be an xyz`);

      for (const name of landmarksOf(at)) {
        const known = MIDLINE_LANDMARKS.has(name) || PAIRED_LANDMARKS.has(name);
        assert.ok(known, `${where}: unknown landmark ${name}`);
        if (point.laterality === 'midline') {
          // A midline marker has no side, so a paired landmark could not be resolved.
          assert.ok(MIDLINE_LANDMARKS.has(name), `${where}: midline point uses paired ${name}`);
        }
      }

      if (at.kind === 'offset') {
        assert.ok(SPAN_NAMES.has(at.span), `${where}: unknown span ${at.span}`);
        for (const step of at.steps) {
          assert.ok(DIRECTIONS.has(step.direction), `${where}: direction ${step.direction}`);
          assert.ok(step.cun > 0, `${where}: step of ${step.cun} cun`);
          if (point.laterality === 'midline') {
            assert.ok(
              step.direction !== 'lateral' && step.direction !== 'medial',
              `${where}: a midline point cannot step sideways`,
            );
          }
        }
      } else if (at.kind === 'along') {
        assert.notEqual(at.from, at.to, `${where}: along needs two landmarks`);
        if ('fraction' in at) {
          assert.ok(at.fraction > 0 && at.fraction < 1, `${where}: fraction ${at.fraction}`);
        } else {
          assert.ok(SPAN_NAMES.has(at.span), `${where}: unknown span ${at.span}`);
          assert.ok(at.cun > 0, `${where}: along ${at.cun} cun`);
        }
      } else {
        assert.notEqual(at.between[0], at.between[1], `${where}: midpoint of one landmark`);
      }
    }
  }
});

test('grouped and alternative markers are labelled as the catalogue promises', () => {
  const byCode = new Map<string, AcuPoint>(POINTS.map((p) => [p.code, p]));
  const labels = (code: string) => byCode.get(code)!.markers.map((m) => m.label);

  assert.deepEqual(labels('EX-B2'), ['L1', 'L2', 'L3', 'L4', 'L5']);
  assert.deepEqual(labels('EX-UE7'), ['2nd–3rd', '4th–5th']);

  for (const point of POINTS) {
    const alternatives = point.markers.filter((m) => m.alternative);
    assert.ok(alternatives.every((m) => nonEmpty(m.label)), `${point.code}: unlabelled alternative`);
    const group = point.markers.filter((m) => !m.alternative);
    if (group.length > 1) {
      assert.ok(group.every((m) => nonEmpty(m.label)), `${point.code}: unlabelled group marker`);
    }
    if (point.code === 'GB30') {
      assert.equal(alternatives.length, 1, 'GB30 shows the WHO alternative location');
      assert.ok(point.markers.some((m) => !m.alternative), 'GB30 keeps its primary location');
    } else {
      assert.equal(alternatives.length, 0, `${point.code}: unexpected alternative marker`);
    }
  }
});

test('protocols reference catalogue codes and explain themselves', () => {
  const codes = new Set(POINTS.map((p) => p.code));
  const ids = new Set<string>();
  assert.ok(PROTOCOLS.length >= 5, 'at least five protocols');
  for (const protocol of PROTOCOLS) {
    assert.ok(!ids.has(protocol.id), `duplicate protocol id ${protocol.id}`);
    ids.add(protocol.id);
    for (const field of ['id', 'name', 'rationale', 'source'] as const) {
      assert.ok(nonEmpty(protocol[field]), `${protocol.id}: ${field} is empty`);
    }
    assert.ok(protocol.points.length > 0, `${protocol.id}: no points`);
    assert.equal(new Set(protocol.points).size, protocol.points.length, `${protocol.id}: repeats a point`);
    for (const code of protocol.points) {
      assert.ok(codes.has(code), `${protocol.id}: ${code} is not in the catalogue`);
    }
  }
});

test('the self-care set contains only points a person can press on themselves', () => {
  const selfCare = PROTOCOLS.find((p) => p.id === 'acupressure-self-care');
  assert.ok(selfCare, 'self-care protocol present');
  // Needling-only or pregnancy-restricted points do not belong in a set people use at home.
  for (const excluded of ['CV4', 'BL60', 'GB30', 'BL54', 'BL32', 'KI3']) {
    assert.ok(!selfCare.points.includes(excluded), `${excluded} is not for self-care`);
  }
  assert.match(selfCare.rationale, /not a substitute for care/);
});

test('evidence and session info are complete and carry the key numbers', () => {
  assert.ok(nonEmpty(EVIDENCE.title) && nonEmpty(EVIDENCE.disclaimer));
  assert.match(EVIDENCE.disclaimer, /not medical advice/);
  assert.ok(EVIDENCE.sections.length >= 6);
  for (const section of EVIDENCE.sections) {
    assert.ok(nonEmpty(section.heading), 'section heading');
    assert.ok(section.paragraphs.length > 0 && section.paragraphs.every(nonEmpty), section.heading);
    assert.ok(section.citations.every(nonEmpty), `${section.heading}: empty citation`);
  }
  const evidenceText = stringsIn(EVIDENCE, 'EVIDENCE').map((s) => s.text).join('\n');
  for (const fact of ['47.6%', '44.2%', '27.4%', 'P = .39', '33 trials', '8270', '9.3%', '10,000',
    'do not offer acupuncture', 'NG59', 'Carr', '823']) {
    assert.ok(evidenceText.includes(fact), `evidence should state ${fact}`);
  }

  assert.ok(nonEmpty(SESSION_INFO.heading));
  assert.ok(SESSION_INFO.paragraphs.length > 0 && SESSION_INFO.paragraphs.every(nonEmpty));
  const sessionText = SESSION_INFO.paragraphs.join('\n');
  for (const fact of ['deqi', '20 to 30 minutes', '10 sessions', '6 to 12']) {
    assert.ok(sessionText.includes(fact), `session info should mention ${fact}`);
  }
});

test('no shipped text overclaims', () => {
  const shipped = [
    ...stringsIn(LOW_BACK_PAIN_POINTS, 'points'),
    ...stringsIn(EVIDENCE, 'evidence'),
    ...stringsIn(PROTOCOLS, 'protocols'),
    ...stringsIn(SESSION_INFO, 'session'),
  ];
  assert.ok(shipped.length > 500, 'the scan sees the content');
  for (const { path, text } of shipped) {
    for (const pattern of OVERCLAIMS) {
      assert.doesNotMatch(text, pattern, `${path} overclaims: "${text}"`);
    }
  }
});
