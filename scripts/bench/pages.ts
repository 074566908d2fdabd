// The benchmark pages. Each contender is one script tag and one element, as on a clinic's
// page; both show the same body.glb at the same size.
export type ContenderId = 'acupoint-map' | 'model-viewer';

export const BUNDLE_URL = '/dist/acupoint-map.bundle.js';
export const MODEL_VIEWER_URL = '/model-viewer/model-viewer.min.js';
export const BODY_URL = '/dist/body.glb';
/**
 * model-viewer carries its own meshopt decoder but waits for a script at
 * `meshoptDecoderLocation` before using it. The benchmark points it at an almost empty
 * file, which favours model-viewer (sites usually point at the ~20 KB decoder script).
 */
export const MESHOPT_GATE_URL = '/bench/meshopt-gate.js';
export const MESHOPT_GATE_SOURCE = '// model-viewer loads this before it uses its built-in meshopt decoder.\n';

export interface WidgetBox {
  width: number;
  height: number;
  eager?: boolean;
}

function widget(id: ContenderId, { width, height, eager }: WidgetBox): string {
  const style = `display:block;width:${width}px;height:${height}px`;
  if (id === 'acupoint-map') {
    return `<acupoint-map${eager ? ' loading="eager"' : ''} style="${style}"></acupoint-map>`;
  }
  return `<model-viewer src="${BODY_URL}" camera-controls interaction-prompt="none" camera-orbit="180deg 80deg auto"${
    eager ? ' loading="eager" reveal="auto"' : ''
  } style="${style}"></model-viewer>`;
}

function scripts(id: ContenderId): string {
  if (id === 'acupoint-map') {
    // The stats import is the same module URL, so it adds no download.
    return `<script type="module" src="${BUNDLE_URL}"></script>
<script type="module">import { rendererStats } from '${BUNDLE_URL}'; window.__rendererStats = rendererStats;</script>`;
  }
  return `<script>self.ModelViewerElement = { meshoptDecoderLocation: '${MESHOPT_GATE_URL}' };</script>
<script type="module" src="${MODEL_VIEWER_URL}"></script>`;
}

function page(id: ContenderId, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${id}</title>
<style>body { margin: 0; background: #fff; font-family: system-ui; } .grid { display: grid; grid-template-columns: repeat(4, 300px); gap: 8px; }</style>
${scripts(id)}
</head>
<body>
${body}
</body>
</html>`;
}

/** One 800x600 widget at the top of the page. */
export function singlePage(id: ContenderId): string {
  return page(id, widget(id, { width: 800, height: 600 }));
}

/** Twelve widgets, eager, in a 4x3 grid that fits the viewport. */
export function twelvePage(id: ContenderId): string {
  const cells = Array.from({ length: 12 }, () => widget(id, { width: 300, height: 300, eager: true })).join('\n');
  return page(id, `<div class="grid">${cells}</div>`);
}

/** One widget (default loading) far below the fold. */
export function belowFoldPage(id: ContenderId): string {
  return page(id, `<div id="spacer" style="height:4000px">Scroll down</div>${widget(id, { width: 800, height: 600 })}`);
}

export function allPages(): Record<string, string> {
  const pages: Record<string, string> = { [MESHOPT_GATE_URL]: MESHOPT_GATE_SOURCE };
  for (const id of ['acupoint-map', 'model-viewer'] as const) {
    pages[`/bench/${id}/single.html`] = singlePage(id);
    pages[`/bench/${id}/twelve.html`] = twelvePage(id);
    pages[`/bench/${id}/below-fold.html`] = belowFoldPage(id);
  }
  return pages;
}
