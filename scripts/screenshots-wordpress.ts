// npm run screenshots:wordpress: docs/images/wordpress-page.png and wordpress-editor.png,
// the plugin on a real WordPress (the same Debian-packaged site as `npm run test:wordpress`).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, root } from './browser.js';
import { HOST, installWithPlugin, logIn, startWordPress } from '../test/wordpress/support/wordpress-site.js';
import { execFileSync } from 'node:child_process';

execFileSync('npx', ['tsx', join(root, 'scripts/build-wordpress.ts')], { cwd: root, stdio: 'inherit' });
const site = await startWordPress();
try {
  const urls = installWithPlugin(site, join(root, 'build/acupoint-map.zip'), {
    'Acupuncture for back pain':
      '<!-- wp:paragraph --><p>Turn the figure and click a point to read where it lies and why it is used.</p><!-- /wp:paragraph -->' +
      '<!-- wp:acupoint-map/map {"point":"BL23","accent":"#2f5d8a","cta":"Book a visit","ctaUrl":"/book/","height":560} /-->',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 960 }, deviceScaleFactor: 1 });
    await page.goto(urls['Acupuncture for back pain'], { timeout: 180_000 });
    await page.locator('acupoint-map [part~="hotspot"]').first().waitFor({ timeout: 240_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${root}docs/images/wordpress-page.png` });
    console.log('docs/images/wordpress-page.png');

    await logIn(page, site);
    await page.goto(`${site.base}/wp-admin/post-new.php?post_type=page`, { timeout: 180_000 });
    await page.waitForFunction(() => (window as unknown as { wp?: { blocks?: { getBlockType(n: string): unknown } } }).wp?.blocks?.getBlockType('acupoint-map/map'), undefined, { timeout: 180_000 });
    await page.evaluate(() => {
      const wp = (window as unknown as { wp: { blocks: { createBlock(n: string, a: object): { clientId: string } }; data: { dispatch(s: string): Record<string, (...a: unknown[]) => void> } } }).wp;
      wp.data.dispatch('core/editor').editPost({ title: 'Our treatment points' });
      const block = wp.blocks.createBlock('acupoint-map/map', { mode: 'practitioner', protocol: 'chronic-nonspecific', height: 480 });
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    });
    await page.locator('.is-root-container acupoint-map [part~="hotspot"]').first().waitFor({ timeout: 240_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${root}docs/images/wordpress-editor.png` });
    console.log('docs/images/wordpress-editor.png');
  } finally {
    await browser.close();
  }
} finally {
  await site.stop();
}
