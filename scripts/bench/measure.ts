// One measurement per function, each on a fresh browser context (empty cache), the same way
// for both contenders: the probe (probe.ts) counts WebGL contexts and draw calls at the API,
// downloads are counted from the network, pixels from screenshots or the widget's canvas.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PROBE_SCRIPT, type ProbeState } from './probe.js';
import type { ContenderId } from './pages.js';
import { decodePng, nonBackgroundShare } from './png.js';
import { framesOf, median, percentile } from './trace-frames.js';

/** SwiftShader on a shared CPU is slow: generous limits, the numbers say how long it took. */
const LOAD_TIMEOUT = 600_000;
const VIEWPORT = { width: 1280, height: 1000 };

export interface Download {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface LoadRun {
  /** ms from navigation start until the widget had loaded its model and drawn it. */
  drawnAt: number;
  /** ms from navigation start to the widget's load event. */
  loadEventAt: number;
  contexts: number;
  scripts: Download[];
  models: Download[];
}

export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  page.setDefaultTimeout(LOAD_TIMEOUT);
  return { context, page };
}

function probe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (window as unknown as { __benchProbe: ProbeState }).__benchProbe);
}

/** Every script and model the page downloads, sized raw and gzipped (level 9). */
function recordDownloads(page: Page): { scripts: Download[]; models: Download[]; settled: () => Promise<void> } {
  const scripts: Download[] = [];
  const models: Download[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const url = new URL(response.url()).pathname;
    const isScript = type === 'script' || /javascript/.test(response.headers()['content-type'] ?? '');
    const isModel = url.endsWith('.glb');
    if (!isScript && !isModel) return;
    pending.push(
      // Chromium now and then drops a body it has handed to the page ("No data found for
      // resource"); the local server sends the same bytes again.
      response
        .body()
        .catch(async () => Buffer.from(await (await fetch(response.url())).arrayBuffer()))
        .then((body) => {
          const entry = { url, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
          (isScript ? scripts : models).push(entry);
        }),
    );
  });
  return { scripts, models, settled: async () => void (await Promise.all(pending)) };
}

/**
 * Waits until the first widget has loaded and drawn. Both widgets fire `load` after their
 * first frame with the model (the probe checks that draw calls came before it); if none had,
 * the first draw call after `load` counts.
 */
export async function waitUntilDrawn(page: Page): Promise<{ drawnAt: number; loadEventAt: number }> {
  const handle = await page.waitForFunction(
    () => {
      const state = (window as unknown as { __benchProbe: ProbeState }).__benchProbe;
      if (state.loads.length === 0) return null;
      if ((state.drawsAtFirstLoad ?? 0) > 0) return { drawnAt: state.loads[0], loadEventAt: state.loads[0] };
      return state.firstDrawAfterLoad === null ? null : { drawnAt: state.firstDrawAfterLoad, loadEventAt: state.loads[0] };
    },
    undefined,
    { timeout: LOAD_TIMEOUT, polling: 100 },
  );
  return (await handle.jsonValue()) as { drawnAt: number; loadEventAt: number };
}

export async function measureLoad(browser: Browser, base: string, id: ContenderId): Promise<LoadRun> {
  const { context, page } = await openPage(browser);
  try {
    const downloads = recordDownloads(page);
    await page.goto(`${base}/bench/${id}/single.html`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    const { drawnAt, loadEventAt } = await waitUntilDrawn(page);
    await downloads.settled();
    const state = await probe(page);
    return { drawnAt, loadEventAt, contexts: state.contexts, scripts: downloads.scripts, models: downloads.models };
  } finally {
    await context.close();
  }
}

export interface IdleRun {
  /** Draw calls seen at the WebGL API during 2 s without input, after the page settled. */
  draws: number;
  /** The same from acupoint-map's own counter (rendererStats), as a cross-check. */
  ownCounter: number | null;
}

async function ownDrawCalls(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const stats = (window as unknown as { __rendererStats?: () => { drawCalls: number } }).__rendererStats;
    return stats ? stats().drawCalls : null;
  });
}

export async function idleDraws(page: Page, milliseconds = 2000): Promise<IdleRun> {
  // Let entry animations and late callbacks finish; the mouse stays off the widget.
  await page.waitForTimeout(1500);
  const before = await probe(page);
  const ownBefore = await ownDrawCalls(page);
  await page.waitForTimeout(milliseconds);
  const after = await probe(page);
  const ownAfter = await ownDrawCalls(page);
  return {
    draws: after.draws - before.draws,
    ownCounter: ownBefore === null || ownAfter === null ? null : ownAfter - ownBefore,
  };
}

