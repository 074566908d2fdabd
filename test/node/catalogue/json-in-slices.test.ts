import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonSteps } from '../../../src/catalogue/json-in-slices.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';

/** Run the steps to the end; count how many there were. */
function run(text: string): { value: unknown; steps: number } {
  const steps = parseJsonSteps(new TextEncoder().encode(text));
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, steps: count };
    count++;
  }
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof SyntaxError, `a SyntaxError, not ${String(error)}`);
    return error.message;
  }
  return 'no error';
}

test('a points file parses to what JSON.parse gives, one step per point or more', () => {
  const text = JSON.stringify({ $schema: 'x', points: LOW_BACK_PAIN_POINTS.points, other: [1, [2, 3], { a: ']' }] }, null, 2);
  const { value, steps } = run(text);
  assert.deepEqual(value, JSON.parse(text));
  assert.ok(steps >= LOW_BACK_PAIN_POINTS.points.length, `${steps} steps`);
});

test('strings with brackets, commas, quotes and escapes at any place split correctly', () => {
  const tricky = ['a,b', '[', ']', '{', '}', '"', '\\', '\\"', 'é中😀', '\\u005d', ''];
  for (let pad = 0; pad < 40; pad++) {
    const text = `${' '.repeat(pad)}{"p":${JSON.stringify(tricky.map((t, i) => ({ t, i, n: [t] })))},"q":"]","r":[ ],"s":{"t":[1,2]}}`;
    assert.deepEqual(run(text).value, JSON.parse(text), `padding ${pad}`);
  }
  // An escape exactly at the end of a scan chunk (65,536 characters).
  const long = `{"p":["${'x'.repeat(65536 - 8)}\\"", "]"]}`;
  assert.deepEqual(run(long).value, JSON.parse(long));
});

test('a key named __proto__ stays an own property, as JSON.parse makes it', () => {
  const text = '{"__proto__":[{"polluted":true}],"points":[]}';
  const value = run(text).value as Record<string, unknown>;
  assert.deepEqual(Object.keys(value), ['__proto__', 'points']);
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('values that are not an object of arrays parse whole', () => {
  for (const text of ['[1,2,3]', '"text"', '42', 'null', '{}', '{"a":{"b":[1]}}', '{"points":[]}', ' {"a" : [ 1 , 2 ] } ']) {
    assert.deepEqual(run(text).value, JSON.parse(text), text);
  }
});

test('invalid JSON fails with JSON.parse\'s own message', () => {
  const broken = ['{"points":[1,]}', '{"points":[1,,2]}', '{"points":[1}', '{"points":[{"a":1}', '{"points":[1]', '{"points":[1]}}', '', '{"a":[1] "b":2}', '{"a":[tru]}', '{"a":"\\x"}'];
  for (const text of broken) {
    assert.equal(errorOf(() => run(text)), errorOf(() => JSON.parse(text)), text);
  }
});
