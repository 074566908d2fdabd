/**
 * points.schema.json against ajv (the reference implementation, dev-only) and against
 * types.ts; validatePointSet (our CSP-safe interpreter) against both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import schema from '../../../src/catalogue/points.schema.json';
import { formatValidationErrors, MAX_ERRORS, validatePointSet, validatePointSetInSlices } from '../../../src/catalogue/validate.js';
import { SchemaValidator } from '../../../src/catalogue/json-schema-subset.js';
import { splitLanguages } from '../../../src/i18n/multilingual-points.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import { CUN_SPANS } from '../../../src/catalogue/spans.js';
import type { AcuPoint, CunStep, MarkerDef, PlacementDef, SourceRef } from '../../../src/catalogue/types.js';

// ---- The schema describes types.ts exactly (checked by the type checker) -----------------

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
type Defs = typeof schema.$defs;
type Keys<T> = keyof T & string;
type Placement<K, Has extends string = never> = Extract<PlacementDef, { kind: K }> & ([Has] extends [never] ? unknown : Record<Has, unknown>);

const sameKeys: {
  point: Equal<Keys<Defs["point"]["properties"]>, keyof AcuPoint>;
  hanzi: Equal<Keys<Defs['point']['properties']['hanzi']['properties']>, keyof AcuPoint['hanzi']>;
  role: Equal<Keys<Defs['point']['properties']['role']['properties']>, keyof AcuPoint['role']>;
  location: Equal<Keys<Defs['point']['properties']['location']['properties']>, keyof AcuPoint['location']>;
  needling: Equal<Keys<Defs['point']['properties']['needling']['properties']>, keyof AcuPoint['needling']>;
  cautions: Equal<Keys<Defs['point']['properties']['cautions']['properties']>, keyof AcuPoint['cautions']>;
  marker: Equal<Keys<Defs['marker']['properties']>, keyof MarkerDef>;
  source: Equal<Keys<Defs['source']['properties']>, keyof SourceRef>;
  step: Equal<Keys<Defs['cunStep']['properties']>, keyof CunStep>;
  offset: Equal<Keys<Defs['offsetPlacement']['properties']>, keyof Placement<'offset'>>;
  alongByFraction: Equal<Keys<Defs['alongByFraction']['properties']>, keyof Extract<Placement<'along'>, { fraction: number }>>;
  alongByCun: Equal<Keys<Defs['alongByCun']['properties']>, keyof Extract<Placement<'along'>, { cun: number }>>;
  midpoint: Equal<Keys<Defs['midpointPlacement']['properties']>, keyof Placement<'midpoint'>>;
} = {
  point: true, hanzi: true, role: true, location: true, needling: true, cautions: true, marker: true,
  source: true, step: true, offset: true, alongByFraction: true, alongByCun: true, midpoint: true,
};

/** Keys a type requires, so the schema's `required` lists can be compared at run time. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
const all = <T>(keys: Record<RequiredKeys<T>, true>) => Object.keys(keys).sort();

test('the schema has the properties and required lists of types.ts', () => {
  assert.ok(Object.values(sameKeys).every(Boolean));
  const defs = schema.$defs;
  const required = (s: { required?: string[] }) => [...(s.required ?? [])].sort();
  assert.deepEqual(required(defs.point), all<AcuPoint>({
    code: true, pinyin: true, hanzi: true, english: true, channel: true, region: true, laterality: true,
    role: true, location: true, markers: true, needling: true, cautions: true, sources: true,
  }));
  assert.deepEqual(required(defs.point.properties.needling), all<AcuPoint['needling']>({ depthCun: true, angle: true, notes: true }));
  assert.deepEqual(required(defs.point.properties.cautions as { required?: string[] }), []);
  assert.deepEqual(required(defs.marker), all<MarkerDef>({ at: true }));
  assert.deepEqual(required(defs.source), all<SourceRef>({ title: true }));
  assert.deepEqual(required(defs.cunStep), all<CunStep>({ direction: true, cun: true }));
  assert.deepEqual(required(defs.offsetPlacement), all<Placement<'offset'>>({ kind: true, landmark: true, span: true, steps: true }));
  assert.deepEqual(required(defs.alongByCun), all<Extract<Placement<'along'>, { cun: number }>>({ kind: true, from: true, to: true, cun: true, span: true }));
  assert.deepEqual(required(defs.alongByFraction), all<Extract<Placement<'along'>, { fraction: number }>>({ kind: true, from: true, to: true, fraction: true }));
  assert.deepEqual(required(defs.midpointPlacement), all<Placement<'midpoint'>>({ kind: true, between: true }));
  assert.deepEqual(defs.span.enum, Object.keys(CUN_SPANS), 'span names are the keys of CUN_SPANS');
});

// ---- ajv agrees ------------------------------------------------------------------------

const ajv = new Ajv2020({ allErrors: true, strict: true });
const ajvValidate = ajv.compile(schema);

/** ajv's error locations in our notation: `/points/3` + missing `location` -> `points[3].location`. */
function ajvPaths(errors: ErrorObject[] | null | undefined): Set<string> {
  const paths = new Set<string>();
  for (const error of errors ?? []) {
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'required') segments.push(error.params.missingProperty as string);
    if (error.keyword === 'additionalProperties') segments.push(error.params.additionalProperty as string);
    paths.add(segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? (path ? `${path}.${s}` : s) : `${path}[${JSON.stringify(s)}]`), ''));
  }
  return paths;
}

