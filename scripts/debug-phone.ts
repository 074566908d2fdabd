import { launchBrowser, startDemoServer } from './browser.js';
const [w, h, code, shot, attrs] = process.argv.slice(2);
const { server, base } = await startDemoServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: +w, height: +h }, deviceScaleFactor: 1, hasTouch: +w < 600, isMobile: +w < 600 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error', e.message));
  page.on('console', (m) => console.log('console:', m.text()));
  if (process.env.RM) await page.emulateMedia({ reducedMotion: 'reduce' });
  const loaded = page.waitForEvent('console', { predicate: (m) => m.text() === 'acupoint-map:load', timeout: 240000 });
  await page.goto(`${base}/demo/shot.html?${attrs ?? ''}`);
  await loaded;
  if (code) await page.locator('acupoint-map').evaluate((el, c) => ((el as any).selected = c), code);
  await page.waitForTimeout(1500);
  const info = await page.locator('acupoint-map').evaluate((el) => {
    const root = el.shadowRoot!;
    return [...root.querySelectorAll<HTMLElement>('.hotspot, .cluster')].filter((b) => !b.hidden).map((b) => {
      const r = b.getBoundingClientRect();
      const at = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) as HTMLElement | null;
      return `${b.dataset.code ?? b.dataset.codes} ${b.dataset.side ?? ''} (${(r.left + r.width / 2).toFixed(0)},${(r.top + r.height / 2).toFixed(0)}) -> ${at === b ? 'self' : at?.className + ' ' + (at?.dataset.code ?? '')}`;
    });
  });
  console.log(info.join('\n'));
  await page.screenshot({ path: shot ?? '/tmp/phone/debug.png' });
} finally {
  await browser.close();
  await server.close();
}
