// npm run screenshots: the pictures in README.md and docs/images, taken in headless
// Chromium from the demo pages. Each shot drives the widget through its public API or
// real keyboard input, so the pictures show what a visitor sees.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchBrowser, root, startDemoServer } from './browser.js';

const out = `${root}docs/images/`;

interface Shot {
  name: string;
  width: number;
  height: number;
  /** Attributes for the widget on the shot page. */
  attributes?: Record<string, string>;
  /** Steps after load, in the page. */
  act?: (page: Page) => Promise<void>;
  /** Screenshot the whole clinic page instead of the widget alone. */
  page?: 'clinic';
}

const zoomIn = (times: number) => async (page: Page) => {
  await page.locator('acupoint-map').evaluate((el) => (el.shadowRoot!.querySelector('[part~="stage"]') as HTMLElement).focus());
  for (let i = 0; i < times; i++) await page.keyboard.press('+');
};

const shots: Shot[] = [
  { name: 'widget-back', width: 720, height: 640 },
  { name: 'widget-side', width: 720, height: 640, attributes: { view: 'left' } },
  { name: 'widget-front', width: 720, height: 640, attributes: { view: 'front' } },
  {
    name: 'widget-lumbar-closeup',
    width: 720,
    height: 640,
    act: async (page) => {
      await zoomIn(5)(page);
      await page.keyboard.press('ArrowUp');
    },
  },
  { name: 'widget-panel-open', width: 960, height: 640, attributes: { selected: 'BL23' } },
  { name: 'widget-practitioner-panel', width: 960, height: 640, attributes: { selected: 'GB30', mode: 'practitioner' } },
  { name: 'widget-narrow', width: 360, height: 640, attributes: { selected: 'BL40' } },
  { name: 'clinic-page', width: 1280, height: 1000, page: 'clinic' },
];

async function main() {
  await mkdir(out, { recursive: true });
  const { server, base } = await startDemoServer();
  const browser = await launchBrowser();
  try {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1 });
      page.on('pageerror', (error) => console.error(`[${shot.name}] page error:`, error.message));
      const url = shot.page === 'clinic' ? `${base}/demo/` : `${base}/demo/shot.html?${new URLSearchParams(shot.attributes ?? {})}`;
      const loaded = page.waitForEvent('console', { predicate: (m) => m.text() === 'acupoint-map:load', timeout: 60000 });
      await page.goto(url);
      if (shot.page !== 'clinic') await loaded;
      else await page.waitForTimeout(6000);
      await shot.act?.(page);
      // Let camera transitions finish (650 ms) and a frame draw.
      await page.waitForTimeout(1200);
      const target = shot.page === 'clinic' ? page : page.locator('acupoint-map');
      await target.screenshot({ path: `${out}${shot.name}.png` });
      console.log(`docs/images/${shot.name}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