const builtIn = () => JSON.parse(JSON.stringify(LOW_BACK_PAIN_POINTS)) as { points: Record<string, any>[] };

test('ajv (strict) compiles the schema and accepts the built-in set', () => {
  assert.equal(ajvValidate(builtIn()), true, JSON.stringify(ajvValidate.errors, null, 1));
});

test('validatePointSet accepts the built-in set and its JSON round trip', () => {
  const direct = validatePointSet(LOW_BACK_PAIN_POINTS);
  assert.ok(direct.ok, direct.ok ? '' : formatValidationErrors(direct.errors));
  const roundTrip = validatePointSet({ points: JSON.parse(JSON.stringify(LOW_BACK_PAIN_POINTS.points)) });
  assert.ok(roundTrip.ok, roundTrip.ok ? '' : formatValidationErrors(roundTrip.errors));
  assert.equal(roundTrip.value.points.length, LOW_BACK_PAIN_POINTS.points.length);
  assert.ok(validatePointSet({ $schema: './points.schema.json', points: builtIn().points }).ok, 'a $schema reference is allowed');
});

interface BrokenCase {
  name: string;
  data: unknown;
  /** Our exact first error, `path: message`. */
  first: string;
  /** Cross-field rules JSON Schema cannot express: ajv accepts these. */
  schemaCannotSee?: boolean;
}

const broken = (name: string, first: string, edit: (set: { points: Record<string, any>[] }) => unknown, schemaCannotSee = false): BrokenCase => {
  const set = builtIn();
  const data = edit(set) ?? set;
  return { name, data, first, schemaCannotSee };
};

/** Indices of the points the cases break: GB30 (along by fraction, with an alternative marker), BL60 (a midpoint). */
const GB30 = builtIn().points.findIndex((p) => p.code === 'GB30');
const MIDPOINT = builtIn().points.findIndex((p) => p.code === 'BL60');

