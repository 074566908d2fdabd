// Shared by the screenshot and benchmark scripts: the installed Chromium with software
// WebGL (no GPU here, and browser downloads are not possible), and a vite server.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export const chromiumArgs = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // WebGL stays on SwiftShader (the tests assert its pixels), but the page itself is
  // composited in software, as Chrome does on a machine without a usable GPU. With
  // SwiftShader compositing, an empty page's first animation frame came 8 to 36 s after
  // navigation on this 2-core machine; without it, 0.8 to 1.9 s (six pages measured).
  '--disable-gpu-compositing',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p) => p && existsSync(p),
  );
  if (!found) throw new Error('No Chromium found: apt-get install chromium, or set CHROME_PATH.');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

/** The demo's vite server on a free port; returns its base URL. */
export async function startDemoServer(): Promise<{ server: ViteDevServer; base: string }> {
  const server = await createServer({ root, configFile: `${root}vite.config.ts`, logLevel: 'error', server: { port: 0, strictPort: false } });
  await server.listen();
  const address = server.httpServer!.address();
  const port = typeof address === 'object' && address ? address.port : 5173;
  return { server, base: `http://localhost:${port}` };
}
