import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AIM_STEP, AIM_STEP_LARGE, aimCentre, isAimKey, moveAim } from '../../../src/element/quiz-aim.js';

const stage = { left: 0, top: 0, width: 600, height: 400 };

test('the aim starts at the centre of the stage', () => {
  assert.deepEqual(aimCentre({ left: 10, top: 20, width: 600, height: 400 }), { x: 310, y: 220 });
});

test('each arrow moves the aim one step that way, Shift a large step', () => {
  const at = { x: 300, y: 200 };
  assert.deepEqual(moveAim(at, 'ArrowRight', false, stage), { x: 300 + AIM_STEP, y: 200 });
  assert.deepEqual(moveAim(at, 'ArrowLeft', false, stage), { x: 300 - AIM_STEP, y: 200 });
  assert.deepEqual(moveAim(at, 'ArrowUp', true, stage), { x: 300, y: 200 - AIM_STEP_LARGE });
  assert.deepEqual(moveAim(at, 'ArrowDown', true, stage), { x: 300, y: 200 + AIM_STEP_LARGE });
  assert.equal(isAimKey('ArrowDown'), true);
  assert.equal(isAimKey('Enter'), false);
  assert.equal(isAimKey('toString'), false);
});

test('the aim stays on the stage', () => {
  assert.deepEqual(moveAim({ x: 595, y: 3 }, 'ArrowRight', true, stage), { x: 600, y: 3 });
  assert.deepEqual(moveAim({ x: 595, y: 3 }, 'ArrowUp', false, stage), { x: 595, y: 0 });
  // A stage that shrank since the aim was placed pulls it back in.
  assert.deepEqual(moveAim({ x: 900, y: 700 }, 'ArrowLeft', false, stage), { x: 600, y: 400 });
});
