import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_RENDER_SCALE, RenderScale } from '../../../src/scene/render-scale.js';

/** Frames `gap` ms apart, each continuous with the one before. */
function run(scale: RenderScale, start: number, gap: number, count: number): number {
  let time = start;
  for (let i = 0; i < count; i++) {
    scale.frame(time, i > 0);
    time += gap;
  }
  return time;
}

test('slow frames in a continuous motion lower the render scale, never below the minimum', () => {
  const scale = new RenderScale();
  run(scale, 0, 16, 20);
  assert.equal(scale.value, 1, 'fast frames stay at full resolution');
  const end = run(scale, 1000, 120, 8);
  assert.ok(scale.value < 1, `lowered after slow frames (${scale.value})`);
  run(scale, end + 1000, 200, 60);
  assert.equal(scale.value, MIN_RENDER_SCALE);
});

test('fast frames raise the scale back to full resolution', () => {
  const scale = new RenderScale();
  run(scale, 0, 150, 30);
  assert.equal(scale.value, MIN_RENDER_SCALE);
  run(scale, 10_000, 16, 40);
  assert.equal(scale.value, 1);
});

test('gaps between separate motions do not count as slow frames', () => {
  const scale = new RenderScale();
  // Single frames a second apart (clicks, key presses): never continuous.
  for (let i = 0; i < 30; i++) scale.frame(i * 1000, false);
  assert.equal(scale.value, 1);
});
