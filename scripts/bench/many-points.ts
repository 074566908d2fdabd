// The widget with a large point set (issue 17): a points file of 4,000 points, generated
// from the built-in ones (each copied with a new code), loaded with points-src from the
// static server. Measures the time from select() to the painted panel, the longest task
// while the file loads and is checked, and how long until the points are in use.
//
//   npm run build && npx tsx scripts/bench/many-points.ts      (alone; npm run bench runs it too)
import type { Browser } from 'playwright-core';
import { LOW_BACK_PAIN_POINTS } from '../../src/catalogue/data/low-back-pain.js';
import { BUNDLE_URL } from './pages.js';

export const MANY_POINTS = 4000;
/** The sizes the bench measures alone (`npx tsx scripts/bench/many-points.ts`). */
export const MANY_POINTS_SIZES = [1000, 4000];
export const MANY_POINTS_PAGE = '/bench/acupoint-map/many-points.html';
const fileUrl = (count: number) => `/bench/many-points-${count}.json`;

export interface ManyPointsRun {
  points: number;
  fileBytes: number;
  /** ms from select() to the first task after the frame that shows the panel; each select. */
  selectToPanel: number[];
  /** ms from setting points-src until `element.points` holds the new set. */
  loadToPoints: number;
  /** The longest main-thread task (ms) while the file loaded and was checked. */
  longestTask: number;
}

/** The generated file: the built-in points over and over, each with a code of its own. */
export function manyPointsFile(count = MANY_POINTS): string {
  const source = LOW_BACK_PAIN_POINTS.points;
  const points = Array.from({ length: count }, (_, i) => {
    const { altCodes: _alt, ...point } = structuredClone(source[i % source.length]);
    return { ...point, code: `X${i + 1}` };
  });
  return JSON.stringify({ points });
}

export function manyPointsPages(counts: readonly number[] = [MANY_POINTS]): Record<string, string> {
  return {
    ...Object.fromEntries(counts.map((count) => [fileUrl(count), manyPointsFile(count)])),
    [MANY_POINTS_PAGE]: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench: many points</title>
<script type="module" src="${BUNDLE_URL}"></script></head>
<body style="margin:0"><acupoint-map loading="eager" style="display:block;width:800px;height:600px"></acupoint-map></body></html>`,
  };
}

export async function measureManyPoints(browser: Browser, base: string, count = MANY_POINTS, selects = 7): Promise<ManyPointsRun> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  try {
    await page.goto(`${base}${MANY_POINTS_PAGE}`);
    await page.waitForFunction(() => {
      const element = document.querySelector('acupoint-map') as (HTMLElement & { landmarks: string[] }) | null;
      return element && element.landmarks.length > 0;
    });
    const loaded = await page.evaluate(async ({ url, count }) => {
      const element = document.querySelector('acupoint-map') as HTMLElement & { points: readonly unknown[] };
      let longest = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const started = performance.now();
      element.setAttribute('points-src', url);
      while (element.points.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
      const loadToPoints = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 500));
      observer.disconnect();
      return { loadToPoints, longestTask: longest, count: element.points.length };
    }, { url: fileUrl(count), count });
    const selectToPanel: number[] = [];
    for (let i = 0; i < selects; i++) {
      const code = `X${Math.floor(((i + 1) * count) / (selects + 1))}`;
      const elapsed = await page.evaluate(async (code) => {
        const element = document.querySelector('acupoint-map') as HTMLElement & { select(code: string): void; clearSelection(): void; updateComplete: Promise<unknown> };
        const started = performance.now();
        element.select(code);
        await element.updateComplete;
        // The next frame paints the panel; the task after it is when the user sees it.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const panel = element.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
        const shown = performance.now() - started;
        const ok = !panel.hidden && (panel.textContent ?? '').includes(code);
        element.clearSelection();
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 200));
        return ok ? shown : null;
      }, code);
      if (elapsed !== null) selectToPanel.push(elapsed);
    }
    return {
      points: loaded.count,
      fileBytes: manyPointsFile(count).length,
      selectToPanel,
      loadToPoints: loaded.loadToPoints,
      longestTask: loaded.longestTask,
    };
  } finally {
    await context.close();
  }
}

// Alone: serve dist/ and print the numbers.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchBrowser, root } = await import('../browser.js');
  const { startStaticServer } = await import('./static-server.js');
  const { loadavg } = await import('node:os');
  // --counts 1000,4000,10000 (a count over the documented limit is refused by the widget).
  const at = process.argv.indexOf('--counts');
  const counts = at > 0 ? process.argv[at + 1].split(',').map(Number) : MANY_POINTS_SIZES;
  const server = await startStaticServer({ '/dist/': `${root}dist/` }, manyPointsPages(counts));
  const browser = await launchBrowser();
  try {
    for (const count of counts) {
      const run = await measureManyPoints(browser, server.base, count);
      const sorted = [...run.selectToPanel].sort((a, b) => a - b);
      console.log(JSON.stringify({ ...run, medianSelectToPanel: sorted[Math.floor(sorted.length / 2)], loadAverage: loadavg()[0] }));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
