/**
 * Printing the handout from a page inside a sandboxed frame (a site builder's preview, an
 * embed service): without allow-same-origin the handout frame cannot be reached (a
 * SecurityError), without allow-modals print() is silently ignored. Either way the widget
 * says in its notice that printing is blocked here, fires an `error` event, and throws
 * nothing to the page. (issue 17) The built bundle in Chromium; needs dist/.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browser.js';
import { requireDist, serveDist, type DistServer } from '../support/dist-server.js';

let browser: Browser;
let served: DistServer;

/** The embedded page: the widget with a plan, and a probe that records what happens. */
function framed(base: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="${base}/acupoint-map.bundle.js"></script></head><body>
<acupoint-map loading="eager" mode="practitioner" plan="BL23 BL40" src="${base}/body.quantized.glb" style="display:block;width:600px;height:500px"></acupoint-map>
<script>
window.__probe = { errors: [], widgetErrors: [] };
window.addEventListener('error', (event) => window.__probe.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__probe.errors.push(String(event.reason && event.reason.message || event.reason)));
document.querySelector('acupoint-map').addEventListener('error', (event) => window.__probe.widgetErrors.push(event.detail));
</script></body></html>`;
}

async function printIn(sandbox: string): Promise<{ errors: string[]; widgetErrors: { type: string; message: string }[]; notice: string }> {
  const inner = framed(served.base).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  served.spec = {
    // The sandboxed page's origin is opaque ("null"): its module script is a CORS request.
    headers: { 'access-control-allow-origin': '*' },
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sandbox</title></head><body>
<iframe sandbox="${sandbox}" style="width:640px;height:540px" srcdoc="${inner}"></iframe></body></html>`,
    files: {},
  };
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  try {
    const tab = await context.newPage();
    const pageErrors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.goto(`${served.base}/`, { timeout: 120_000 });
    await tab.waitForFunction(() => document.querySelector('iframe')?.contentWindow, undefined, { timeout: 60_000 });
    const frame = tab.frames().find((f) => f !== tab.mainFrame())!;
    await frame.waitForFunction(
      () => customElements.get('acupoint-map') && (document.querySelector('acupoint-map') as unknown as { updateComplete?: unknown }).updateComplete,
      undefined,
      { timeout: 120_000 },
    );
    await frame.evaluate(async () => {
      const element = document.querySelector('acupoint-map') as HTMLElement & { printHandout(): void; updateComplete: Promise<unknown> };
      await element.updateComplete;
      const printErrors: unknown[] = [];
      element.addEventListener('error', (event) => {
        if ((event as unknown as CustomEvent<{ type: string }>).detail.type === "print") printErrors.push(event);
      });
      element.printHandout();
      // The handout's code may come as a chunk of its own first: wait for the outcome.
      for (let waited = 0; printErrors.length === 0 && waited < 30_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await element.updateComplete;
    });
    const result = await frame.evaluate(() => {
      const probe = (window as unknown as { __probe: { errors: string[]; widgetErrors: { type: string; message: string }[] } }).__probe;
      const notice = document.querySelector('acupoint-map')!.shadowRoot!.querySelector('[part~="notice"]');
      return { ...probe, notice: notice?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
    });
    return { ...result, errors: [...result.errors, ...pageErrors] };
  } finally {
    await context.close();
  }
}

before(async () => {
  requireDist();
  served = await serveDist({ headers: {}, html: '', files: {} });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  served?.close();
});

for (const [sandbox, missing] of [
  ['allow-scripts', 'allow-same-origin'],
  ['allow-scripts allow-same-origin', 'allow-modals'],
] as const) {
  test(`sandbox="${sandbox}": printing is said to be blocked (no ${missing}), nothing thrown`, async () => {
    const outcome = await printIn(sandbox);
    assert.deepEqual(outcome.errors, [], 'nothing uncaught on the page');
    const printErrors = outcome.widgetErrors.filter((error) => error.type === 'print');
    assert.equal(printErrors.length, 1, JSON.stringify(outcome.widgetErrors));
    assert.match(printErrors[0].message, new RegExp(`Printing is blocked on this page.*without "${missing}"`));
    assert.match(outcome.notice, /Printing is blocked here/);
  });
}