export interface InteractionRun {
  idle: IdleRun;
  /** JavaScript ms per frame while dragging to rotate. */
  dragFrames: number[];
  dragMedian: number;
  dragP95: number;
  /** ms between the starts of consecutive frames while dragging: how smoothly the figure follows. */
  dragGaps: number[];
  gapMedian: number;
  gapP95: number;
  /** ms from pointer down on a marker to the point's panel shown and painted (acupoint-map only). */
  clickToPanel: number[];
}

/**
 * Where to click to open a point: the centre of its own marker button, in CSS pixels, when
 * that button is visible and on top there. A point whose markers are gathered into a cluster
 * at this view (a tap there zooms, it opens nothing) has none: null.
 */
async function markerOnScreen(page: Page, code: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((pointCode) => {
    const root = document.querySelector('acupoint-map')?.shadowRoot;
    if (!root) return null;
    for (const button of root.querySelectorAll<HTMLElement>('[part~="hotspot"]')) {
      if (button.dataset.code !== pointCode) continue;
      const box = button.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (root.elementFromPoint(x, y)?.closest('[part~="hotspot"]') === button) return { x, y };
    }
    return null;
  }, code);
}

/**
 * Click a marker and time it: from the pointerdown event's timestamp to the first moment
 * after the panel (showing the selected point) has been painted. Markers a few pixels apart
 * may select a neighbour (the nearest centre wins): whichever point opens counts.
 */
export async function clickToPanel(page: Page, code: string): Promise<number | null> {
  const target = await markerOnScreen(page, code);
  if (!target) return null;
  await page.evaluate(() => {
    const state = window as unknown as { __click: { down: number | null; shown: number | null; code: string | null } };
    state.__click = { down: null, shown: null, code: null };
    window.addEventListener('pointerdown', (event) => (state.__click.down = event.timeStamp), { capture: true, once: true });
    const element = document.querySelector('acupoint-map')!;
    element.addEventListener(
      'point-select',
      (event) => {
        state.__click.code = (event as CustomEvent<{ code: string }>).detail.code;
        // After the update that opened the panel: the next frame paints it.
        requestAnimationFrame(() => setTimeout(() => (state.__click.shown = performance.now())));
      },
      { once: true },
    );
  });
  await page.mouse.click(target.x, target.y);
  const handle = await page
    .waitForFunction(
      () => {
        const { __click } = window as unknown as { __click: { down: number | null; shown: number | null; code: string | null } };
        if (__click.down === null || __click.shown === null || __click.code === null) return null;
        const panel = document.querySelector('acupoint-map')!.shadowRoot?.querySelector<HTMLElement>('[part~="panel"]');
        const open = panel && !panel.hidden && (panel.textContent ?? '').includes(__click.code);
        return open ? __click.shown - __click.down : null;
      },
      undefined,
      { timeout: 120_000, polling: 50 },
    )
    .catch(() => null);
  // A click that opened nothing (the marker moved, or was covered) is left out.
  const elapsed = handle ? ((await handle.jsonValue()) as number) : null;
  // Closed, and back to the preset view the next click starts from (opening turned to the point).
  await page.evaluate(() => {
    const element = document.querySelector('acupoint-map') as HTMLElement & { clearSelection(): void; setView(name: string): void };
    element.clearSelection();
    element.setView('back');
  });
  await page.waitForTimeout(800);
  return elapsed;
}

/** Drag across the widget for `milliseconds`, tracing the renderer; JS ms per frame. */
async function dragFrames(browser: Browser, page: Page, box: { x: number; y: number; width: number; height: number }, milliseconds = 2000) {
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  await page.mouse.move(centreX, centreY);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'toplevel'],
  });
  await page.mouse.down();
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < milliseconds) {
    step++;
    await page.mouse.move(centreX + Math.sin(step / 8) * box.width * 0.3, centreY + Math.sin(step / 13) * 10);
  }
  await page.mouse.up();
  const trace = await browser.stopTracing();
  return framesOf(trace.toString('utf8'));
}

/**
 * The points the click is timed on, in order of preference: the first five that have a
 * marker of their own at the bench's view (clustered ones are skipped).
 */
export const CLICK_POINTS = ['BL23', 'BL25', 'GV4', 'BL40', 'BL52', 'BL36', 'BL37', 'GB31', 'EX-B7', 'SI3', 'BL57', 'BL60', 'KI3'];
export const CLICKS = 5;

