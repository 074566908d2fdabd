// npm run screenshots: the pictures in README.md and docs/images, taken in headless
// Chromium from the demo pages. Each shot drives the widget through its public API or
// real keyboard input, so the pictures show what a visitor sees.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
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
  /** Screenshot a whole demo page instead of the widget alone (the iframe page needs dist/ built). */
  page?: 'clinic' | 'embed-builder' | 'iframe';
  /** Screenshot this instead of the widget (the printed handout's frame). */
  target?: (page: Page) => Locator;
  /** A phone: touch screen, mobile viewport. */
  touch?: boolean;
  /** Device pixels per CSS pixel (small figures are taken at 2 so they stay sharp in the README). */
  scale?: number;
}

const zoomIn = (times: number) => async (page: Page) => {
  await page.locator('acupoint-map').evaluate((el) => (el.shadowRoot!.querySelector('[part~="stage"]') as HTMLElement).focus());
  for (let i = 0; i < times; i++) await page.keyboard.press('+');
};

/** Calls a method of the widget in the page. */
const call = (method: string, ...args: unknown[]) => async (page: Page) => {
  await page.locator('acupoint-map').evaluate(
    (el, [name, params]) => (el as unknown as Record<string, (...a: unknown[]) => unknown>)[name as string](...(params as unknown[])),
    [method, args] as const,
  );
};

/** A click on the body a few pixels beside where a point is: a near miss in the quiz. */
const clickNear = (code: string, dx: number, dy: number) => async (page: Page) => {
  const widget = page.locator('acupoint-map');
  const at = await widget.evaluate((el, c) => (el as unknown as { queryPoint(c: string, s: string): { x: number; y: number } }).queryPoint(c, 'left'), code);
  const box = (await widget.boundingBox())!;
  await page.mouse.click(box.x + at.x + dx, box.y + at.y + dy);
};

