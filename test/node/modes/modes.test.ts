/** The pure parts of the audience modes: address keys, plans, protocol focus, the quiz state machine. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAddressParam, withAddressParam } from '../../../src/modes/address.js';
import { parsePlan, planInAddress, planLink, serialisePlan, togglePlanCode } from '../../../src/modes/plan.js';
import { findProtocol, planNumber } from '../../../src/modes/protocol-highlight.js';
import { emphasisOf, focusCodes } from '../../../src/modes/marker-emphasis.js';
import { bandAround, crowdedGroup } from '../../../src/modes/handout-close-up.js';
import { answer, createQuiz, currentCode, lastResult, next, score, skip } from '../../../src/modes/quiz.js';
import { PROTOCOLS } from '../../../src/catalogue/protocols.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';
import { seededRandom } from '../support/meshes.js';

const CODES = LOW_BACK_PAIN_POINTS.points.map((point) => point.code);

test('address: reads and writes our keys and keeps the page\'s own', () => {
  assert.equal(readAddressParam('https://clinic.example/back#acupoint=BL23', 'acupoint'), 'BL23');
  assert.equal(readAddressParam('#acupoint=BL23&tab=2', 'acupoint'), 'BL23');
  assert.equal(readAddressParam('https://clinic.example/back#top', 'acupoint'), null);
  assert.equal(readAddressParam('https://clinic.example/back', 'acupoint'), null);
  assert.equal(withAddressParam('https://c.example/p?x=1', 'acupoint', 'BL40'), 'https://c.example/p?x=1#acupoint=BL40');
  assert.equal(withAddressParam('https://c.example/p#tab=2&acupoint=BL40', 'acupoint', 'GB30'), 'https://c.example/p#tab=2&acupoint=GB30');
  assert.equal(withAddressParam('https://c.example/p#tab=2&acupoint=BL40', 'acupoint', null), 'https://c.example/p#tab=2');
  assert.equal(withAddressParam('https://c.example/p#acupoint=BL40', 'acupoint', null), 'https://c.example/p');
  // A plain anchor is the page's: removing our key leaves it alone.
  assert.equal(withAddressParam('https://c.example/p#top', 'acupoint', null), 'https://c.example/p#top');
});

test('plan: parses loosely, matches known codes, drops repeats and unknowns, round-trips', () => {
  assert.deepEqual(parsePlan('BL23 BL25  BL40', CODES), ['BL23', 'BL25', 'BL40']);
  assert.deepEqual(parsePlan('bl23,ex-b2;BL23+XX99 gb30', CODES), ['BL23', 'EX-B2', 'GB30']);
  assert.deepEqual(parsePlan('', CODES), []);
  assert.deepEqual(parsePlan(null), []);
  assert.deepEqual(parsePlan('A1 A1 b2'), ['A1', 'b2']);
  const plan = ['BL23', 'EX-B7', 'BL40'];
  assert.equal(serialisePlan(plan), 'BL23 EX-B7 BL40');
  assert.deepEqual(parsePlan(serialisePlan(plan), CODES), plan);
  assert.deepEqual(togglePlanCode(plan, 'EX-B7'), ['BL23', 'BL40']);
  assert.deepEqual(togglePlanCode(plan, 'KI3'), ['BL23', 'EX-B7', 'BL40', 'KI3']);
  const link = planLink('https://clinic.example/plan?lang=en#acupoint=BL23', plan);
  assert.equal(link, 'https://clinic.example/plan?lang=en#acupoint=BL23&acupoint-plan=BL23+EX-B7+BL40');
  assert.deepEqual(parsePlan(planInAddress(link), CODES), plan);
  assert.equal(planLink(link, []), 'https://clinic.example/plan?lang=en#acupoint=BL23');
});

test('protocol focus: the protocol wins over the plan; without either nothing is dimmed', () => {
  const chronic = findProtocol(PROTOCOLS, 'chronic-nonspecific');
  assert.ok(chronic);
  assert.equal(findProtocol(PROTOCOLS, 'no-such'), undefined);
  assert.equal(findProtocol(PROTOCOLS, null), undefined);
  const focus = focusCodes(chronic, ['GB30']);
  assert.equal(emphasisOf('BL23', focus), 'focus');
  assert.equal(emphasisOf('GB30', focus), 'dimmed');
  assert.equal(emphasisOf('GB30', focusCodes(undefined, ['GB30'])), 'focus');
  assert.equal(emphasisOf('BL23', focusCodes(undefined, [])), 'normal');
  assert.equal(planNumber(['BL23', 'BL40'], 'BL40'), 2);
  assert.equal(planNumber(['BL23', 'BL40'], 'GB30'), 0);
});

test('protocols: the five the issue asks for, every code in the catalogue', () => {
  for (const id of ['chronic-nonspecific', 'acute-lumbar-strain', 'sciatica-posterior-leg', 'kidney-pattern', 'acupressure-self-care']) {
    const protocol = findProtocol(PROTOCOLS, id);
    assert.ok(protocol, id);
    for (const code of protocol.points) assert.ok(CODES.includes(code), `${id}: ${code}`);
  }
});

test('quiz: distinct questions in a seeded random order, scoring, skipping and the end', () => {
  const a = createQuiz(CODES, 5, seededRandom(1));
  const b = createQuiz(CODES, 5, seededRandom(1));
  const c = createQuiz(CODES, 5, seededRandom(2));
  assert.deepEqual(a.questions, b.questions);
  assert.notDeepEqual(a.questions, c.questions);
  assert.equal(new Set(a.questions).size, 5);
  assert.equal(createQuiz(['BL23', 'BL23', 'BL40'], 10).questions.length, 2);
  assert.throws(() => createQuiz([], 3));

  let quiz = createQuiz(['BL23', 'BL40', 'GB30'], 3, seededRandom(7));
  const first = currentCode(quiz);
  quiz = answer(quiz, 0.4);
  assert.equal(quiz.phase, 'answered');
  assert.deepEqual(lastResult(quiz), { code: first, correct: true, errorCun: 0.4, withinCun: 1 });
  // A second click on an answered question changes nothing.
  assert.equal(answer(quiz, 9), quiz);
  quiz = next(quiz);
  quiz = answer(quiz, 3.2);
  assert.equal(lastResult(quiz)!.correct, false);
  quiz = next(quiz);
  quiz = skip(quiz);
  assert.deepEqual(lastResult(quiz), { code: quiz.questions[2], correct: false, errorCun: null });
  quiz = next(quiz);
  assert.equal(quiz.phase, 'finished');
  assert.equal(currentCode(quiz), null);
  assert.deepEqual(score(quiz), { correct: 1, answered: 3, total: 3 });

  // A per-point tolerance, and a click that found another point is never correct.
  let strict = createQuiz(['EX-B2'], 1);
  strict = answer(strict, 0.3, 0.25);
  assert.deepEqual(lastResult(strict), { code: 'EX-B2', correct: false, errorCun: 0.3, withinCun: 0.25 });
  strict = answer(createQuiz(['EX-B2'], 1), 0.2, 0.25, 'GV3');
  assert.deepEqual(lastResult(strict), { code: 'EX-B2', correct: false, errorCun: 0.2, withinCun: 0.25, clicked: 'GV3' });
  assert.equal(lastResult(answer(createQuiz(['EX-B2'], 1), 0.2, 0.25, 'EX-B2'))!.correct, true);
  assert.throws(() => answer(createQuiz(['EX-B2'], 1), 0.2, 0), /withinCun/);
  assert.throws(() => answer(createQuiz(['BL23']), -1));
  // Exactly at the tolerance still counts.
  assert.equal(lastResult(answer(createQuiz(['BL23']), 1))!.correct, true);
});

test('handout close-up: the largest cluster of overlapping circles of different points, and its band', () => {
  let number = 0;
  const spot = (code: string, x: number, y: number, bodyY: number) => ({ code, number: ++number, x, y, bodyY });
  // Left and right of one point may touch: they carry the same number.
  assert.deepEqual(crowdedGroup([spot('BL40', 100, 400, 0.48), spot('BL40', 110, 400, 0.48)], 8.5), []);
  assert.deepEqual(crowdedGroup([spot('BL23', 100, 200, 1.03), spot('BL25', 100, 230, 0.97)], 8.5), []);
  const lumbar = [spot('BL23', 100, 200, 1.03), spot('EX-B2', 108, 204, 1.0), spot('BL25', 100, 212, 0.97)];
  const ankle = [spot('BL60', 90, 560, 0.06), spot('KI3', 96, 562, 0.06)];
  const group = crowdedGroup([...ankle, spot('BL40', 100, 400, 0.48), ...lumbar], 8.5);
  assert.deepEqual(group, lumbar, 'the lumbar cluster (three points) wins over the ankle (two); BL40 is readable');
  const band = bandAround(group);
  assert.ok(Math.abs(band.centerY - 1.0) < 1e-9, 'centred on the crowded points');
  assert.equal(band.height, 0.26, 'never narrower than the lower back');
  assert.ok(Math.abs(bandAround([spot('A', 0, 0, 1.3), spot('B', 0, 0, 0.9)]).height - 0.4 * 1.6) < 1e-9, 'a wider spread gets room around it');
});