const CASES: BrokenCase[] = [
  broken('missing location', 'points[3].location: required', (s) => { delete s.points[3].location; }),
  broken('wrong kind', 'points[0].markers[0].at.kind: must be one of offset, along, midpoint', (s) => { s.points[0].markers[0].at.kind = 'ofset'; }),
  broken('missing kind', 'points[0].markers[0].at.kind: required', (s) => { delete s.points[0].markers[0].at.kind; }),
  broken('unknown span', `points[2].markers[0].at.span: must be one of ${Object.keys(CUN_SPANS).join(', ')}`, (s) => { s.points[2].markers[0].at.span = 'lumbar'; }),
  broken('negative depth', 'points[4].needling.depthCun[0]: must be >= 0', (s) => { s.points[4].needling.depthCun = [-0.5, 1]; }),
  broken('depth as text', 'points[4].needling.depthCun[1]: must be a number', (s) => { s.points[4].needling.depthCun = [0.5, '1 cun']; }),
  broken('one depth only', 'points[4].needling.depthCun: must have at least 2 items', (s) => { s.points[4].needling.depthCun = [1]; }),
  broken('depth range reversed', 'points[4].needling.depthCun: minimum 2 is more than maximum 1', (s) => { s.points[4].needling.depthCun = [2, 1]; }, true),
  broken('duplicate code', 'points[5].code: duplicate code BL23', (s) => { s.points[5].code = 'BL23'; }, true),
  broken('extra property', 'points[1].colour: unknown property', (s) => { s.points[1].colour = 'red'; }),
  broken('typo in a property', 'points[1].locaton: unknown property (did you mean "location"?)', (s) => { s.points[1].locaton = s.points[1].location; }),
  broken('unknown laterality', 'points[0].laterality: must be one of bilateral, midline', (s) => { s.points[0].laterality = 'left'; }),
  broken('unknown direction', 'points[2].markers[0].at.steps[0].direction: must be one of lateral, medial, superior, inferior, anterior, posterior', (s) => { s.points[2].markers[0].at.steps[0].direction = 'outward'; }),
  broken('zero step', 'points[2].markers[0].at.steps[0].cun: must be > 0', (s) => { s.points[2].markers[0].at.steps[0].cun = 0; }),
  broken('fraction out of range', `points[${GB30}].markers[0].at.fraction: must be < 1`, (s) => { s.points[GB30].markers[0].at.fraction = 1.5; }),
  broken('along with fraction and cun', `points[${GB30}].markers[0].at.cun: unknown property`, (s) => { s.points[GB30].markers[0].at.cun = 2; }),
  broken('midpoint with one landmark', `points[${MIDPOINT}].markers[0].at.between: must have at least 2 items`, (s) => { s.points[MIDPOINT].markers[0].at.between = ['lateral-malleolus']; }),
  broken('placement as a string', 'points[0].markers[0].at: must be an object', (s) => { s.points[0].markers[0].at = 'L2'; }),
  broken('coordinates instead of a rule', 'points[0].markers[0].at.kind: required', (s) => { s.points[0].markers[0].at = { x: 0, y: 1, z: 0 }; }),
  broken('lower-case code', 'points[0].code: must match the pattern ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$', (s) => { s.points[0].code = 'gv4'; }),
  broken('blank name', 'points[0].english: must have a visible character', (s) => { s.points[0].english = '   '; }),
  broken('zero-width spaces only', 'points[0].english: must have a visible character', (s) => { s.points[0].english = '\u200B\u200B\u200B'; }),
  broken('joiners, soft hyphen and a byte-order mark only', 'points[1].location.patient: must have a visible character', (s) => { s.points[1].location.patient = '\u200D\u00AD\uFEFF\u2060 '; }),
  broken('more points than the limit', 'points: must have at most 5000 items', (s) => { s.points = Array.from({ length: 5001 }, (_, i) => ({ ...s.points[i % s.points.length], code: `X${i}` })); }),
  broken('no markers', 'points[0].markers: must have at least 1 item', (s) => { s.points[0].markers = []; }),
  broken('no sources', 'points[0].sources: must have at least 1 item', (s) => { s.points[0].sources = []; }),
  broken('alternative not boolean', `points[${GB30}].markers[1].alternative: must be true or false`, (s) => { s.points[GB30].markers[1].alternative = 'yes'; }),
  broken('unknown caution', 'points[0].cautions.kidney: unknown property', (s) => { s.points[0].cautions.kidney = 'deep'; }),
  broken('empty point list', 'points: must have at least 1 item', (s) => { s.points = []; }),
  broken('points not a list', 'points: must be an array', () => ({ points: {} })),
  broken('no points', 'points: required', () => ({})),
  broken('not an object', '(root): must be an object', () => [1, 2]),
];

test('the broken sets are what their names say (indices point at the intended points)', () => {
  const codes = builtIn().points.map((p) => p.code);
  assert.equal(codes[3], 'BL24');
  assert.equal(codes[GB30], 'GB30');
  assert.equal(builtIn().points[GB30].markers[0].at.kind, 'along', 'GB30 is the along-by-fraction point with an alternative marker');
  assert.equal(builtIn().points[MIDPOINT].markers[0].at.kind, 'midpoint', 'BL60 is a midpoint');
  assert.equal(builtIn().points[2].markers[0].at.kind, 'offset');
  assert.equal(builtIn().points[2].markers[0].at.steps.length, 1);
});

