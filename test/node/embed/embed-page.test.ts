/**
 * dist/embed.html as a clinic's site uses it: in an iframe from another origin, served with
 * a strict Content-Security-Policy header (no inline script, no eval, no WebAssembly), set
 * up only by its address. Chromium (playwright-core) loads the clinic's page; the widget in
 * the frame must be drawn (pixels of the screenshot), configured, accessible, and bad
 * parameters must leave a working widget with a visible note.
 *
 * Needs dist/ (`npm run build`; `npm test` builds it when stale).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browser.js';
import { requireDist, serveDist, type DistServer } from '../support/dist-server.js';
import { skinPixelsOnceDrawn } from '../support/drawn-pixels.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Reports CSP violations and errors inside the frame (DevTools-injected, so outside the CSP). */
const FRAME_PROBE = `
window.__embedProbe = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => window.__embedProbe.violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.addEventListener('error', (e) => window.__embedProbe.errors.push(String(e.message)));
`;

let browser: Browser;
let embedHost: DistServer;
let clinic: DistServer;

before(async () => {
  requireDist();
  embedHost = await serveDist({ headers: { 'content-security-policy': STRICT }, html: '', files: {} });
  clinic = await serveDist({ headers: {}, html: '', files: { '/booked.html': '<!doctype html><title>Booked</title><p>Booking page' } });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  embedHost?.close();
  clinic?.close();
});