/** A finger on the cluster button that holds `code`: it zooms in until its points stand apart. */
const tapClusterOf = (code: string) => async (page: Page) => {
  const cluster = page.locator('acupoint-map').locator(`[part~="cluster"][data-codes~="${code}"]:not([hidden])`);
  const box = (await cluster.first().boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
};

/**
 * Waits until the widget shows a marker, so its body is drawn: a point's own button or,
 * where points crowd (a protocol's lumbar points at this size), the cluster button that
 * holds them. Whichever kind, in whatever order; the first point in the list may well be
 * inside a cluster (the wait for GV4's own button timed out).
 */
const markerShown = (widget: Locator) =>
  widget.locator('[part~="hotspot"], [part~="cluster"]').filter({ visible: true }).first().waitFor({ timeout: 240000 });

/** Waits until the anatomy layer has loaded (its legend no longer says it is loading). */
const anatomyShown = async (page: Page) => {
  await page.locator('acupoint-map [part~="anatomy-legend"] li').first().waitFor({ timeout: 240000 });
  await page.locator('acupoint-map .anatomy-wait').waitFor({ state: 'detached', timeout: 240000 });
};

/** A point's depth view, drawn and scrolled into the panel's view. */
const depthView = (page: Page) => page.locator('acupoint-map [part~="depth"]');
const depthDrawn = async (page: Page) => {
  await page.locator('acupoint-map [part~="depth"] svg').waitFor({ timeout: 240000 });
  await depthView(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
};

/** Waits until the widget speaks `lang` (its language chunk has arrived). */
const spoken = (lang: string) => async (page: Page) => {
  await page.locator(`acupoint-map .lang-root[lang="${lang}"]`).waitFor({ state: 'attached', timeout: 60000 });
};

const shots: Shot[] = [
  { name: 'phone-closed', width: 375, height: 812, touch: true },
  { name: 'phone-point-open', width: 375, height: 812, touch: true, attributes: { selected: 'BL23' } },
  { name: 'phone-cluster-zoomed', width: 375, height: 812, touch: true, act: tapClusterOf('BL23') },
  // The same tap on the smallest phone: the back's outline stays in view (issue 15).
  { name: 'phone-cluster-zoomed-320', width: 320, height: 568, touch: true, act: tapClusterOf('BL23') },
  {
    name: 'phone-menu',
    width: 320,
    height: 640,
    touch: true,
    act: async (page) => {
      await page.locator('acupoint-map .more').tap();
    },
  },
  { name: 'phone-landscape', width: 812, height: 375, touch: true, attributes: { selected: 'BL57' } },
  {
    name: 'phone-list',
    width: 375,
    height: 812,
    touch: true,
    act: async (page) => {
      await page.locator('acupoint-map .list-button').tap();
    },
  },
  // A practitioner's plan on a phone: the clusters show the plan numbers inside them.
  { name: 'phone-plan', width: 375, height: 812, touch: true, attributes: { mode: 'practitioner', plan: 'BL23 BL25 EX-B2 BL40 BL57 KI3' } },
  // A protocol chosen on a phone: its card opens as a sheet under the mode bar, and the view
  // zooms out until all of its points, lower back to ankles, show above them.
  ...[
    ['phone-protocol', 375, 812],
    ['phone-protocol-320', 320, 568],
  ].map(([name, width, height]) => ({
    name: name as string,
    width: width as number,
    height: height as number,
    touch: true,
    attributes: { mode: 'practitioner' },
    act: async (page: Page) => {
      await page.locator('acupoint-map .protocol-picker select').selectOption('chronic-nonspecific');
    },
  })),
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
  { name: 'anatomy-back', width: 720, height: 900, attributes: { 'show-anatomy': '' }, act: anatomyShown },
  {
    name: 'anatomy-side',
    width: 720,
    height: 900,
    attributes: { 'show-anatomy': '', view: 'left' },
    act: async (page) => {
      await anatomyShown(page);
      await zoomIn(3)(page);
    },
  },
  {
    name: 'anatomy-lumbar-closeup',
    width: 720,
    height: 720,
    attributes: { 'show-anatomy': '', mode: 'student', 'show-labels': '' },
    act: async (page) => {
      await anatomyShown(page);
      await zoomIn(7)(page);
      // Zooming keeps the figure's centre (the hips); BL24, level with L3, raises the view
      // to the lumbar spine and the kidneys.
      await page.waitForTimeout(700);
      await call('select', 'BL24')(page);
      await page.waitForTimeout(900);
      await call('clearSelection')(page);
    },
  },
  ...['GB30', 'BL23', 'BL40'].map((code) => ({
    name: `depth-${code}`,
    width: 960,
    height: 760,
    attributes: { mode: 'practitioner', selected: code },
    act: depthDrawn,
    target: depthView,
    scale: 2,
  })),
  // The widget in the page's language (README, "Languages"): a point's panel in German and in Simplified Chinese.
  { name: 'lang-de', width: 960, height: 640, attributes: { lang: 'de', selected: 'BL23', mode: 'practitioner' }, act: spoken('de') },
  { name: 'lang-zh-Hans', width: 960, height: 640, attributes: { lang: 'zh-Hans', selected: 'BL23' }, act: spoken('zh-Hans') },
  { name: 'widget-practitioner-panel', width: 960, height: 640, attributes: { selected: 'GB30', mode: 'practitioner' } },
  // The second edition's points where they are, each from the preset view that faces it (so
  // the pressed view button is the view shown): zoomed in, then the point selected, which
  // raises or lowers the view to it, then `closer` more steps of zoom on it.
  ...([
    ['points-sacral', 'BL33', 'back', 6, 0],
    ['points-leg-front', 'ST36', 'front', 3, 0],
    ['points-leg-side', 'GB39', 'left', 3, 0],
    ['points-hand', 'LI4', 'left', 6, 0],
    ['points-foot', 'LR3', 'front', 4, 0],
    // A real front close-up of the face: nose, philtrum and lips, with GV26 on the philtrum.
    ['face-front', 'GV26', 'front', 6, 6],
  ] as const).map(([name, code, view, zoom, closer]) => ({
    name,
    width: 720,
    height: 640,
    attributes: { mode: 'student', 'show-labels': '', view },
    act: async (page: Page) => {
      await zoomIn(zoom)(page);
      await page.waitForTimeout(700);
      await call('select', code)(page);
      await page.waitForTimeout(900);
      await call('clearSelection')(page);
      await zoomIn(closer)(page);
    },
  })),
  { name: 'widget-narrow', width: 360, height: 640, attributes: { selected: 'BL40' } },
  { name: 'clinic-page', width: 1280, height: 1000, page: 'clinic' },
  {
    name: 'embed-builder',
    width: 1280,
    height: 1100,
    page: 'embed-builder',
    act: async (page) => {
      await page.getByLabel('Practitioners').check();
      await page.getByLabel('Protocol to highlight').selectOption('chronic-nonspecific');
      await page.getByLabel('Accent colour', { exact: true }).first().check();
      await page.locator('input[name="accent"]').fill('#2f5d8a');
      await page.getByLabel('Booking button text').fill('Book an assessment');
      await page.getByLabel('Booking page address').fill('https://riverside.example/book');
      await page.getByLabel('Where your copy of dist/ is served').fill('https://riverside.example/acupoint-map/');
      await markerShown(page.locator('#preview'));
    },
  },
  {
    name: 'embed-iframe',
    width: 1100,
    height: 1100,
    page: 'iframe',
    act: async (page) => {
      const frame = page.frameLocator('iframe');
      await markerShown(frame.locator('acupoint-map'));
    },
  },
  {
    name: 'mode-patient-session',
    width: 960,
    height: 640,
    attributes: { selected: 'BL23' },
    act: async (page) => {
      const summary = page.locator('acupoint-map summary', { hasText: 'What a session is like' });
      await summary.click();
      await summary.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'mode-practitioner-protocol',
    width: 960,
    height: 640,
    attributes: { mode: 'practitioner', plan: 'BL25 GB30 BL40 BL57' },
    act: async (page) => {
      await page.locator('acupoint-map select').selectOption('sciatica-posterior-leg');
    },
  },
  {
    name: 'mode-practitioner-handout',
    width: 900,
    height: 1200,
    attributes: { mode: 'practitioner', plan: 'BL23 BL25 EX-B2 BL40 BL57 KI3' },
    act: async (page) => {
      // Headless Chromium never closes a print dialog: keep the handout frame from opening
      // one. A print() that opens nothing still fires `beforeprint` (the handout takes a
      // print without it for a sandbox that forbids dialogs, and removes its frame).
      await page.evaluate(() => {
        new MutationObserver((records) => {
          for (const node of records.flatMap((r) => [...r.addedNodes])) {
            if (node instanceof HTMLIFrameElement && node.contentWindow) {
              const win = node.contentWindow;
              win.print = () => void win.dispatchEvent(new Event('beforeprint'));
            }
          }
        }).observe(document.body, { childList: true });
      });
      await page.locator('acupoint-map button', { hasText: 'Print handout' }).click();
      // Show the print frame at A4 size (210 x 297 mm at 96 px per inch) to photograph it.
      await page.locator('iframe[data-acupoint-handout]').evaluate((frame: HTMLIFrameElement) => {
        for (const [name, value] of Object.entries({ left: '0', top: '0', right: 'auto', bottom: 'auto', width: '794px', height: '1123px', background: '#fff' })) {
          frame.style.setProperty(name, value);
        }
      });
    },
    target: (page) => page.locator('iframe[data-acupoint-handout]'),
  },
  {
    name: 'mode-student-meridians',
    width: 960,
    height: 720,
    attributes: { mode: 'student', 'show-meridians': '', 'show-labels': '', selected: 'BL57' },
  },
  // The channels on the front: Stomach, Spleen and Liver on the legs, Large Intestine on the
  // hands, the Governor vessel ending at GV26 on the upper lip.
  {
    name: 'mode-student-channels-front',
    width: 720,
    height: 900,
    attributes: { mode: 'student', 'show-meridians': '', view: 'front' },
  },
  {
    name: 'mode-student-ruler',
    width: 960,
    height: 640,
    attributes: { mode: 'student', 'show-meridians': '', selected: 'BL23' },
    act: async (page) => {
      await zoomIn(4)(page);
    },
  },
  {
    name: 'mode-student-quiz',
    width: 720,
    height: 720,
    attributes: { mode: 'student' },
    act: async (page) => {
      await call('startQuiz', { points: ['BL40'] })(page);
      await page.waitForTimeout(300);
      await clickNear('BL40', 7, -5)(page);
    },
  },
  {
    name: 'mode-student-quiz-keyboard',
    width: 720,
    height: 720,
    attributes: { mode: 'student' },
    act: async (page) => {
      await call('startQuiz', { points: ['BL23'] })(page);
      await page.waitForTimeout(300);
      // Focus is on the quiz bar: the arrow keys move the aim from the stage's centre.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('ArrowRight');
    },
  },
];

/**
 * The panels show each point's Chinese characters. Without a CJK font Chromium draws
 * empty boxes, and the pictures would quietly ship that, so refuse to take them.
 */
function requireCjkFont() {
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    // No fontconfig tools: cannot tell, so trust the machine.
    return;
  }
  if (!families.trim()) {
    throw new Error('screenshots: no Chinese font installed, the panels would show empty boxes. Install one first (Debian: apt-get install fonts-noto-cjk).');
  }
}

async function main() {
  requireCjkFont();
  await mkdir(out, { recursive: true });
  const { server, base } = await startDemoServer();
  const browser = await launchBrowser();
  try {
    // `npm run screenshots -- mode-` remakes only the shots whose names start so.
    const only = process.argv.slice(2);
    for (const shot of shots.filter((s) => only.length === 0 || only.some((prefix) => s.name.startsWith(prefix)))) {
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: shot.scale ?? 1,
        hasTouch: shot.touch ?? false,
        isMobile: shot.touch ?? false,
      });
      page.on('pageerror', (error) => console.error(`[${shot.name}] page error:`, error.message));
      const pages = { clinic: '/demo/', 'embed-builder': '/demo/embed-builder.html', iframe: '/demo/iframe.html' };
      const url = shot.page ? `${base}${pages[shot.page]}` : `${base}/demo/shot.html?${new URLSearchParams(shot.attributes ?? {})}`;
      const loaded = shot.page
        ? null
        : page.waitForEvent('console', { predicate: (m) => m.text() === 'acupoint-map:load', timeout: 240000 });
      // Generous limits: SwiftShader on a busy machine can take a minute to draw the first frame.
      await page.goto(url, { timeout: 180000 });
      if (loaded) await loaded;
      else await page.waitForTimeout(6000);
      await shot.act?.(page);
      // Let camera transitions finish (650 ms) and a frame draw.
      await page.waitForTimeout(1200);
      const target = shot.target?.(page) ?? (shot.page ? page : page.locator('acupoint-map'));
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
