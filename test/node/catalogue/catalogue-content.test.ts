import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FORBIDDEN_IN_PREGNANCY, LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import { ASHI } from '../../../src/catalogue/ashi.js';
import { locationLabel, ROLE_ORDER } from '../../../src/catalogue/labels.js';
import { ENGLISH } from '../../../src/i18n/translator.js';
import { EVIDENCE } from '../../../src/catalogue/evidence.js';
import { PROTOCOLS } from '../../../src/catalogue/protocols.js';
import { SESSION_INFO } from '../../../src/catalogue/session-info.js';
import { CUN_SPANS } from '../../../src/catalogue/spans.js';
import type { AcuPoint, BodyDirection, PlacementDef } from '../../../src/catalogue/types.js';

const POINTS = LOW_BACK_PAIN_POINTS.points;

/** The codes the brief and the second edition (issue 21) require, in the order the catalogue lists them. */
const REQUIRED_CODES = [
  'GV4', 'GV3', 'BL23', 'BL24', 'BL25', 'BL26', 'BL52', 'BL31', 'BL32', 'BL33', 'BL34', 'BL28',
  'BL54', 'GB30', 'EX-B2', 'EX-B7', 'EX-B8', 'BL36', 'BL37', 'GB31', 'BL40', 'BL55', 'BL57',
  'BL58', 'BL59', 'GB34', 'ST36', 'SP6', 'GB39', 'BL60', 'BL62', 'KI3', 'LR3', 'SI3', 'EX-UE7',
  'LI4', 'GV26', 'CV4',
];

/** Landmarks the body model provides on the midline. */
const MIDLINE_LANDMARKS = new Set([
  'vertex', 'C7',
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  'S2', 'sacral-hiatus', 'umbilicus', 'pubic-symphysis', 'xiphisternal', 'nose-base', 'upper-lip',
]);

