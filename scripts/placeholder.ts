// npm run placeholder: the still pictures of the body that a widget shows while its 3D
// stage is on the way (models/body-<view>.webp, copied into dist/ by the build). Drawn in
// headless Chromium by the widget's own 3D code from the shipped model, on a transparent
// background, framed exactly as the live view frames the body (see PLACEHOLDER in
// src/scene/body-view-types.ts), so the picture turns into the 3D body without a jump.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { launchBrowser, root, startDemoServer } from './browser.js';
import { PLACEHOLDER } from '../src/scene/body-view-types.js';

const VIEWS = ['back', 'front', 'left', 'right'] as const;

const { server, base } = await startDemoServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${base}/demo/placeholder.html`, { timeout: 180000 });
  const pictures = await page.evaluate(
    async ({ views, size }) => {
      const { BodyView } = await import('/src/scene/body-view.ts' as string);
      const canvas = document.createElement('canvas');
      const surface = document.createElement('div');
      const callbacks = { rendered() {}, interacted() {}, resetRequested() {} };
      const view = BodyView.create(canvas, surface, callbacks, '#e3c2a6');
      if (!view) throw new Error('no WebGL context');
      await view.load('/models/body.glb');
      const out: Record<string, string> = {};
      for (const name of views) {
        const snapshot = view.snapshot(name, size.width, size.height, size.scale);
        out[name] = snapshot.canvas.toDataURL('image/webp', size.quality);
      }
      view.dispose();
      return out;
    },
    { views: VIEWS, size: PLACEHOLDER },
  );
  for (const [name, url] of Object.entries(pictures)) {
    if (!url.startsWith('data:image/webp;base64,')) throw new Error(`${name}: Chromium made no WebP (${url.slice(0, 30)})`);
    const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
    await writeFile(`${root}models/body-${name}.webp`, bytes);
    console.log(`models/body-${name}.webp ${bytes.length} bytes`);
  }
  // Which model the pictures show: test/node/models/placeholder.test.ts fails when
  // body.glb changes and the pictures were not drawn again.
  const model = await readFile(`${root}models/body.glb`);
  const stamp = { model: 'body.glb', sha256: createHash('sha256').update(model).digest('hex'), size: PLACEHOLDER };
  await writeFile(`${root}models/body-placeholders.json`, `${JSON.stringify(stamp, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
