// src/default-model.ts names the models (src/placeholder-pictures.ts the pictures) as '../models/x.glb' (where they are in
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
      const file = /[\\/]src[\\/](default-model|placeholder-pictures)\.ts$/.exec(id)?.[1];
      if (!file) return null;
      const found = [...code.matchAll(SOURCE_URL)].map((match) => match[2]);
      if (file === 'placeholder-pictures') {
        if (!found.includes('body-back.webp')) this.error('src/placeholder-pictures.ts must name the pictures as new URL(/* @vite-ignore */ \'../models/x.webp\', import.meta.url)');
      } else if (!found.includes('body.glb') || !found.includes('body.quantized.glb')) {
        this.error('src/default-model.ts must name the models as new URL(/* @vite-ignore */ \'../models/x.glb\', import.meta.url)');
      }
      return { code: code.replace(SOURCE_URL, (_, quote, file) => `new URL('./${file}', import.meta.url)`), map: null };
    },
  };
}
