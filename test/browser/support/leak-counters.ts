/**
 * Counters for what a widget could leak: WebGL contexts (live = made and not lost), and
 * listeners and observers that code under /src/ registers on window, document, media
 * queries, ResizeObserver and IntersectionObserver. Install before the first widget is made.
 */

const WEBGL_TYPES = new Set(['webgl', 'webgl2', 'experimental-webgl']);
const contexts = new Set<WebGLRenderingContext | WebGL2RenderingContext>();

let installed = false;

/** Live listener registrations made from /src/, keyed by target, type, listener and capture. */
const listeners = new Map<EventTarget, Map<string, Set<unknown>>>();
/** Live observations made from /src/: observer -> observed targets. */
const observations = new Map<object, Set<Element>>();

function fromWidgetCode(): boolean {
  const stack = new Error().stack ?? '';
  return stack.split('\n').slice(3).some((line) => line.includes('/src/') && !line.includes('/node_modules/'));
}

function watchedTarget(target: EventTarget): boolean {
  return target === window || target === document || target instanceof MediaQueryList;
}

function captureFlag(options: boolean | EventListenerOptions | undefined): boolean {
  return typeof options === 'boolean' ? options : Boolean(options?.capture);
}

export function installLeakCounters(): void {
  if (installed) return;
  installed = true;

  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const context = (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
    if (WEBGL_TYPES.has(type) && context) contexts.add(context as WebGL2RenderingContext);
    return context;
  } as typeof getContext;

  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    if (listener && watchedTarget(this) && fromWidgetCode()) {
      const byType = listeners.get(this) ?? new Map<string, Set<unknown>>();
      listeners.set(this, byType);
      const key = `${type}|${captureFlag(options)}`;
      const set = byType.get(key) ?? new Set();
      byType.set(key, set);
      set.add(listener);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    listeners.get(this)?.get(`${type}|${captureFlag(options)}`)?.delete(listener);
    return remove.call(this, type, listener, options);
  };

  for (const Observer of [ResizeObserver, IntersectionObserver] as unknown as {
    prototype: { observe(target: Element): void; unobserve(target: Element): void; disconnect(): void };
  }[]) {
    const { observe, unobserve, disconnect } = Observer.prototype;
    Observer.prototype.observe = function (this: object, target: Element, ...rest: unknown[]) {
      if (fromWidgetCode()) {
        const set = observations.get(this) ?? new Set<Element>();
        observations.set(this, set);
        set.add(target);
      }
      return (observe as (...args: unknown[]) => void).call(this, target, ...rest);
    };
    Observer.prototype.unobserve = function (this: object, target: Element) {
      observations.get(this)?.delete(target);
      return unobserve.call(this, target);
    };
    Observer.prototype.disconnect = function (this: object) {
      observations.delete(this);
      return disconnect.call(this);
    };
  }
}

/** WebGL contexts made on this page and not lost or released. */
export function liveContexts(): number {
  let live = 0;
  for (const context of contexts) if (!context.isContextLost()) live++;
  return live;
}

/** WebGL contexts made on this page so far. */
export function contextsMade(): number {
  return contexts.size;
}

/** Listeners the widget code has on window, document and media queries right now. */
export function liveGlobalListeners(): string[] {
  const live: string[] = [];
  for (const [target, byType] of listeners) {
    const name = target === window ? 'window' : target === document ? 'document' : (target as MediaQueryList).media;
    for (const [key, set] of byType) for (let i = 0; i < set.size; i++) live.push(`${name} ${key}`);
  }
  return live;
}

/** Elements the widget code observes right now (ResizeObserver, IntersectionObserver). */
export function liveObservations(): number {
  let count = 0;
  for (const set of observations.values()) count += set.size;
  return count;
}
