/**
 * Where the shipped body model and its anatomy are (the still pictures shown before the 3D
 * stage are named the same way in placeholder-pictures.ts, which the first stage loads; these
 * come with the 3D stage). Each URL is a static `new URL` of a string literal and `import.meta.url`
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