for (const c of CASES) {
  test(`broken set rejected by both: ${c.name}`, () => {
    const ours = validatePointSet(c.data);
    assert.equal(ours.ok, false, 'validatePointSet accepts it');
    if (ours.ok) return;
    assert.equal(formatValidationErrors(ours.errors).split('\n')[0], c.first);

    const ajvOk = ajvValidate(c.data);
    if (c.schemaCannotSee) {
      assert.equal(ajvOk, true, 'a cross-field rule: the schema alone cannot see it');
      return;
    }
    assert.equal(ajvOk, false, 'ajv accepts it');
    // Everything we report, ajv reports at the same place (ajv also lists the alternatives it tried).
    const theirs = ajvPaths(ajvValidate.errors);
    for (const error of ours.errors) {
      assert.ok(theirs.has(error.path), `ajv has no error at ${error.path}: ${[...theirs].join(' | ')}`);
    }
  });
}

test('random mutations: validatePointSet and ajv always agree on valid versus invalid', () => {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const replacements: unknown[] = [null, 0, -1, 0.5, 2, 40, '', ' ', 'x', 'L2', 'back', 'offset', 'along', true, [], [1], {}, { kind: 'midpoint' }];
  let invalid = 0;
  for (let trial = 0; trial < 400; trial++) {
    const set = builtIn();
    // Pick a random node of the tree and replace or delete one of its entries.
    let node: any = set;
    for (let depth = 0; depth < 8; depth++) {
      const keys = Object.keys(node);
      const key = keys[Math.floor(random() * keys.length)];
      const child = node[key];
      if (child === null || typeof child !== 'object' || random() < 0.25) {
        if (random() < 0.3 && !Array.isArray(node)) delete node[key];
        else node[key] = replacements[Math.floor(random() * replacements.length)];
        break;
      }
      node = child;
    }
    const ours = validatePointSet(set);
    const codes = set.points?.map?.((p) => p?.code) ?? [];
    const crossField = !ours.ok && ours.errors.some((e) => /duplicate code|is more than maximum/.test(e.message));
    if (!crossField) assert.equal(ours.ok, ajvValidate(set), `disagree: ${ours.ok ? 'ok' : formatValidationErrors(ours.errors)} ${JSON.stringify(ajvValidate.errors?.slice(0, 3))} codes ${codes}`);
    if (!ours.ok) invalid++;
  }
  assert.ok(invalid > 200, `most mutations break the set (${invalid})`);
});

test('formatValidationErrors: first few errors, one per line', () => {
  const errors = Array.from({ length: 8 }, (_, i) => ({ path: `points[${i}].code`, message: 'required' }));
  assert.equal(formatValidationErrors(errors, 3), 'points[0].code: required\npoints[1].code: required\npoints[2].code: required\n… and 5 more');
  assert.equal(formatValidationErrors([{ path: '', message: 'must be an object' }]), '(root): must be an object');
});

