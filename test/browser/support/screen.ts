import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The page's pixels as the compositor put them on screen (RGBA, device pixels of the
 * viewport). Unlike a canvas read-back, this shows what was left out of the composited
 * picture: a stale or culled layer.
 */
export async function captureScreen(): Promise<ImageData> {
  const base64 = await executeServerCommand<string, undefined>('capture-screen');
  if (typeof base64 !== 'string') throw new Error('capture-screen: no picture (is the plugin in web-test-runner.config.mjs?)');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}
