// Vite writes a worker of a library build with a relative base as
//   new Worker(new URL(/* @vite-ignore */ new URL("assets/w.js", import.meta.url).href, "" + import.meta.url), ...)
// which works where dist/ is copied, but is invisible to an app's bundler (the comment tells
// Vite to look away, and the URL is not a literal): the app's build would lack the worker and
// fall back to the main thread. This rewrites it to the static form every bundler follows,
//   new Worker(new URL("./assets/w.js", import.meta.url), ...)
// which resolves to the same file beside the module.

const BUILT_WORKER_URL =
  /new URL\(\s*(?:\/\*\s*@vite-ignore\s*\*\/\s*)?new URL\(\s*(["'])([\w./-]+\.js)\1\s*,\s*import\.meta\.url\s*\)\.href\s*,\s*(?:""|'')\s*\+\s*import\.meta\.url\s*\)/g;

/** Rewrites the built worker URLs of `code`; returns it unchanged when there are none. */
export function staticWorkerUrls(code) {
  return code.replace(BUILT_WORKER_URL, (_, quote, file) => `new URL("./${file.replace(/^\.\//, '')}", import.meta.url)`);
}

/** Vite plugin for the library builds (renderChunk: after Vite has written the worker URL). */
export function staticWorkerUrlsPlugin() {
  return {
    name: 'acupoint-map:static-worker-urls',
    renderChunk(code) {
      const rewritten = staticWorkerUrls(code);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}
