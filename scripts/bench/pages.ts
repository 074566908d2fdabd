// The benchmark pages. Each contender is one script tag and one element, as on a clinic's
// page; both show the same body.glb at the same size.
import { readFileSync } from 'node:fs';

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

/**
 * The clinic demo page (demo/index.html and its stylesheet) as a clinic would publish it:
 * the widget embedded exactly as README's snippet says (a style line that reserves its
 * box, the script tag, the element with a booking link), where the demo has its element;
 * for model-viewer, the same page with its script and element in that place, the box
 * reserved the same way.
 */
export function clinicPage(id: ContenderId, root: string): string {
  const demo = readFileSync(`${root}demo/index.html`, 'utf8');
  const snippet =
    id === 'acupoint-map'
      ? `<style>acupoint-map { display: block; height: 600px; max-width: 960px; margin: 0 auto; }</style>
      <script type="module" src="${BUNDLE_URL}"></script>
      <acupoint-map mode="patient">
        <a slot="cta" href="#book">Book an assessment</a>
      </acupoint-map>`
      : `<style>model-viewer { display: block; height: 600px; max-width: 960px; margin: 0 auto; }</style>
      <script>self.ModelViewerElement = { meshoptDecoderLocation: '${MESHOPT_GATE_URL}' };</script>
      <script type="module" src="${MODEL_VIEWER_URL}"></script>
      <model-viewer src="${BODY_URL}" alt="A 3D human figure seen from behind" camera-controls interaction-prompt="none" camera-orbit="180deg 80deg auto"></model-viewer>`;
  const page = demo
    .replace(/<script type="module" src="[^"]*"><\/script>\s*/, '')
    .replace(/<link rel="stylesheet" href="\.\/clinic\.css" \/>/, '<link rel="stylesheet" href="/bench/clinic.css" />')
    .replace(/<acupoint-map[\s\S]*?<\/acupoint-map>/, snippet);
  if (!page.includes(snippet) || !page.includes('/bench/clinic.css')) {
    throw new Error('demo/index.html changed shape: the benchmark cannot place the widget in it');
  }
  return page;
}

export function allPages(root?: string): Record<string, string> {
  const pages: Record<string, string> = { [MESHOPT_GATE_URL]: MESHOPT_GATE_SOURCE };
  if (root) {
    pages['/bench/clinic.css'] = readFileSync(`${root}demo/clinic.css`, 'utf8');
    for (const id of ['acupoint-map', 'model-viewer'] as const) pages[`/bench/${id}/clinic.html`] = clinicPage(id, root);
  }
  for (const id of ['acupoint-map', 'model-viewer'] as const) {
    pages[`/bench/${id}/single.html`] = singlePage(id);
    pages[`/bench/${id}/twelve.html`] = twelvePage(id);
    pages[`/bench/${id}/below-fold.html`] = belowFoldPage(id);
  }
  return pages;
}
