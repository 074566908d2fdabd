/**
 * How much of a screenshot is the body: pixels of the skin's warm tone (red above blue, green
 * above blue), which neither the widget's cool background, its white panels nor the default
 * teal or a purple accent have. Works whatever canvas the widget draws into, and across
 * frames: it reads what the visitor sees.
 */
import type { Browser } from 'playwright-core';

export async function skinPixels(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (r > 110 && r - b > 35 && g > b + 10 && r >= g) count++;
      }
      return count;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/**
 * Screenshots until more than `min` skin pixels show (a loaded machine can draw the first
 * frame a while after the markers are placed), and returns the last count: the caller
 * asserts it, so a body that never appears still fails, with the number in the message.
 */
export async function skinPixelsOnceDrawn(browser: Browser, shoot: () => Promise<Buffer>, min = 5000, timeoutMs = 120_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    const count = await skinPixels(browser, await shoot());
    if (count > min || Date.now() - start > timeoutMs) return count;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
