import type { ViewName } from './scene/body-view-types.js';

// Named as the models are in default-model.ts (see there): a static `new URL` of a string
// literal and `import.meta.url` per file, which the build rewrites to sit beside the module.
// Apart from the models' URLs because the first stage needs only these.

/**
 * The still picture of the body from one side (models/body-<view>.webp), shown until the 3D
 * body is drawn. One literal per picture, for the bundler, as above.
 */
export function placeholderUrl(view: ViewName): string {
  switch (view) {
    case 'front':
      return new URL(/* @vite-ignore */ '../models/body-front.webp', import.meta.url).href;
    case 'left':
      return new URL(/* @vite-ignore */ '../models/body-left.webp', import.meta.url).href;
    case 'right':
      return new URL(/* @vite-ignore */ '../models/body-right.webp', import.meta.url).href;
    default:
      return new URL(/* @vite-ignore */ '../models/body-back.webp', import.meta.url).href;
  }
}
