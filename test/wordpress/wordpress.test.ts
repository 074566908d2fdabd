/**
 * The WordPress plugin on a real WordPress (Debian's packages, see support/wordpress-site.ts):
 * the zip from `npm run build:wordpress` is unpacked by WordPress's own unzip_file() and
 * activated; a page with the shortcode and one with the block are published; Chromium checks
 * that each draws the body (pixels), opens BL23 on a click, loads the widget only from the
 * plugin (no other host), and that a page without the widget does not load its script. The
 * block's sidebar is checked in the block editor.
 *
 * Run: npm run test:wordpress (CI runs it after npm test).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, root } from '../../scripts/browser.js';
import { skinPixelsOnceDrawn } from '../node/support/drawn-pixels.js';
import { HOST, installWithPlugin, logIn, startWordPress, type WordPressSite } from './support/wordpress-site.js';

let site: WordPressSite;
let browser: Browser;
let pages: { shortcode: string; block: string; plain: string };

const PLUGIN_DIST = '/wp-content/plugins/acupoint-map/dist/';

before(async () => {
  execFileSync('npx', ['tsx', join(root, 'scripts/build-wordpress.ts')], { cwd: root, stdio: 'inherit' });
  site = await startWordPress();
  const urls = installWithPlugin(site, join(root, 'build/acupoint-map.zip'), {
    Shortcode: '<p>Our treatment points.</p>[acupoint_map cta="Book a visit" cta_url="/book/" height="560"]',
    Block: '<!-- wp:acupoint-map/map {"mode":"practitioner","protocol":"chronic-nonspecific","accent":"#7a3b8f","showLabels":true} /-->',
    Plain: '<p>No map on this page.</p>',
  });
  pages = { shortcode: urls.Shortcode, block: urls.Block, plain: urls.Plain };
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    headless: true,
  });
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

/** Opens a published page and records every request's host. */
async function visit(url: string): Promise<{ page: Page; hosts: Set<string>; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const hosts = new Set<string>();
  const errors: string[] = [];
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.protocol.startsWith('http')) hosts.add(u.host);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  return { page, hosts, errors };
}

/** The centre of a BL23 marker that nothing covers (in page pixels), or null. */
async function uncoveredBL23(page: Page): Promise<{ x: number; y: number } | null> {
  return page.locator('acupoint-map').evaluate((map) => {
    for (const marker of map.shadowRoot!.querySelectorAll<HTMLElement>('[part~="hotspot"][data-code="BL23"]')) {
      const box = marker.getBoundingClientRect();
      if (!box.width) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const top = map.shadowRoot!.elementFromPoint(x, y);
      if (top && (top === marker || marker.contains(top))) return { x, y };
    }
    return null;
  });
}

/** The widget is drawn, and a click on a BL23 marker opens its panel. */
async function drawsAndOpensBL23(page: Page): Promise<void> {
  const map = page.locator('acupoint-map');
  await map.scrollIntoViewIfNeeded();
  // Markers are placed: BL23 alone, or inside the cluster that holds the crowded lumbar points.
  await page
    .locator('acupoint-map [part~="hotspot"][data-code="BL23"]:not([hidden]), acupoint-map [part~="cluster"][data-codes~="BL23"]:not([hidden])')
    .first()
    .waitFor({ state: 'visible', timeout: 180_000 });
  await page.waitForTimeout(500);
  const pixels = await skinPixelsOnceDrawn(browser, () => map.screenshot());
  assert.ok(pixels > 5000, `body pixels drawn: ${pixels}`);
  // At the whole-body zoom the lumbar markers share a cluster: a visitor taps it, and it
  // zooms until its points stand apart (or zooms with '+' where no cluster holds BL23).
  let at = await uncoveredBL23(page);
  for (let step = 0; !at && step < 8; step++) {
    const cluster = page.locator('acupoint-map [part~="cluster"][data-codes~="BL23"]:not([hidden])').first();
    const box = (await cluster.count()) ? await cluster.boundingBox() : null;
    if (box) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    } else {
      await page.locator('acupoint-map [part~="stage"]').focus();
      await page.keyboard.press('+');
    }
    await page.waitForTimeout(1500);
    at = await uncoveredBL23(page);
  }
  assert.ok(at, 'a BL23 marker can be clicked');
  await page.mouse.click(at.x, at.y);
  await page.locator('acupoint-map [part~="panel"]').getByText('BL23').first().waitFor({ timeout: 30_000 });
  assert.equal(await map.evaluate((el) => (el as HTMLElement & { selected: string | null }).selected), 'BL23');
}

async function widgetScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('script')].filter((s) => s.src && new URL(s.src).pathname.includes('/acupoint-map/')).map((s) => `${s.type} ${new URL(s.src).pathname}`));
}

