/**
 * The embed builder (demo/embed-builder.html) as a clinic uses it: pick settings, watch the
 * live widget follow, copy a snippet. Then each snippet is pasted into a page served with
 * dist/ like a clinic's site, and must show the same widget the preview showed.
 *
 * Needs dist/ for the pasted snippets (`npm test` builds it when stale).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ViteDevServer } from 'vite';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, startDemoServer } from '../../../scripts/browser.js';
import { requireDist, serveDist, type DistServer } from '../support/dist-server.js';
import { skinPixelsOnceDrawn } from '../support/drawn-pixels.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let demo: { server: ViteDevServer; base: string };
let site: DistServer;

before(async () => {
  requireDist();
  demo = await startDemoServer();
  site = await serveDist({ headers: {}, html: '', files: {} });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await demo?.server.close();
  site?.close();
});

/** The widget's public state: what a snippet must reproduce. */
function widgetState(widget: Locator) {
  return widget.evaluate((el) => {
    const map = el as HTMLElement & { mode: string; protocol: string | null; selected: string | null; plan: string | null; view: string; showLabels: boolean; showMeridians: boolean };
    const cta = map.querySelector('a[slot="cta"]') as HTMLAnchorElement | null;
    return {
      mode: map.mode,
      protocol: map.protocol,
      selected: map.selected,
      view: map.view,
      lang: map.getAttribute('lang'),
      showLabels: map.showLabels,
      showMeridians: map.showMeridians,
      accent: getComputedStyle(map).getPropertyValue('--acupoint-accent').trim(),
      accentText: getComputedStyle(map).getPropertyValue('--acupoint-accent-contrast').trim(),
      cta: cta && { href: cta.href, text: cta.textContent!.trim() },
    };
  });
}

test('a clinic builds its widget, sees it live, copies both snippets, and each shows the same widget', { timeout: 600_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.base });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${demo.base}/demo/embed-builder.html`, { timeout: 180_000 });
    await page.getByLabel('Practitioners').check();
    await page.getByLabel('Protocol to highlight').selectOption('sciatica-posterior-leg');
    await page.getByLabel('Point open at the start').selectOption('BL40');
    await page.getByLabel('Language').selectOption('es');
    await page.getByLabel('Label the points').check();
    await page.getByLabel('Accent colour', { exact: true }).first().check();
    await page.locator('input[name="accent"]').fill('#7a3b8f');
    await page.getByLabel('Booking button text').fill('Reserve <a visit>');
    // First a bad address: the builder says so and leaves the button out.
    await page.getByLabel('Booking page address').fill('javascript:alert(1)');
    assert.ok(await page.locator('#cta-warning').isVisible(), 'a warning for the bad booking address');
    assert.ok(!(await page.locator('#iframe-snippet').inputValue()).includes('cta'), 'no booking link in the snippet');
    await page.getByLabel('Booking page address').fill('https://clinic.example/book');
    assert.ok(!(await page.locator('#cta-warning').isVisible()));
    await page.getByLabel('Height (pixels)').fill('560');
    await page.getByLabel('Where your copy of dist/ is served').fill(`${site.base}/`);

    const expected = {
      mode: 'practitioner',
      protocol: 'sciatica-posterior-leg',
      selected: 'BL40',
      view: 'back',
      lang: 'es',
      showLabels: true,
      showMeridians: false,
      accent: '#7a3b8f',
      accentText: '#ffffff',
      cta: { href: 'https://clinic.example/book', text: 'Reserve <a visit>' },
    };
    assert.deepEqual(await widgetState(page.locator('#preview')), expected, 'the live preview follows the form');
    assert.equal(await page.locator('#preview').evaluate((el) => el.getBoundingClientRect().height), 560);
    // A marker shown alone, or the cluster that holds crowded ones.
    await page.locator('#preview').locator('[part~="hotspot"]:not([hidden]), [part~="cluster"]:not([hidden])').first().waitFor({ timeout: 180_000 });
    assert.ok((await skinPixelsOnceDrawn(browser, () => page.locator('#preview').screenshot())) > 5000, 'the preview draws the body');

    const scriptSnippet = await page.locator('#script-snippet').inputValue();
    const iframeSnippet = await page.locator('#iframe-snippet').inputValue();
    await page.getByRole('button', { name: 'Copy the script snippet' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), scriptSnippet);
    await page.getByRole('button', { name: 'Copy the iframe snippet' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframeSnippet);
    assert.match(await page.locator('#copied').textContent() ?? '', /Copied: iframe snippet/);
    assert.deepEqual(errors, []);

    // The builder itself is usable with a keyboard and a screen reader (the widget has its own axe tests).
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run({ exclude: [['acupoint-map']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    assert.deepEqual(violations, [], 'axe-core on the builder');

    // The script snippet pasted into a clinic's page (dist/ served beside it).
    site.spec.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><main><h1>Clinic</h1>\n${scriptSnippet}\n</main></body></html>`;
    const clinic = await context.newPage();
    await clinic.goto(`${site.base}/`, { timeout: 120_000 });
    await clinic.locator('acupoint-map [part~="hotspot"]:not([hidden]), acupoint-map [part~="cluster"]:not([hidden])').first().waitFor({ timeout: 180_000 });
    assert.deepEqual(await widgetState(clinic.locator('acupoint-map')), expected, 'the script snippet shows the same widget');
    assert.equal(await clinic.locator('acupoint-map').evaluate((el) => el.getBoundingClientRect().height), 560);
    assert.ok((await skinPixelsOnceDrawn(browser, () => clinic.locator('acupoint-map').screenshot())) > 5000, 'the pasted widget draws the body');

    // The iframe snippet pasted into another page: its frame loads dist/embed.html.
    site.spec.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><main><h1>Clinic</h1>\n${iframeSnippet}\n</main></body></html>`;
    await clinic.goto(`${site.base}/`, { timeout: 120_000 });
    const frame = (await (await clinic.waitForSelector('iframe')).contentFrame())!;
    await frame.locator('acupoint-map [part~="hotspot"]:not([hidden]), acupoint-map [part~="cluster"]:not([hidden])').first().waitFor({ timeout: 180_000 });
    assert.deepEqual(await widgetState(frame.locator('acupoint-map')), expected, 'the iframe snippet shows the same widget');
    assert.equal(await clinic.locator('iframe').evaluate((el) => el.getBoundingClientRect().height), 560);
    assert.equal(await frame.locator('#embed-note').isVisible(), false, 'no note: every setting was understood');
  } finally {
    await context.close();
  }
});
