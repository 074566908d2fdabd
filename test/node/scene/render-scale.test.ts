import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_RENDER_SCALE, RenderScale } from '../../../src/scene/render-scale.js';

function frames(scale: RenderScale, latency: number, count: number): void {
  for (let i = 0; i < count; i++) scale.frame(latency);
}

test('slow moving frames lower the render scale, never below the minimum', () => {
  const scale = new RenderScale();
  frames(scale, 16, 20);
  assert.equal(scale.value, 1, 'fast frames stay at full resolution');
  frames(scale, 120, 3);
  assert.ok(scale.value < 1, `lowered after slow frames (${scale.value})`);
  frames(scale, 200, 60);
  assert.equal(scale.value, MIN_RENDER_SCALE);
});

test('fast frames raise the scale back to full resolution', () => {
  const scale = new RenderScale();
  frames(scale, 150, 30);
  assert.equal(scale.value, MIN_RENDER_SCALE);
  frames(scale, 12, 40);
  assert.equal(scale.value, 1);
});

test('frames in between hold the scale where it is', () => {
  const scale = new RenderScale();
  frames(scale, 150, 3);
  const lowered = scale.value;
  assert.ok(lowered < 1);
  frames(scale, 35, 40);
  assert.equal(scale.value, lowered);
});