/** The clinic's page (127.0.0.1) with the embed (localhost: another origin) in a frame. */
async function openInFrame(query: string): Promise<{ page: Page; frame: Frame; pageErrors: string[] }> {
  const embedUrl = `${embedHost.base.replace('127.0.0.1', 'localhost')}/embed.html${query}`;
  clinic.spec.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head>
<body style="margin:16px;background:#f4efe6"><main><h1>Our clinic</h1>
<iframe src="${embedUrl.replace(/&/g, '&amp;')}" title="Acupuncture points map" style="display:block;width:900px;height:620px;border:0"></iframe>
</main></body></html>`;
  const page = await browser.newPage({ viewport: { width: 960, height: 760 } });
  await page.addInitScript(FRAME_PROBE);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${clinic.base}/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  assert.ok(frame, 'the frame has a document');
  assert.notEqual(new URL(frame.url()).origin, new URL(page.url()).origin, 'the frame is cross-origin');
  // The widget's own load event (model and points ready, first frame drawn), or its error.
  await frame.waitForFunction(
    () => new Promise((resolve) => {
      const map = document.querySelector('acupoint-map')!;
      map.addEventListener('load', () => resolve(true), { once: true });
      map.addEventListener('error', () => resolve(true), { once: true });
      setTimeout(() => resolve(false), 1000);
    }),
    undefined,
    { timeout: 180_000, polling: 100 },
  ).catch(() => {});
  await frame.waitForFunction(() => document.querySelector('acupoint-map')?.shadowRoot?.querySelector('[part~="hotspot"]'), undefined, { timeout: 180_000 });
  await page.waitForTimeout(500);
  return { page, frame, pageErrors };
}

/** axe-core's WCAG 2.x A/AA and best-practice findings on the whole embed page. */
async function axeViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

async function drawn(page: Page): Promise<number> {
  return skinPixelsOnceDrawn(browser, () => page.locator('iframe').screenshot());
}

test('configured by its address in a cross-origin frame under a strict CSP: drawn, set up, accessible, CTA opens the top window', { timeout: 400_000 }, async () => {
  const booking = `${clinic.base}/booked.html`;
  const query = `?mode=practitioner&protocol=sciatica-posterior-leg&point=bl23&view=back&show-labels=1&lang=es&accent=7a3b8f&cta=Book+a+visit&cta-url=${encodeURIComponent(booking)}`;
  const { page, frame, pageErrors } = await openInFrame(query);
  try {
    assert.deepEqual(pageErrors, []);
    assert.equal(await frame.title(), 'Acupuncture points for low back pain: interactive 3D map');
    const pixels = await drawn(page);
    assert.ok(pixels > 5000, `body pixels in the frame: ${pixels}`);

    const state = await frame.evaluate(() => {
      const map = document.querySelector('acupoint-map') as HTMLElement & { selected: string | null; mode: string; protocol: string | null };
      const cta = map.querySelector('a[slot="cta"]') as HTMLAnchorElement | null;
      return {
        mode: map.mode,
        protocol: map.protocol,
        selected: map.selected,
        lang: map.getAttribute('lang'),
        labels: map.hasAttribute('show-labels'),
        accent: map.style.getPropertyValue('--acupoint-accent'),
        contrast: map.style.getPropertyValue('--acupoint-accent-contrast'),
        cta: cta && { href: cta.href, target: cta.target, text: cta.textContent },
        note: (document.getElementById('embed-note') as HTMLElement).hidden,
        probe: (window as unknown as { __embedProbe: { violations: string[]; errors: string[] } }).__embedProbe,
        scripts: [...document.scripts].map((s) => (s.src ? new URL(s.src).pathname : 'inline')),
      };
    });
    assert.deepEqual(
      { ...state, probe: undefined },
      {
        mode: 'practitioner',
        protocol: 'sciatica-posterior-leg',
        selected: 'BL23',
        lang: 'es',
        labels: true,
        accent: '#7a3b8f',
        contrast: '#ffffff',
        cta: { href: booking, target: '_top', text: 'Book a visit' },
        note: true,
        probe: undefined,
        scripts: ['/embed.js'],
      },
    );
    assert.deepEqual(state.probe.errors, []);
    // The widget tries WebAssembly once to learn that the policy forbids it, then uses body.quantized.glb.
    assert.deepEqual(state.probe.violations.filter((v) => !v.startsWith('script-src wasm-eval')), [], 'CSP violations');
    const panel = frame.locator('acupoint-map [part~="panel"]');
    await assert.doesNotReject(panel.getByText('BL23').first().waitFor({ timeout: 30_000 }), 'the point from the address is open');

    assert.deepEqual(await axeViolations(frame), [], 'axe-core on the embed page');

    await frame.locator('acupoint-map a[slot="cta"]').click();
    await page.waitForURL(booking, { timeout: 30_000 });
  } finally {
    await page.close();
  }
});

test('bad parameters: defaults, a visible note naming each, and still a working widget', { timeout: 400_000 }, async () => {
  const query = '?mode=doctor&point=XX99&plan=BL23+QQ1&accent=url(https://evil.example/x)&cta=Win&cta-url=javascript:alert(document.domain)&zoom=3';
  const { page, frame, pageErrors } = await openInFrame(query);
  try {
    assert.deepEqual(pageErrors, []);
    const pixels = await drawn(page);
    assert.ok(pixels > 5000, `body pixels in the frame: ${pixels}`);
    const note = frame.locator('#embed-note');
    assert.ok(await note.isVisible(), 'the note is visible');
    const text = (await note.textContent()) ?? '';
    for (const part of ['mode "doctor"', 'point "XX99"', '"QQ1"', 'accent "url(https://evil.example/x)"', 'cta-url "javascript:alert(document.domain)"', 'Unknown setting "zoom"']) {
      assert.ok(text.includes(part), `the note names ${part}: ${text}`);
    }
    const state = await frame.evaluate(() => {
      const map = document.querySelector('acupoint-map') as HTMLElement & { mode: string; selected: string | null; plan: string | null };
      return { mode: map.mode, selected: map.selected, plan: map.plan, links: map.querySelectorAll('a').length, accent: map.style.getPropertyValue('--acupoint-accent') };
    });
    assert.deepEqual(state, { mode: 'patient', selected: null, plan: 'BL23', links: 0, accent: '' });
    assert.ok(!embedHost.requests.some((path) => path.includes('evil')), 'nothing fetched from the bad colour');
    assert.deepEqual(await axeViolations(frame), [], 'axe-core on the embed page with its note');
    // The note goes away when asked and the widget takes the room.
    await note.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await note.isVisible(), false);
  } finally {
    await page.close();
  }
});

test('a widget module that fails to load leaves a note, not an empty frame', { timeout: 200_000 }, async () => {
  embedHost.spec.files['/acupoint-map.bundle.js'] = 'throw new Error("broken deploy");';
  try {
    const page = await browser.newPage();
    try {
      await page.goto(`${embedHost.base}/embed.html`, { timeout: 120_000 });
      const note = page.locator('#embed-note');
      await note.waitFor({ state: 'visible', timeout: 60_000 });
      assert.match((await note.textContent()) ?? '', /could not be loaded.*broken deploy/s);
    } finally {
      await page.close();
    }
  } finally {
    delete embedHost.spec.files['/acupoint-map.bundle.js'];
  }
});