test('the interpreter refuses schema keywords it does not implement', () => {
  assert.throws(() => new SchemaValidator({ type: 'object', properties: { a: { uniqueItems: true } } }), /"uniqueItems" at #\/properties\/a is not supported/);
  assert.throws(() => new SchemaValidator({ $ref: '#/$defs/missing' }), /cannot resolve \$ref #\/\$defs\/missing/);
  assert.throws(() => new SchemaValidator({ if: {} }), /"if"/);
});

test('a visible character after zero-width ones is accepted', () => {
  const set = builtIn();
  set.points[0].english = '\u200BKidney Shu';
  assert.ok(validatePointSet(set).ok);
  assert.ok(ajvValidate(set));
});

test('the validator stops after the first few errors of a huge broken file', () => {
  const set = builtIn();
  // 2,000 points, each with every field wrong: thousands of errors if all were collected.
  set.points = Array.from({ length: 2000 }, () => ({ code: 1, pinyin: 2, english: 3, markers: 'x', hanzi: 4 }));
  const result = validatePointSet(set);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.errors.length, MAX_ERRORS);
  assert.equal(result.stoppedEarly, true);
  const text = formatValidationErrors(result.errors, 5, result.stoppedEarly);
  assert.match(text, /… and more \(checking stopped after 20 problems\)$/);
});

test('validatePointSetInSlices: same answers as validatePointSet, pausing between slices', async () => {
  let pauses = 0;
  const pause = () => { pauses++; return new Promise<void>((resolve) => setTimeout(resolve, 0)); };
  const big = builtIn();
  big.points = Array.from({ length: 600 }, (_, i) => ({ ...big.points[i % big.points.length], code: `X${i}`, altCodes: undefined }));
  for (const point of big.points) delete point.altCodes;
  const good = await validatePointSetInSlices(big, pause, 1);
  assert.ok(good.ok, good.ok ? '' : formatValidationErrors(good.errors));
  assert.ok(pauses > 1, `paused ${pauses} times`);
  for (const c of CASES) {
    const sliced = await validatePointSetInSlices(c.data, pause);
    const whole = validatePointSet(c.data);
    assert.deepEqual(sliced, whole, c.name);
  }
});

// ---- Texts in several languages (issue 18) -----------------------------------------------

test('a text may be an object of languages: both validators accept it, and reject a broken one', () => {
  const set = builtIn();
  const point = set.points[0];
  point.english = { en: 'Gate of Life', de: 'Tor des Lebens', 'zh-Hans': '生命之门' };
  point.location.patient = { de: 'Mitte des unteren Rückens', en: 'Middle of the lower back' };
  point.needling.notes = { en: '', de: '' };
  point.cautions.depth = { es: 'No más profundo que 1 cun' };
  point.markers[0].label = { en: 'upper', de: 'oben' };
  const checked = validatePointSet(set);
  assert.ok(checked.ok, checked.ok ? '' : formatValidationErrors(checked.errors));
  assert.ok(ajvValidate(set), JSON.stringify(ajvValidate.errors));

  const cases: [string, unknown, string][] = [
    ['no language at all', {}, 'points[0].english: must have at least 1 property'],
    ['a tag that is not a language', { 'english!': 'x' }, 'points[0].english: property name "english!" must match the pattern ^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'],
    ['a blank translation', { en: 'Gate', de: '  ' }, 'points[0].english.de: must have a visible character'],
    ['a number', 12, 'points[0].english: must be a string'],
  ];
  for (const [name, english, first] of cases) {
    const broken = builtIn();
    broken.points[0].english = english;
    const ours = validatePointSet(broken);
    assert.equal(ours.ok, false, `${name}: accepted`);
    if (!ours.ok) assert.equal(formatValidationErrors(ours.errors).split('\n')[0], first, name);
    assert.equal(ajvValidate(broken), false, `${name}: ajv accepts it`);
  }
});

test('a multilingual set: each text in English (else the first language given), the others keyed for translation', () => {
  const set = builtIn();
  const [first, second] = set.points;
  first.english = { de: 'Tor des Lebens', en: 'Gate of Life', 'zh-TW': '生命之門', 'de-AT': 'Tor des Lebens (AT)' };
  second.location.patient = { es: 'En la parte baja de la espalda', fr: 'Dans le bas du dos' };
  const checked = validatePointSet(set);
  assert.ok(checked.ok);
  const { points, texts } = splitLanguages(checked.value.points);
  assert.equal(points[0].english, 'Gate of Life', 'English when given');
  assert.equal(points[1].location.patient, 'En la parte baja de la espalda', 'else the first language given');
  assert.equal(texts?.de?.[`point.${first.code}.english`], 'Tor des Lebens', 'an exact tag wins over a regional one');
  assert.equal(texts?.['zh-Hant']?.[`point.${first.code}.english`], '生命之門', 'zh-TW serves Traditional Chinese');
  assert.equal(texts?.es?.[`point.${second.code}.location.patient`], 'En la parte baja de la espalda');
  assert.equal(typeof points[2].english, 'string');
  assert.equal(splitLanguages(LOW_BACK_PAIN_POINTS.points.map((point) => structuredClone(point))).texts, null, 'plain strings: nothing to translate');
});
