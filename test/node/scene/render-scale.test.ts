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

test('within a motion the scale only goes down: each change resizes the drawing buffer', () => {
  const scale = new RenderScale();
  frames(scale, 150, 30);
  assert.equal(scale.value, MIN_RENDER_SCALE);
  frames(scale, 12, 40);
  assert.equal(scale.value, MIN_RENDER_SCALE, 'fast frames in the same motion keep the buffer as it is');
});

test('after motions with fast frames the scale comes back to full resolution, a step at each rest', () => {
  const scale = new RenderScale();
  frames(scale, 150, 30);
  const seen = [scale.value];
  for (let motion = 0; motion < 5 && scale.value < 1; motion++) {
    frames(scale, 12, 10);
    scale.rested();
    seen.push(scale.value);
  }
  assert.equal(scale.value, 1, `back at full resolution (${seen.join(' -> ')})`);
  assert.ok(seen.length <= 4, `in few motions (${seen.join(' -> ')})`);
  scale.rested();
  assert.equal(scale.value, 1, 'a rest without frames changes nothing');
});

test('a rest after slow frames does not raise the scale', () => {
  const scale = new RenderScale();
  frames(scale, 150, 30);
  frames(scale, 35, 10);
  scale.rested();
  assert.equal(scale.value, MIN_RENDER_SCALE);
});

test('frames in between hold the scale where it is', () => {
  const scale = new RenderScale();
  frames(scale, 150, 3);
  const lowered = scale.value;
  assert.ok(lowered < 1);
  frames(scale, 35, 40);
  assert.equal(scale.value, lowered);
});
