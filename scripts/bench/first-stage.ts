// The first stage and layout shift, measured on the built dist/:
// - how many bytes of JavaScript (gzipped) a page gets before the 3D stage is requested
//   (the bundle and whatever it imports statically), and in all;
// - the layout shift of a clinic-like page that embeds the widget exactly as README.md's
//   "Put it on a web page" snippet says, with the script on time and arriving late.
// `npx tsx scripts/bench/first-stage.ts` prints both; scripts/bench.ts can call them too.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');

const STATIC = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']\.\/([^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["']\.\/([^"']+)["']\s*\)/g;

export interface FirstStageSize {
  /** The entry and the files it imports statically: all a page runs before the 3D stage. */
  firstStage: { files: string[]; gzipBytes: number };
  /** Every chunk the bundle can import, statically or with import() (workers not included). */
  total: { files: string[]; gzipBytes: number };
}

const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

function closure(entry: string, follow: RegExp[]): string[] {
  const seen = [entry];
  for (let i = 0; i < seen.length; i++) {
    const text = readFileSync(join(dist, seen[i]), 'utf8');
    for (const pattern of follow) for (const [, file] of text.matchAll(pattern)) if (!seen.includes(file)) seen.push(file);
  }
  return seen;
}

export function measureFirstStage(entry = 'acupoint-map.bundle.js'): FirstStageSize {
  const first = closure(entry, [STATIC]);
  const all = closure(entry, [STATIC, DYNAMIC]);
  const sum = (files: string[]) => files.reduce((total, file) => total + gz(file), 0);
  return { firstStage: { files: first, gzipBytes: sum(first) }, total: { files: all, gzipBytes: sum(all) } };
}

/** The README's embed snippet, verbatim (the first html block under "Put it on a web page"). */
export function readmeSnippet(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Put it on a web page'));
  const match = /```html\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('README.md: no html snippet under "Put it on a web page"');
  return match[1];
}

/** A clinic's page: header, heading, introduction, the snippet, three sections of text. */
export function clinicPage(snippet: string): string {
  const section = (title: string) => `<section><h2>${title}</h2><p>${'Our practitioners explain every step of a session and answer your questions before we begin. '.repeat(6)}</p></section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back pain care - Riverside Clinic</title>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d2b36; } header { padding: 16px; background: #0b6b66; color: #fff; } main { max-width: 960px; margin: 0 auto; padding: 16px; }</style>
</head>
<body>
<header><strong>Riverside Clinic</strong> · Acupuncture and physiotherapy</header>
<main>
<h1>Acupuncture for low back pain</h1>
<p>These are the points our practitioners use most often for low back pain. Tap a point to read where it is and why it is used.</p>
${snippet}
${section('What to expect')}
${section('How many sessions')}
${section('Booking and fees')}
</main>
</body>
</html>`;
}

export interface LayoutShiftResult {
  /** Sum of layout-shift scores without recent input, from navigation to 1 s after `load`. */
  cls: number;
  /** Milliseconds the bundle's response was held back. */
  scriptDelayMs: number;
}

/**
 * Load the clinic page (dist/ served under /acupoint-map/, as the snippet expects) on a
 * phone-sized viewport and add up the layout shifts until the widget has drawn its body.
 */
export async function measureLayoutShift(browser: Browser, scriptDelayMs: number, snippet = readmeSnippet()): Promise<LayoutShiftResult> {
  const { createServer } = await import('node:http');
  const html = clinicPage(snippet);
  const types: Record<string, string> = { js: 'text/javascript', glb: 'model/gltf-binary', webp: 'image/webp', json: 'application/json' };
  const files = new Set(readdirSync(dist));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
      return;
    }
    const name = path.replace(/^\/acupoint-map\//, '');
    if (!path.startsWith('/acupoint-map/') || !files.has(name)) {
      response.writeHead(404);
      response.end();
      return;
    }
    const send = () => {
      response.writeHead(200, { 'content-type': types[name.split('.').pop()!] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(readFileSync(join(dist, name)));
    };
    if (name === 'acupoint-map.bundle.js' && scriptDelayMs > 0) setTimeout(send, scriptDelayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number; __loaded: boolean };
      w.__cls = 0;
      w.__loaded = false;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('load', (event) => {
        if ((event.target as Element).localName === 'acupoint-map') w.__loaded = true;
      }, true);
    });
    await page.goto(`http://127.0.0.1:${port}/`, { timeout: 180000 });
    await page.waitForFunction(() => (window as unknown as { __loaded: boolean }).__loaded, null, { timeout: 240000, polling: 100 });
    await page.waitForTimeout(1000);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    return { cls, scriptDelayMs };
  } finally {
    await page.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = measureFirstStage();
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(`first stage (before the 3D stage is requested): ${kb(size.firstStage.gzipBytes)} gzipped, ${size.firstStage.files.join(' + ')}`);
  console.log(`every chunk the bundle can import (also those only some pages need): ${kb(size.total.gzipBytes)} gzipped, ${size.total.files.length} files`);
  const { launchBrowser } = await import('../browser.js');
  const browser = await launchBrowser();
  try {
    for (const delay of [0, 2000]) {
      const { cls } = await measureLayoutShift(browser, delay);
      console.log(`layout shift, README snippet, script ${delay ? `${delay} ms late` : 'on time'}: ${cls.toFixed(3)}`);
    }
  } finally {
    await browser.close();
  }
}
