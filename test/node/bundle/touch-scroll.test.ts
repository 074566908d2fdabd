/**
 * Real touch input (Chromium's touch emulation through DevTools), on the built bundle: a
 * vertical swipe over the widget scrolls the page and leaves the body as it was
 * (touch-action: pan-y), a horizontal swipe turns the body and does not scroll. The
 * browser tests drive the same handlers with synthetic pointer events; only a real touch
 * sequence shows what the browser does with the page's scrolling.
 *
 * Needs dist/ (`npm run build`; .ci/run builds before testing).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browser.js';
import { requireDist, serveDist, type DistServer } from '../support/dist-server.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>acupoint-map on a phone</title>
<link rel="stylesheet" href="/page.css">
<script type="module" src="/probe.js"></script>
<script type="module" src="/acupoint-map.bundle.js"></script>
</head>
<body>
<main>
<h1>Low back pain</h1>
<acupoint-map loading="eager" src="/body.quantized.glb"></acupoint-map>
<p class="tall">The rest of the clinic's page.</p>
</main>
</body>
</html>`;

const PROBE = `
window.__loaded = false;
document.querySelector('acupoint-map').addEventListener('load', () => { window.__loaded = true; });
`;

let browser: Browser;
let served: DistServer;

before(async () => {
  requireDist();
  served = await serveDist({
    headers: {},
    html: PAGE,
    files: {
      '/probe.js': PROBE,
      // The page's own stylesheet: a tall page, so there is something to scroll.
      '/page.css': 'body { margin: 0; } acupoint-map { height: 420px; } .tall { height: 2400px; }',
    },
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  served?.close();
});

/** One finger from `from` to `to` in small steps, as a phone reports it. */
async function swipe(cdp: CDPSession, from: [number, number], to: [number, number], steps = 12): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
  for (let i = 1; i <= steps; i++) {
    const x = from[0] + ((to[0] - from[0]) * i) / steps;
    const y = from[1] + ((to[1] - from[1]) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function bl23(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const element = document.querySelector('acupoint-map') as unknown as { queryPoint(code: string, side: string): { x: number; y: number } };
    const { x, y } = element.queryPoint('BL23', 'left');
    return { x, y };
  });
}

test('vertical swipe scrolls the page and keeps the view; horizontal swipe turns the body', { timeout: 300_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${served.base}/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as { __loaded: boolean }).__loaded, undefined, { timeout: 120_000 });
    const box = (await page.locator('acupoint-map').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const centre: [number, number] = [box.x + box.width / 2, box.y + box.height / 2];

    const start = await bl23(page);
    await swipe(cdp, centre, [centre[0], centre[1] - 220]);
    await page.waitForTimeout(600);
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 80, `the page scrolled by a vertical swipe over the widget (scrollY ${scrolled})`);
    const afterVertical = await bl23(page);
    assert.ok(Math.abs(afterVertical.x - start.x) < 2, `the body did not turn (BL23 x ${start.x} -> ${afterVertical.x})`);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    const before = await bl23(page);
    await swipe(cdp, [centre[0] - 120, centre[1]], [centre[0] + 120, centre[1]]);
    await page.waitForTimeout(600);
    const afterHorizontal = await bl23(page);
    assert.ok(Math.abs(afterHorizontal.x - before.x) > 15, `a horizontal swipe turned the body (BL23 x ${before.x} -> ${afterHorizontal.x})`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'a horizontal swipe does not scroll the page');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
