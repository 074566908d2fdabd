/**
 * Hostile body models (issue 17): every file is either read into a usable body or refused
 * with a ModelLoadError whose message names the problem in words; nothing else escapes
 * (no RangeError, TypeError or out-of-memory), and nothing is expanded without bound.
 * The fuzz tests mutate the shipped models at random (seeded, so a failure repeats).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bodyFromGlb, ModelLoadError } from '../../../src/scene/model-loader.js';
import { MODEL_LIMITS } from '../../../src/scene/glb-reader.js';
import { missingLandmarks } from '../../../src/catalogue/landmarks-needed.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import { deepChain, glb, sharedChildren, splitGlb, tetrahedron, withoutLandmarks, type GltfJsonLike } from '../../shared/hostile-glb.js';

const modelsDir = fileURLToPath(new URL('../../../models/', import.meta.url));
const shipped = (name: string) => {
  const bytes = readFileSync(`${modelsDir}${name}`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
const SHIPPED = shipped('body.glb');
const SHIPPED_QUANTIZED = shipped('body.quantized.glb');
const needed = (landmarks: Parameters<typeof missingLandmarks>[1]) => missingLandmarks(LOW_BACK_PAIN_POINTS.points, landmarks);

/** Messages that leak the reader's internals instead of saying what is wrong with the file. */
const INTERNALS = /is not a function|Cannot read properties|is not iterable|Invalid typed array length|Maximum call stack|undefined|\[object/;

async function refused(data: ArrayBuffer, expected: RegExp): Promise<string> {
  const error = await bodyFromGlb(new Uint8Array(data), 'test.glb', needed).then(
    () => assert.fail('the model was accepted'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof ModelLoadError, `not a ModelLoadError: ${String(error)}`);
  assert.match(error.message, expected);
  assert.match(error.message, /^Body model test\.glb /, 'names the file');
  assert.doesNotMatch(error.message, INTERNALS);
  return error.message;
}

const tetra = (options?: Parameters<typeof tetrahedron>[0]) => tetrahedron(options);
const edited = (edit: (json: GltfJsonLike) => void, base = tetra()) => {
  const json = structuredClone(base.json);
  edit(json);
  return glb(json, base.bin);
};

test('the shipped models load with all the landmarks the built-in points need', async () => {
  for (const data of [SHIPPED, SHIPPED_QUANTIZED]) {
    const body = await bodyFromGlb(new Uint8Array(data), 'body.glb', needed);
    assert.deepEqual(needed(body.landmarks), []);
    assert.ok(body.indices.length / 3 > 50_000);
  }
});

test('shared children (node k lists k+1 twice) are refused at once, not expanded', async () => {
  const started = performance.now();
  await refused(sharedChildren(tetra(), 40), /node \d+ is a child of both node \d+ and node \d+/);
  assert.ok(performance.now() - started < 2000);
});

test('a chain of 4,000 nested nodes is refused: nesting is bounded', async () => {
  await refused(deepChain(tetra(), 4000), new RegExp(`nested more than ${MODEL_LIMITS.depth} levels`));
});

test('a chain within the depth limit is read (iteratively)', async () => {
  const body = await bodyFromGlb(new Uint8Array(deepChain(tetra(), MODEL_LIMITS.depth - 2)), 'chain.glb');
  assert.ok(body.root.getObjectByName(`n${MODEL_LIMITS.depth - 3}`));
});

test('more nodes than the limit are refused', async () => {
  await refused(edited((json) => {
    for (let i = 0; i < MODEL_LIMITS.nodes; i++) json.nodes.push({});
  }), new RegExp(`at most ${MODEL_LIMITS.nodes}`));
});

test('more triangles than the limit are refused before anything is decoded', async () => {
  await refused(edited((json) => {
    json.accessors[1].count = (MODEL_LIMITS.triangles + 1) * 3;
  }), /1,000,001 triangles; the widget draws at most 1,000,000/);
});

test('a model without the landmarks the points need is refused, naming them', async () => {
  const message = await refused(withoutLandmarks(SHIPPED_QUANTIZED), /cannot carry the points: it has no landmark/);
  assert.match(message, /L2|psis-left/);
});

test('non-finite positions, a flat mesh, an empty mesh and bad indices are refused', async () => {
  const landmarks = ['x'];
  await refused(glb(tetra({ landmarks, positions: [0, 0, 0, 1, 0, 0, NaN, 1, 0, 0, 0, 1] }).json, tetra({ positions: [0, 0, 0, 1, 0, 0, NaN, 1, 0, 0, 0, 1] }).bin), /not finite/);
  await refused(glb(tetra().json, tetra({ positions: [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0] }).bin), /flat or collapsed/);
  await refused(edited((json) => { json.accessors[0].count = 0; json.accessors[1].count = 0; }), /has no triangles/);
  await refused(edited((json) => { json.accessors[0].count = 2; }), /refers to a vertex that does not exist/);
  await refused(edited((json) => { json.nodes[0].scale = [1e308, 1e308, 1e308]; json.nodes[0].translation = [1e308, 0, 0]; }), /not finite|flat/);
});

test('JSON of the wrong shape gets a message about the file, never a leaked TypeError', async () => {
  const cases: [string, (json: GltfJsonLike) => void, RegExp][] = [
    ['extensionsRequired not a list', (j) => { j.extensionsRequired = 5; }, /"extensionsRequired" must be a list/],
    ['children a number', (j) => { j.nodes[1].children = 5; }, /node 1: "children" must be a list/],
    ['negative count', (j) => { j.accessors[0].count = -5; }, /accessor 0: "count" must be a whole number/],
    ['meshes not a list', (j) => { j.meshes = { 0: {} }; }, /"meshes" must be a list/],
    ['primitives missing', (j) => { delete j.meshes[0].primitives; }, /mesh 0 has no primitives/],
    ['attribute out of range', (j) => { j.meshes[0].primitives[0].attributes.POSITION = 9; }, /refers to accessor 9, which does not exist/],
    ['node is null', (j) => { j.nodes[0] = null; }, /node 0 is not an object/],
    ['translation of text', (j) => { j.nodes[0].translation = ['a', 0, 0]; }, /"translation" must be 3 finite numbers/],
    ['a type named constructor', (j) => { j.accessors[0].type = 'constructor'; }, /unsupported type/],
    ['a scene root that is also a child', (j) => { j.scenes[0].nodes.push(2); j.nodes.push({ name: 'a' }); j.nodes[1].children = [2]; }, /scene root and also a child/],
    ['a node that is its own child', (j) => { j.nodes[1].children = [1]; }, /lists itself as a child/],
    ['a stride shorter than an item', (j) => { j.bufferViews[0].byteStride = 4; }, /overlap/],
  ];
  for (const [name, edit, expected] of cases) {
    await test(name, async () => { await refused(edited(edit), expected); });
  }
  await refused(glb(null, tetra().bin), /JSON chunk does not hold a glTF description/);
  await refused(glb([], tetra().bin), /JSON chunk does not hold a glTF description/);
  await refused(glb(null, undefined, { rawJson: '{"nodes": [' }), /not valid JSON/);
});

// ---- fuzz ---------------------------------------------------------------------------

/** A small seeded generator (mulberry32): the same failures on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES = [null, -1, -5, 0, 1, 2.5, 1e9, 2 ** 32, 'x', '', 'constructor', '__proto__', [], [0, 0], {}, true, { 0: 1 }, [null], [-1]];

/** Every [container, key] pair of a JSON tree. */
function slots(value: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

async function expectErrorOrBody(data: ArrayBuffer, label: string): Promise<'loaded' | 'refused'> {
  try {
    const body = await bodyFromGlb(new Uint8Array(data), 'fuzz.glb', needed);
    assert.ok(body.positions.length > 0 && body.positions.every(Number.isFinite), `${label}: loaded a body with bad positions`);
    assert.deepEqual(needed(body.landmarks), [], `${label}: loaded a body without the landmarks`);
    return 'loaded';
  } catch (error) {
    assert.ok(error instanceof ModelLoadError, `${label}: ${(error as Error)?.stack ?? String(error)}`);
    assert.doesNotMatch(error.message, INTERNALS, label);
    return 'refused';
  }
}

test('fuzz: the shipped models truncated at random lengths are refused with a message', async () => {
  const next = random(17);
  for (const [name, data] of [['body.glb', SHIPPED], ['body.quantized.glb', SHIPPED_QUANTIZED]] as const) {
    for (let i = 0; i < 60; i++) {
      const length = Math.floor(next() * data.byteLength);
      const outcome = await expectErrorOrBody(data.slice(0, length), `${name} cut at ${length}`);
      assert.equal(outcome, 'refused', `${name} cut at ${length} loaded`);
    }
  }
});

test('fuzz: random JSON mutations of the shipped models load or are refused, nothing else', async () => {
  const next = random(4711);
  const counts = { loaded: 0, refused: 0 };
  for (const [name, data] of [['body.glb', SHIPPED], ['body.quantized.glb', SHIPPED_QUANTIZED]] as const) {
    const { json, bin } = splitGlb(data);
    for (let i = 0; i < 150; i++) {
      const mutated = structuredClone(json);
      const edits = 1 + Math.floor(next() * 3);
      const done: string[] = [];
      for (let e = 0; e < edits; e++) {
        const all = slots(mutated);
        const [container, key] = all[Math.floor(next() * all.length)];
        const roll = next();
        if (roll < 0.2) {
          delete container[key];
          done.push(`delete ${key}`);
        } else {
          const value = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
          container[key] = structuredClone(value);
          done.push(`${key} = ${JSON.stringify(value)}`);
        }
      }
      counts[await expectErrorOrBody(glb(mutated, bin), `${name}: ${done.join('; ')}`)]++;
    }
  }
  // Both outcomes happen: the mutations reach the checks, and harmless ones still load.
  assert.ok(counts.loaded > 10 && counts.refused > 100, JSON.stringify(counts));
});

test('fuzz: random bytes flipped in the binary chunk never escape as an exception', async () => {
  const next = random(99);
  for (const [name, data] of [['body.glb', SHIPPED], ['body.quantized.glb', SHIPPED_QUANTIZED]] as const) {
    const { json, bin } = splitGlb(data);
    for (let i = 0; i < 15; i++) {
      const damaged = bin.slice();
      for (let k = 0; k < 50; k++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
      await expectErrorOrBody(glb(json, damaged), `${name} damaged #${i}`);
    }
  }
});
