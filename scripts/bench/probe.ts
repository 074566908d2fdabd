// Injected before any page script, identically for both contenders: counts WebGL contexts
// and draw calls at the WebGL API itself (not from either library's own statistics), and
// notes when each widget reports that it has loaded.
//
// Kept as source text: functions from tsx-compiled modules may carry helpers that do not
// exist in the page.
export const PROBE_SCRIPT = `(() => {
  const probe = {
    contexts: 0,
    draws: 0,
    lastDraw: 0,
    loads: [],
    drawsAtFirstLoad: null,
    firstDrawAfterLoad: null,
    posterDismissed: null,
  };
  window.__benchProbe = probe;
  const seen = new WeakSet();
  const countContext = (context, type) => {
    if (context && /webgl/i.test(String(type)) && !seen.has(context)) {
      seen.add(context);
      probe.contexts++;
    }
    return context;
  };
  for (const Canvas of [window.HTMLCanvasElement, window.OffscreenCanvas]) {
    if (!Canvas) continue;
    const getContext = Canvas.prototype.getContext;
    Canvas.prototype.getContext = function (type, ...rest) {
      return countContext(getContext.call(this, type, ...rest), type);
    };
  }
  const drawNames = ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements'];
  for (const Context of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!Context) continue;
    for (const name of drawNames) {
      const draw = Context.prototype[name];
      if (typeof draw !== 'function') continue;
      Context.prototype[name] = function (...args) {
        probe.draws++;
        const now = performance.now();
        probe.lastDraw = now;
        if (probe.loads.length && probe.firstDrawAfterLoad === null) probe.firstDrawAfterLoad = now;
        return draw.apply(this, args);
      };
    }
  }
  // Both widgets fire 'load' on the element; capture sees it whether or not it bubbles.
  document.addEventListener('load', (event) => {
    const target = event.target;
    if (target && (target.localName === 'acupoint-map' || target.localName === 'model-viewer')) {
      if (probe.loads.length === 0) probe.drawsAtFirstLoad = probe.draws;
      probe.loads.push(performance.now());
    }
  }, true);
  document.addEventListener('poster-dismissed', () => {
    if (probe.posterDismissed === null) probe.posterDismissed = performance.now();
  }, true);
})();`;

export interface ProbeState {
  contexts: number;
  draws: number;
  lastDraw: number;
  loads: number[];
  /** Draw calls issued before the first widget's load event. */
  drawsAtFirstLoad: number | null;
  firstDrawAfterLoad: number | null;
  posterDismissed: number | null;
}