test('the shortcode page draws the widget from the plugin and BL23 opens', { timeout: 400_000 }, async () => {
  const { page, hosts, errors } = await visit(pages.shortcode);
  try {
    assert.deepEqual(await widgetScripts(page), [`module ${PLUGIN_DIST}acupoint-map.bundle.js`]);
    const cta = page.locator('acupoint-map > a[slot="cta"]');
    assert.equal(await cta.textContent(), 'Book a visit');
    assert.equal(await cta.getAttribute('href'), '/book/');
    assert.equal(await page.locator('acupoint-map').evaluate((el) => getComputedStyle(el).height), '560px');
    await drawsAndOpensBL23(page);
    assert.deepEqual([...hosts], [new URL(site.base).host], 'every request goes to the site itself');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the block page draws the widget with the options from the block and BL23 opens', { timeout: 400_000 }, async () => {
  const { page, hosts, errors } = await visit(pages.block);
  try {
    assert.deepEqual(await widgetScripts(page), [`module ${PLUGIN_DIST}acupoint-map.bundle.js`]);
    const state = await page.locator('acupoint-map').evaluate((el) => ({
      mode: el.getAttribute('mode'),
      protocol: el.getAttribute('protocol'),
      labels: el.hasAttribute('show-labels'),
      accent: (el as HTMLElement).style.getPropertyValue('--acupoint-accent'),
      wrapper: el.parentElement!.className,
    }));
    assert.deepEqual(state, { mode: 'practitioner', protocol: 'chronic-nonspecific', labels: true, accent: '#7a3b8f', wrapper: 'wp-block-acupoint-map-map' });
    await drawsAndOpensBL23(page);
    assert.deepEqual([...hosts], [new URL(site.base).host], 'every request goes to the site itself');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a page without the widget does not load its script', { timeout: 200_000 }, async () => {
  const { page } = await visit(pages.plain);
  try {
    assert.deepEqual(await widgetScripts(page), []);
  } finally {
    await page.close();
  }
});

test('attribute values are escaped and bad ones fall back, with a note only editors see', () => {
  const render = (user: number) =>
    site.php(`require 'wp-load.php'; wp_set_current_user(${user});
      echo do_shortcode('[acupoint_map mode="doctor" cta="<img src=x onerror=alert(1)> Book" cta_url="javascript:alert(1)" accent="red;background:url(x)" plan="BL23 <b>" lang=\\'"><script>alert(1)</script>\\']');`);
  const visitor = render(0);
  assert.ok(!/<script|<img|<b>|javascript:|url\(/i.test(visitor), visitor);
  assert.match(visitor, /<acupoint-map mode="patient" plan="BL23" style="display:block;height:600px"><\/acupoint-map>/);
  assert.ok(!visitor.includes('acupoint-map-note'), 'visitors see no note');
  const editor = render(1);
  assert.ok(!/<script|<img|<b>|href="javascript/i.test(editor), editor);
  for (const part of ['mode &quot;doctor&quot;', 'cta_url', 'accent', 'lang']) assert.ok(editor.includes(part), `the note names ${part}: ${editor}`);
  const block = site.php(`require 'wp-load.php'; wp_set_current_user(1); echo do_blocks('<!-- wp:acupoint-map/map {"lock":{"move":true},"className":"is-style-x","ctaUrl":"https://clinic.example/book?a=1&b=2","cta":"Book \\\\u0022now\\\\u0022","point":"bl23","view":"left"} /-->');`);
  assert.ok(!block.includes('acupoint-map-note'), 'attributes WordPress adds to every block are not options');
  assert.match(block, /<acupoint-map mode="patient" view="left" selected="BL23" style="display:block;height:600px"><a slot="cta" href="https:\/\/clinic\.example\/book\?a=1&#038;b=2">Book &quot;now&quot;<\/a><\/acupoint-map>/);
});

test('the block editor offers the block with its options in the sidebar', { timeout: 400_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await logIn(page, site);
    await page.goto(`${site.base}/wp-admin/post-new.php?post_type=page`, { timeout: 180_000 });
    await page.waitForFunction(() => (window as unknown as { wp?: { blocks?: { getBlockType(n: string): unknown } } }).wp?.blocks?.getBlockType('acupoint-map/map'), undefined, { timeout: 180_000 });
    await page.evaluate(() => {
      const wp = (window as unknown as { wp: { blocks: { createBlock(n: string, a: object): { clientId: string } }; data: { dispatch(s: string): Record<string, (...a: unknown[]) => void> } } }).wp;
      const block = wp.blocks.createBlock('acupoint-map/map', { mode: 'student' });
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    });
    const sidebar = page.locator('.block-editor-block-inspector');
    await sidebar.getByText('Mode', { exact: true }).waitFor({ timeout: 60_000 });
    for (const label of ['Protocol', 'Plan (point codes)', 'Open a point', 'View', 'Show meridians', 'Show labels']) {
      assert.ok(await sidebar.getByText(label, { exact: true }).count(), `sidebar has ${label}`);
    }
    assert.equal(await sidebar.getByLabel('Mode').inputValue(), 'student');
    // The preview in the editor is the widget itself, from the plugin's copy.
    await page.locator('.editor-styles-wrapper acupoint-map, .is-root-container acupoint-map').first().waitFor({ state: 'attached', timeout: 60_000 });
  } finally {
    await page.close();
  }
});
