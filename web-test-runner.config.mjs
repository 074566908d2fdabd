// Browser tests run in the Chromium installed by apt (browser downloads are not possible here).
// SwiftShader gives a real, software WebGL context in headless mode; tests assert drawn pixels.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';

const executablePath = process.env.CHROME_PATH
  ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

export const chromeArgs = [
  '--headless=new',
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

/**
 * `executeServerCommand('capture-screen')`: the page as the compositor shows it, a PNG in
 * base64. A WebGL canvas's own pixels (readDirectFrame) cannot show what the compositor
 * left out of the picture on screen; this can (test/browser/support/screen.ts).
 */
const captureScreen = {
  name: 'capture-screen',
  async executeCommand({ command, session }) {
    if (command !== 'capture-screen') return undefined;
    const page = session.browser.getPage(session.id);
    return page.screenshot({ encoding: 'base64', type: 'png' });
  },
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // A shared 2-core machine can take longer than the 30 s defaults to start Chromium or a page.
  browserStartTimeout: 180000,
  testsStartTimeout: 180000,
  // Per test file; SwiftShader on a loaded machine draws a frame in a second or more.
  testsFinishTimeout: 1200000,
  // Per test: mounting several widgets in SwiftShader on a busy machine can take minutes.
  testFramework: { config: { timeout: 180000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }), captureScreen],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
};
