// npm run measure:phone: tries every point as a visitor would, in headless Chromium, at a
// phone size with touch (375 x 812) and at a desktop size (1280 x 800). Prints:
// - covered: visible markers whose centre is covered by another element (elementFromPoint
//   through the shadow root is not the marker itself);
// - taps: for each point, the fewest taps on the body (from the best preset view) that open it;
// - hidden after open: points whose marker, once its panel is open, is not the element at
//   its own centre (under the panel, the sheet, the toolbar, or off screen);
// - the toolbar's height.
import type { Page } from 'playwright-core';
import { launchBrowser, startDemoServer } from './browser.js';

interface Probe {
  code: string;
  index: number;
  x: number;
  y: number;
  /** What is at the centre: 'self', a cluster's codes, or another element's description. */
  hit: string;
}

/** Every shown marker or cluster button with what elementFromPoint finds at its centre. */
async function probe(page: Page): Promise<Probe[]> {
  return page.locator('acupoint-map').evaluate((el) => {
    const root = el.shadowRoot!;
    const box = el.getBoundingClientRect();
    const out: { code: string; index: number; x: number; y: number; hit: string }[] = [];
    const buttons = [...root.querySelectorAll<HTMLElement>('[part~="hotspot"], [part~="cluster"]')];
    for (const button of buttons) {
      if (button.hidden || button.offsetParent === null) continue;
      const r = button.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < box.left || y < box.top || x > box.right || y > box.bottom) continue;
      const at = root.elementFromPoint(x, y);
      const hit = at === button ? 'self' : at ? `${at.localName}.${(at as HTMLElement).className || ''}[${(at as HTMLElement).dataset?.code ?? ''}]` : 'nothing';
      out.push({ code: button.dataset.code ?? button.dataset.codes ?? '', index: Number(button.dataset.index ?? -1), x, y, hit });
    }
    return out;
  });
}

async function selected(page: Page): Promise<string | null> {
  return page.locator('acupoint-map').evaluate((el) => (el as unknown as { selected: string | null }).selected);
}

async function settle(page: Page): Promise<void> {
  // Camera transitions take 650 ms; then a frame.
  await page.waitForTimeout(900);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function tap(page: Page, touch: boolean, x: number, y: number): Promise<void> {
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

async function reset(page: Page, view: string): Promise<void> {
  await page.locator('acupoint-map').evaluate((el, v) => {
    const map = el as unknown as { selected: string | null; setView(v: string): void };
    map.selected = null;
    map.setView(v);
  }, view);
  await settle(page);
}

/** The fewest taps that open `code` starting from preset `view` (a marker, or a cluster then a marker), or null. */
async function tapsToOpen(page: Page, touch: boolean, code: string, view: string): Promise<number | null> {
  await reset(page, view);
  for (let taps = 1; taps <= 2; taps++) {
    const shown = await probe(page);
    const own = shown.find((p) => p.code === code);
    const cluster = shown.find((p) => p.code.split(' ').includes(code) && p.code !== code);
    const target = own ?? cluster;
    if (!target) return null;
    await tap(page, touch, target.x, target.y);
    await settle(page);
    if ((await selected(page)) === code) return taps;
    if (own) return null; // tapped the point's own marker and something else opened
  }
  return null;
}

async function measure(page: Page, touch: boolean) {
  const views = ['back', 'left', 'right', 'front'];
  const covered: string[] = [];
  await reset(page, 'back');
  for (const p of await probe(page)) if (p.hit !== 'self') covered.push(`${p.code}@(${p.x.toFixed(0)},${p.y.toFixed(0)}) under ${p.hit}`);
  const toolbarHeight = await page.locator('acupoint-map').evaluate((el) => el.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!.getBoundingClientRect().height);
  const codes: string[] = await page.locator('acupoint-map').evaluate((el) => (el as unknown as { points: { code: string }[] }).points.map((p) => p.code));
  const taps: Record<string, number | null> = {};
  const hiddenAfterOpen: string[] = [];
  for (const code of codes) {
    let best: number | null = null;
    let bestView = 'back';
    for (const view of views) {
      const n = await tapsToOpen(page, touch, code, view);
      if (n !== null && (best === null || n < best)) {
        best = n;
        bestView = view;
      }
      if (best === 1) break;
    }
    taps[code] = best;
    // Opened again the best way (by attribute when no tap could): is its marker in sight and on top?
    if (best === null) {
      await reset(page, 'back');
      await page.locator('acupoint-map').evaluate((el, c) => ((el as unknown as { selected: string }).selected = c), code);
      await settle(page);
    } else if (bestView !== views[views.length - 1] || best !== null) {
      await tapsToOpen(page, touch, code, bestView);
    }
    const seen = (await probe(page)).some((p) => p.code === code && p.hit === 'self');
    if (!seen) hiddenAfterOpen.push(code);
  }
  return { covered, toolbarHeight, taps, hiddenAfterOpen };
}

async function main() {
  const { server, base } = await startDemoServer();
  const browser = await launchBrowser();
  try {
    for (const size of [
      { width: 375, height: 812, touch: true },
      { width: 1280, height: 800, touch: false },
    ]) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: 1,
        hasTouch: size.touch,
        isMobile: size.touch,
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      const loaded = page.waitForEvent('console', { predicate: (m) => m.text() === 'acupoint-map:load', timeout: 240000 });
      await page.goto(`${base}/demo/shot.html`, { timeout: 180000 });
      await loaded;
      const result = await measure(page, size.touch);
      const counts = Object.values(result.taps);
      console.log(`\n== ${size.width}x${size.height}${size.touch ? ' touch' : ''} ==`);
      console.log(`toolbar height: ${result.toolbarHeight.toFixed(0)} px`);
      console.log(`covered marker centres (back view): ${result.covered.length}`);
      for (const line of result.covered) console.log(`  ${line}`);
      console.log(
        `points opened by 1 tap: ${counts.filter((n) => n === 1).length}, by 2 taps: ${counts.filter((n) => n === 2).length}, not by <= 2 taps: ${counts.filter((n) => n === null).length} of ${counts.length}`,
      );
      console.log(`  not opened: ${Object.entries(result.taps).filter(([, n]) => n === null).map(([c]) => c).join(' ') || '-'}`);
      console.log(`marker not in sight / covered once open: ${result.hiddenAfterOpen.length}: ${result.hiddenAfterOpen.join(' ') || '-'}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
