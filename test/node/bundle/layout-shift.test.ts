/**
 * No layout shift: a clinic-like page embedding the widget exactly as README.md's snippet
 * says keeps still while the bundle arrives (on time, or late) and while the 3D stage loads.
 * Needs dist/ (`npm run build`).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browser.js';
import { measureLayoutShift, readmeSnippet } from '../../../scripts/bench/first-stage.js';
import { requireDist } from '../support/dist-server.js';

let browser: Browser;

before(async () => {
  requireDist();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
});

test("README's snippet reserves the widget's box before the script runs", () => {
  assert.match(readmeSnippet(), /acupoint-map\s*\{[^}]*display:\s*block[^}]*height:/);
});

test('layout shift at most 0.02 with the README snippet, the script on time and 2 s late', { timeout: 600_000 }, async () => {
  for (const delay of [0, 2000]) {
    const { cls } = await measureLayoutShift(browser, delay);
    assert.ok(cls <= 0.02, `layout shift ${cls.toFixed(3)} with the script ${delay} ms late`);
  }
});

test('the same page without the reserving rule does shift (the measurement sees shifts)', { timeout: 600_000 }, async () => {
  const unreserved = readmeSnippet().replace(/<style>[\s\S]*?<\/style>/, '').replace('<acupoint-map>', '<acupoint-map style="height: 600px">');
  const { cls } = await measureLayoutShift(browser, 2000, unreserved);
  assert.ok(cls > 0.1, `layout shift ${cls.toFixed(3)} without display: block`);
});
