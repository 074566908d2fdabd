/**
 * The placeholder pictures (models/body-<view>.webp, `npm run placeholder`) show the body
 * the widget will draw: drawn from the current body.glb, one per view, at the size whose
 * aspect frames the body as the live view does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLACEHOLDER, VIEW_NAMES } from '../../../src/scene/body-view-types.js';

const models = fileURLToPath(new URL('../../../models/', import.meta.url));

/** Canvas size of an extended WebP (VP8X), the format Chromium writes for pictures with alpha. */
function webpSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.toString('ascii', 0, 4), 'RIFF');
  assert.equal(bytes.toString('ascii', 8, 12), 'WEBP');
  assert.equal(bytes.toString('ascii', 12, 16), 'VP8X', 'a WebP with alpha');
  return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
}

test('the pictures were drawn from the current body.glb (else: npm run placeholder)', () => {
  const stamp = JSON.parse(readFileSync(`${models}body-placeholders.json`, 'utf8')) as { sha256: string };
  const current = createHash('sha256').update(readFileSync(`${models}body.glb`)).digest('hex');
  assert.equal(stamp.sha256, current);
});

test('one picture per view, at the size that frames the body like the live view', () => {
  for (const view of VIEW_NAMES) {
    const size = webpSize(readFileSync(`${models}body-${view}.webp`));
    assert.deepEqual(size, { width: PLACEHOLDER.width * PLACEHOLDER.scale, height: PLACEHOLDER.height * PLACEHOLDER.scale }, view);
  }
});