export async function measureInteraction(browser: Browser, base: string, id: ContenderId): Promise<InteractionRun> {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(`${base}/bench/${id}/single.html`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    await waitUntilDrawn(page);
    const idle = await idleDraws(page);
    const clicks: number[] = [];
    if (id === 'acupoint-map') {
      for (const code of CLICK_POINTS) {
        if (clicks.length === CLICKS) break;
        const elapsed = await clickToPanel(page, code);
        if (elapsed !== null) clicks.push(elapsed);
      }
    }
    const box = (await page.locator(id).boundingBox())!;
    const traced = await dragFrames(browser, page, box);
    const frames = traced.script.filter((ms) => ms > 0);
    return {
      idle,
      dragFrames: frames,
      dragMedian: median(frames),
      dragP95: percentile(frames, 95),
      dragGaps: traced.gaps,
      gapMedian: median(traced.gaps),
      gapP95: percentile(traced.gaps, 95),
      clickToPanel: clicks,
    };
  } finally {
    await context.close();
  }
}

export interface TwelveRun {
  loaded: number;
  drawn: number;
  contexts: number;
  seconds: number;
}

/** Share of the widget's drawing that is not background, from a screenshot of its 3D area. */
async function drawnShare(page: Page, index: number, id: ContenderId): Promise<number> {
  // acupoint-map's 3D area is its canvas part (the toolbar and notes sit outside it).
  const selector = id === 'acupoint-map' ? `acupoint-map >> nth=${index} >> [part~="canvas"]` : `model-viewer >> nth=${index}`;
  const png = await page.locator(selector).screenshot({ animations: 'disabled' });
  return nonBackgroundShare(decodePng(png));
}

export async function measureTwelve(browser: Browser, base: string, id: ContenderId): Promise<TwelveRun> {
  const { context, page } = await openPage(browser);
  try {
    const start = Date.now();
    await page.goto(`${base}/bench/${id}/twelve.html`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    await page.waitForFunction(
      () => (window as unknown as { __benchProbe: ProbeState }).__benchProbe.loads.length >= 12,
      undefined,
      { timeout: LOAD_TIMEOUT, polling: 250 },
    );
    const seconds = (Date.now() - start) / 1000;
    await page.waitForTimeout(1500);
    let drawn = 0;
    for (let index = 0; index < 12; index++) {
      // The body covers several per cent of each widget; an empty one is ~0.
      if ((await drawnShare(page, index, id)) > 0.02) drawn++;
    }
    const state = await probe(page);
    return { loaded: state.loads.length, drawn, contexts: state.contexts, seconds };
  } finally {
    await context.close();
  }
}

export interface BelowFoldRun {
  /** Model requests and WebGL contexts made while the widget was far below the fold. */
  modelRequestsBefore: number;
  contextsBefore: number;
  /** After scrolling it into view: whether it then loaded and drew. */
  modelRequestsAfter: number;
  drawnAfterScroll: boolean;
  /**
   * Scripts downloaded while the widget was far below the fold: the first stage alone (the
   * 3D stage is requested only near the viewport). Empty for a widget that is one file.
   */
  firstStage: Download[];
  /** Scripts downloaded after scrolling to it: the 3D stage. */
  laterStage: Download[];
}

export async function measureBelowFold(browser: Browser, base: string, id: ContenderId): Promise<BelowFoldRun> {
  const { context, page } = await openPage(browser);
  try {
    // This page's own requests (the server's log also holds late requests of pages before).
    const models: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('.glb')) models.push(request.url());
    });
    const downloads = recordDownloads(page);
    await page.goto(`${base}/bench/${id}/below-fold.html`, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    // Give a lazy widget every chance to misbehave: the page is idle for 3 s.
    await page.waitForFunction(() => customElements.get('acupoint-map') || customElements.get('model-viewer'));
    await page.waitForTimeout(3000);
    await downloads.settled();
    const firstStage = [...downloads.scripts];
    const modelRequestsBefore = models.length;
    const contextsBefore = (await probe(page)).contexts;
    await page.locator(id).scrollIntoViewIfNeeded();
    await waitUntilDrawn(page);
    await downloads.settled();
    return {
      modelRequestsBefore,
      contextsBefore,
      modelRequestsAfter: models.length,
      drawnAfterScroll: true,
      firstStage,
      laterStage: downloads.scripts.slice(firstStage.length),
    };
  } finally {
    await context.close();
  }
}
