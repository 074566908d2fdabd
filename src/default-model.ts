import type { ViewName } from './scene/body-view-types.js';

/**
 * Where the shipped body model and its pictures are. Each URL is a static `new URL` of a string literal and `import.meta.url`
 * so that an app's bundler (Vite, Rollup, webpack 5, Parcel) sees the file, copies it into
 * the app's build with a hashed name and rewrites the URL, with no configuration.
 *
 * In the source tree the models are in models/; the build (scripts/build.mjs,
 * `distModelUrls`) rewrites '../models/' to './' because dist/ holds the models beside the
 * built module, so copying dist/ to any static host works too. `@vite-ignore` keeps the
 * build's own asset handling (which would inline 250 KB as base64) away from these URLs;
 * the build removes the comment, so the published file is plain for the app's bundler.
 */

/**
 * The default model's URL. Pages whose Content-Security-Policy forbids WebAssembly get
 * the variant that is only quantised, which three decodes without the meshopt decoder.
 */
export function defaultModelUrl(wasmAllowed: boolean): string {
  return wasmAllowed
    ? new URL(/* @vite-ignore */ '../models/body.glb', import.meta.url).href
    : new URL(/* @vite-ignore */ '../models/body.quantized.glb', import.meta.url).href;
}

/**
 * The anatomy model's URL (bones, nerves, kidneys, vessels of the shipped body), beside the
 * body, named the same static way. It is meshopt-compressed only: a page that forbids
 * WebAssembly cannot show it.
 */
export function defaultAnatomyUrl(): string {
  return new URL(/* @vite-ignore */ '../models/anatomy.glb', import.meta.url).href;
}

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
