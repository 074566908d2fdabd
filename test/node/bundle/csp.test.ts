/**
 * The built bundle on a page with a strict Content-Security-Policy: no eval, no inline
 * script, no WebAssembly. Served over node:http with the policy as a header, loaded in
 * Chromium (playwright-core). The widget must draw the body, report no page error, and
 * make the CSP report nothing but the one WebAssembly probe (see canCompileWasm); with the
 * quantised model named in `src`, not even that.
 *
 * Needs dist/ (`npm run build`; .ci/run builds before testing).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browser.js';
import { requireDist, serveDist, type DistServer } from '../support/dist-server.js';
import { decodePng, type Pixels } from '../../../scripts/bench/png.js';

/** Pixels of the warm skin tone (red well above blue) that only the drawn body has. */
function skinPixels({ data }: Pixels): number {
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] > 110 && data[i] - data[i + 2] > 35) count++;
  return count;
}

/**
 * The policy suggested to clinics, minus 'unsafe-inline' for styles: the widget does not
 * need it (Lit adopts constructable stylesheets; positions are set through CSSOM), and
 * a policy without it is the stricter test.
 */
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

/**
 * Listens from a 'self' script file (no inline script): violations, errors and the load
 * event. It runs before the bundle (module scripts run in document order, after parsing).
 */
const PROBE = `
window.__probe = { violations: [], errors: [], loaded: false, widgetErrors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.__probe.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sourceFile || '') + ':' + event.lineNumber);
});
window.addEventListener('error', (event) => window.__probe.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__probe.errors.push(String(event.reason && event.reason.message || event.reason)));
const widget = document.querySelector('acupoint-map');
widget.addEventListener('load', () => { window.__probe.loaded = true; });
widget.addEventListener('error', (event) => window.__probe.widgetErrors.push(event.detail));
`;

/** Counts WebAssembly use before any page script runs (DevTools-injected, so outside the CSP). */
const WASM_COUNTER = `
window.__wasm = { probes: 0, instantiations: 0 };
for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
  const original = WebAssembly[name];
  WebAssembly[name] = function (...args) { window.__wasm.instantiations++; return original.apply(this, args); };
}
const OriginalModule = WebAssembly.Module;
WebAssembly.Module = function (...args) { window.__wasm.probes++; return new OriginalModule(...args); };
WebAssembly.Module.prototype = OriginalModule.prototype;
`;

function page(attributes: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>acupoint-map under a strict CSP</title>
<script type="module" src="/probe.js"></script>
<script type="module" src="/acupoint-map.bundle.js"></script>
</head>
<body>
<main>
<acupoint-map loading="eager" ${attributes}></acupoint-map>
</main>
</body>
</html>`;
}

let browser: Browser;
let served: DistServer;

interface Outcome {
  violations: string[];
  errors: string[];
  widgetErrors: unknown[];
  consoleErrors: string[];
  drawn: number;
  wasm: { probes: number; instantiations: number };
  requests: string[];
}

async function visit(policy: string, attributes = ''): Promise<Outcome> {
  served.spec = { headers: { 'content-security-policy': policy }, html: page(attributes), files: { '/probe.js': PROBE } };
  served.requests.length = 0;
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(WASM_COUNTER);
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await tab.goto(`${served.base}/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await tab.waitForFunction(
      () => {
        const probe = (window as unknown as { __probe?: { loaded: boolean; widgetErrors: unknown[] } }).__probe;
        return probe && (probe.loaded || probe.widgetErrors.length > 0);
      },
      undefined,
      { timeout: 120_000 },
    );
    // Let late violations (a lazily evaluated module, a style) arrive.
    await tab.waitForTimeout(500);
    const result = await tab.evaluate(() => {
      const w = window as unknown as {
        __probe: { violations: string[]; errors: string[]; widgetErrors: unknown[] };
        __wasm: { probes: number; instantiations: number };
      };
      return { ...w.__probe, wasm: w.__wasm };
    });
    // What the stage shows, from a screenshot: a lone widget shows its WebGL canvas, whose
    // pixels the page cannot read back once painted.
    const shot = decodePng(await tab.locator('acupoint-map >> [part~="stage"]').screenshot());
    const drawn = skinPixels(shot);
    return {
      violations: result.violations,
      errors: [...result.errors, ...pageErrors],
      widgetErrors: result.widgetErrors,
      consoleErrors,
      drawn,
      wasm: result.wasm,
      requests: [...served.requests],
    };
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

test('default model: draws, no page error, and the only CSP report is the single WebAssembly probe', { timeout: 300_000 }, async () => {
  const outcome = await visit(STRICT);
  assert.deepEqual(outcome.errors, [], 'page errors');
  assert.deepEqual(outcome.widgetErrors, [], 'the widget reported an error');
  assert.ok(outcome.drawn > 5000, `body pixels drawn: ${outcome.drawn}`);
  // canCompileWasm has to try once to learn that WebAssembly is blocked; Chromium reports that try.
  assert.deepEqual(
    outcome.violations.map((line) => line.split(' ').slice(0, 2).join(' ')),
    ['script-src wasm-eval'],
    `violations: ${outcome.violations.join('; ')}`,
  );
  assert.equal(outcome.wasm.probes, 1, 'one WebAssembly probe per page');
  assert.equal(outcome.wasm.instantiations, 0, 'the meshopt decoder never ran');
  assert.ok(outcome.requests.includes('/body.quantized.glb'), `requests: ${outcome.requests.join(' ')}`);
  // The surface worker is a file beside the bundle: a policy allowing 'self' scripts runs it.
  assert.ok(outcome.requests.some((path) => /^\/assets\/surface-worker-[\w-]+\.js$/.test(path)), `requests: ${outcome.requests.join(' ')}`);
  assert.ok(!outcome.requests.includes('/body.glb'), 'the meshopt model is not fetched when WebAssembly is blocked');
});

test("with src naming the quantised model: no CSP report at all, without 'unsafe-inline' for styles", { timeout: 300_000 }, async () => {
  const outcome = await visit(STRICT, 'src="/body.quantized.glb"');
  assert.deepEqual(outcome.errors, [], 'page errors');
  assert.deepEqual(outcome.widgetErrors, [], 'the widget reported an error');
  assert.ok(outcome.drawn > 5000, `body pixels drawn: ${outcome.drawn}`);
  assert.deepEqual(outcome.violations, [], 'CSP violations');
  assert.equal(outcome.wasm.probes, 0, 'no WebAssembly probe for a model that does not need it');
  assert.equal(outcome.wasm.instantiations, 0);
  assert.deepEqual(outcome.consoleErrors, [], 'console errors');
});
