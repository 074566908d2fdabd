// src/default-model.ts names the models and pictures as '../models/x.glb' (where they are in
// the source tree) behind a @vite-ignore comment. dist/ holds them beside the built module, so
// the build writes plain `new URL('./x.glb', import.meta.url)`: the static form that an app's
// bundler recognises, copies and hashes. Without the comment our own build would inline them.

const SOURCE_URL = /new URL\(\s*\/\* @vite-ignore \*\/\s*(['"])\.\.\/models\/([\w.-]+\.(?:glb|webp))\1\s*,\s*import\.meta\.url\s*\)/g;

/** Vite plugin (enforce 'post', after Vite's own asset handling has passed these by). */
export function distModelUrls() {
  return {
    name: 'acupoint-map:dist-model-urls',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/]default-model\.ts$/.test(id)) return null;
      const found = [...code.matchAll(SOURCE_URL)].map((match) => match[2]);
      if (!found.includes('body.glb') || !found.includes('body.quantized.glb')) {
        this.error('src/default-model.ts must name the models as new URL(/* @vite-ignore */ \'../models/x.glb\', import.meta.url)');
      }
      return { code: code.replace(SOURCE_URL, (_, quote, file) => `new URL('./${file}', import.meta.url)`), map: null };
    },
  };
}
