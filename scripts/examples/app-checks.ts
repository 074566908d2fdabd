// What every example app must do in a real browser: draw the body, keep the framework's
// state in sync with the user's selection, and clear it when the panel is closed.
import type { Browser, Page } from 'playwright-core';
import { skinPixelsOnceDrawn } from '../../test/node/support/drawn-pixels.js';

/** SwiftShader on a shared 2-core machine: the first frame can take a while. */
const SLOW = 180_000;

export class CheckFailed extends Error {}

function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new CheckFailed(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const selectedText = (page: Page) => page.locator('[data-testid="selected"]');
const elementSelected = (page: Page) => page.evaluate(() => document.querySelector('acupoint-map')!.selected);
const panelOpen = (page: Page) => page.evaluate(() => !document.querySelector('acupoint-map')!.shadowRoot!.querySelector<HTMLElement>('.panel')!.hidden);

async function waitForText(page: Page, pattern: RegExp, what: string): Promise<void> {
  try {
    await page.waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('[data-testid="selected"]')?.textContent ?? ''),
      pattern.source,
      { timeout: 20_000 },
    );
  } catch {
    throw new CheckFailed(`${what}: the app shows "${await selectedText(page).textContent()}", expected ${pattern}`);
  }
}

/**
 * Loads `url` and runs the checks; returns a line of findings. Fails on any page error,
 * console error or failed request (a model the build did not emit shows up here).
 */
export async function checkApp(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const models: string[] = [];
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  page.on('request', (request) => {
    if (/\.glb(\?|$)/.test(request.url())) models.push(new URL(request.url()).pathname);
  });
  try {
    await page.goto(url);
    // The body is drawn: the skin's pixels in a screenshot of the widget (whichever canvas
    // shows it: a widget alone on the page shows the WebGL canvas itself).
    const pixels = await skinPixelsOnceDrawn(browser, () => page.locator('acupoint-map').screenshot(), 5000, SLOW);
    if (pixels <= 5000) throw new CheckFailed(`the body was not drawn (${pixels} skin pixels); ${problems.join('; ') || 'no error reported'}`);

    // The user picks a marker (keyboard: Enter on the marker button): the app's state follows.
    const marker = page.locator('acupoint-map button.hotspot:not([hidden])').first();
    await marker.waitFor({ timeout: SLOW });
    const code = (await marker.getAttribute('data-code'))!;
    await marker.focus();
    await page.keyboard.press('Enter');
    await waitForText(page, new RegExp(`^Selected: ${code} \\(.+\\)`), `after choosing ${code} on the body`);
    expectEqual(await elementSelected(page), code, 'element.selected after the click');

    // The close button clears the app's state.
    await page.locator('acupoint-map button[part="panel-close"]').click();
    await waitForText(page, /^Click a point\.$/, 'after the close button');
    expectEqual(await elementSelected(page), null, 'element.selected after closing');

    // The app sets the selection: the element opens the point.
    await page.getByRole('button', { name: 'Show BL40' }).click();
    await page.waitForFunction(() => document.querySelector('acupoint-map')!.selected === 'BL40', null, { timeout: 20_000 });
    await waitForText(page, /^Selected: BL40/, 'after the app set BL40');
    expectEqual(await panelOpen(page), true, 'panel open after the app set BL40');

    // Escape in the panel closes it, and the app hears of it.
    await page.locator('acupoint-map section.panel').focus();
    await page.keyboard.press('Escape');
    await waitForText(page, /^Click a point\.$/, 'after Escape');
    expectEqual(await elementSelected(page), null, 'element.selected after Escape');
    expectEqual(await panelOpen(page), false, 'panel open after Escape');

    if (problems.length) throw new CheckFailed(problems.join('; '));
    const workerNote = workers.length ? `workers ${workers.join(', ')}` : 'no worker started';
    return `body drawn (${pixels} px) from ${models.join(', ')}; ${workerNote}; ${code} and BL40 selected and cleared in the app's state`;
  } finally {
    await context.close();
  }
}