/** Landmarks the body model provides on both sides, named here without the side suffix. */
const PAIRED_LANDMARKS = new Set([
  'scapula-medial-border', 'scapula-inferior-angle', 'iliac-crest', 'psis', 'asis',
  'greater-trochanter', 'gluteal-fold', 'popliteal-crease', 'fibula-head', 'patella-apex',
  'lateral-malleolus', 'medial-malleolus', 'calcaneal-tendon', 'sole', 'cubital-crease',
  'wrist-crease-dorsal', 'mcp5', 'metacarpal-2-3', 'metacarpal-4-5', 'sacral-foramen-1',
  'sacral-foramen-2', 'sacral-foramen-3', 'sacral-foramen-4', 'tibial-tuberosity', 'tibial-crest',
  'tibia-medial-border', 'metacarpal-2-base', 'metacarpal-2-head', 'metatarsal-1-2-base',
  'metatarsal-1-2-head', 'mastoid',
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

test('the catalogue lists the 38 required points in the required order', () => {
  assert.equal(POINTS.length, REQUIRED_CODES.length);
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
    assert.ok(ROLE_ORDER.includes(point.role.kind), `${where}: role kind`);
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
        if (at.steps && at.steps.length > 0) {
          assert.ok(at.span && SPAN_NAMES.has(at.span), `${where}: steps from a midpoint need a known span`);
          for (const step of at.steps) assert.ok(DIRECTIONS.has(step.direction) && step.cun > 0, `${where}: step`);
        }
      }
      if (marker.approximate !== undefined) assert.ok(nonEmpty(marker.approximate), `${where}: empty approximate note`);
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

test('the self-care set follows the clinic pages it started from, with their low-risk limits', () => {
  const selfCare = PROTOCOLS.find((p) => p.id === 'acupressure-self-care');
  assert.ok(selfCare, 'self-care protocol present');
  // Beside the spine, the middle of the buttock, four finger-widths below the navel, the calf just below the knee.
  for (const code of ['BL23', 'GB30', 'CV4', 'BL55']) assert.ok(selfCare.points.includes(code), `${code} is in the self-care set`);
  assert.ok(!selfCare.points.includes('BL57'), 'the calf point "just below the knee" is BL55, not BL57');
  // Points people should not press at home, or that are traditionally avoided in pregnancy and not in the clinic advice.
  for (const excluded of ['BL60', 'BL54', 'BL31', 'BL32', 'KI3', 'LI4', 'SP6', 'GV26']) {
    assert.ok(!selfCare.points.includes(excluded), `${excluded} is not for self-care`);
  }
  assert.match(selfCare.rationale, /not a substitute for care/);
  assert.match(selfCare.rationale, /[Ll]ow-risk/);
  assert.doesNotMatch(`${selfCare.rationale} ${selfCare.source}`, /safe to press|press safely/);
  assert.match(selfCare.rationale, /four finger-widths below the navel \(CV4: four fingers[^)]*3 cun\)/);
  assert.match(selfCare.rationale, /pulsing lump/);
  assert.match(selfCare.rationale, /swollen/);
  assert.match(selfCare.rationale, /pregnant/);
});

test('pregnancy: every classical "forbidden" point shown carries the caution, never listing itself', () => {
  const codes = POINTS.map((p) => p.code);
  for (const code of ['BL31', 'BL32', 'LI4', 'SP6', 'BL60', 'CV4']) {
    assert.ok((FORBIDDEN_IN_PREGNANCY as readonly string[]).includes(code), `${code} is on the list`);
    const point = POINTS.find((p) => p.code === code)!;
    const caution = point.cautions.pregnancy ?? '';
    assert.match(caution, /traditionally avoided in pregnancy/, `${code}: pregnancy caution`);
    const list = /\(with ([^)]*)\)/.exec(caution)?.[1] ?? '';
    assert.ok(list.length > 0, `${code}: names the other points`);
    assert.ok(!new RegExp(`\\b${code}\\b`).test(list), `${code}: its own code is in "${list}"`);
  }
  const pregnancy = EVIDENCE.sections.find((section) => section.heading === 'Pregnancy')!.paragraphs.join(' ');
  for (const code of FORBIDDEN_IN_PREGNANCY) {
    assert.ok(pregnancy.includes(code), `the evidence text names ${code}`);
    if (codes.includes(code)) assert.ok(POINTS.find((p) => p.code === code)!.cautions.pregnancy, `${code} has a pregnancy caution`);
  }
});

test('moxibustion cautions where moxibustion is traditional', () => {
  for (const code of ['GV4', 'GV3', 'BL23', 'EX-B7', 'CV4']) {
    const moxa = POINTS.find((p) => p.code === code)!.cautions.moxibustion ?? '';
    assert.match(moxa, /burn/, `${code}: burns`);
    assert.match(moxa, /sensation/, `${code}: reduced skin sensation`);
    assert.match(moxa, /diabetic neuropathy/, `${code}: neuropathy`);
    assert.match(moxa, /pregnancy/, `${code}: pregnancy`);
  }
});

test('rules that only approximate a palpated location say so', () => {
  for (const code of ['GB34', 'SI3', 'BL62', 'BL60', 'KI3', 'LR3', 'GB31', 'GB39', 'ST36', 'SP6']) {
    const point = POINTS.find((p) => p.code === code)!;
    assert.ok(point.markers.every((m) => nonEmpty(m.approximate)), `${code}: no approximate note`);
  }
  for (const code of ['BL23', 'BL57', 'GB30', 'CV4', 'BL31', 'GV26', 'LI4']) {
    const point = POINTS.find((p) => p.code === code)!;
    assert.ok(point.markers.every((m) => m.approximate === undefined), `${code} is a B-cun or landmark rule`);
  }
});

test('labels: roles have their own groups, the location label follows the source', () => {
  assert.equal(POINTS.find((p) => p.code === 'CV4')!.role.kind, 'front');
  assert.doesNotMatch(ENGLISH.t('role.front.badge'), /near the painful area/);
  for (const point of POINTS) {
    const label = locationLabel(point, ENGLISH);
    if (point.code.startsWith('EX-')) {
      assert.equal(label, 'Location (GB/T 12346-2006; not part of WHO 2008)', `${point.code}: an extra point is not located by WHO 2008`);
    } else {
      assert.equal(label, 'Exact location (WHO 2008)', point.code);
    }
  }
});

test('the Ashi entry explains tender points in words and has no marker', () => {
  assert.ok(!POINTS.some((p) => p.code === ASHI.code), 'Ashi is not a placed point');
  assert.ok(ASHI.paragraphs.length >= 2 && ASHI.paragraphs.every(nonEmpty));
  assert.ok(ASHI.sources.length > 0 && ASHI.sources.every(nonEmpty));
  assert.match(ASHI.paragraphs.join(' '), /tender/);
  assert.match(ASHI.paragraphs.join(' '), /no fixed location/);
});

test('second-edition corrections hold in the texts', () => {
  const all = [
    ...stringsIn(LOW_BACK_PAIN_POINTS, 'points'),
    ...stringsIn(EVIDENCE, 'evidence'),
    ...stringsIn(PROTOCOLS, 'protocols'),
  ];
  for (const { path, text } of all) {
    assert.doesNotMatch(text, /trials \(Lee 2012\)|Lee 2012[^.]*\btrials\b/, `${path}: Lee 2012 counted studies, not trials`);
    assert.doesNotMatch(text, /GB\/T 12346-2006(?! \(2006 edition\))/, `${path}: name the GB/T edition`);
    assert.doesNotMatch(text, /1\.25 to 1\.75 cun/, `${path}: unsourced canal depth`);
    assert.doesNotMatch(text, /Governor and Yang Motility vessels, which run along the spine/, `${path}: the Yang Motility vessel runs up the leg`);
    assert.doesNotMatch(text, /the ones most often used/, `${path}: say "commonly used"`);
  }
  const sources = POINTS.flatMap((p) => p.sources.map((s) => s.title));
  assert.ok(sources.some((t) => /Korean J Acupunct\. 2012;29\(4\):519-536/.test(t)), 'Lee 2012 journal details');
  assert.ok(sources.some((t) => /J Acupunct Res\. 2024;41:197-208/.test(t)), 'Park 2024 journal details');
  const jiaji = POINTS.find((p) => p.code === 'EX-B2')!;
  assert.match(jiaji.location.practitioner, /Deadman gives 0\.5 to 1 cun/);
  const yaotong = POINTS.find((p) => p.code === 'EX-UE7')!;
  assert.match(yaotong.cautions.structures ?? '', /seated or standing with support/);
  assert.doesNotMatch(yaotong.cautions.structures ?? '', /so they are treated lying down\.$/);

  const acute = PROTOCOLS.find((p) => p.id === 'acute-lumbar-strain')!;
  assert.ok(acute.points.includes('GV26') && acute.points.includes('BL40'), 'the classical pair GV26 + BL40');
  assert.match(acute.source, /GB\/T 12346/, 'the standard for EX-UE7');
  assert.match(acute.source, /Park[^;]*GV26 with BL40/);
  assert.match(acute.rationale, /BL62 the Yang Motility vessel, which runs up the outer leg/);

  const sections = EVIDENCE.sections.map((section) => ({ heading: section.heading, text: section.paragraphs.join(' '), citations: section.citations.join(' ') }));
  const cochrane = sections.find((section) => /reviews of many trials/.test(section.heading))!;
  assert.match(cochrane.text, /included 33 trials/);
  assert.match(cochrane.text, /certainty/);
  assert.match(cochrane.text, /could not be blinded/);
  const acuteEvidence = sections.find((section) => /[Aa]cute/.test(section.heading));
  assert.ok(acuteEvidence, 'an acute-pain section');
  assert.match(acuteEvidence.text, /sparse/);
  assert.match(acuteEvidence.text, /within a few weeks/);
  assert.match(acuteEvidence.citations, /Qaseem/);
  assert.match(acuteEvidence.citations, /NG59/);
  const redFlags = sections.find((section) => /doctor first/.test(section.heading))!;
  for (const flag of [/after the age of 50/, /steroid/, /immune/, /injecting drug/, /worse at night/, /upper back/, /getting worse/, /cancer/, /weight loss/, /fever/, /bladder or bowel/]) {
    assert.match(redFlags.text, flag);
  }
  assert.doesNotMatch(redFlags.citations, /NG59/, 'NG59 does not list red flags');
  assert.match(redFlags.citations, /Red flags|red flags|Chou/);
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
