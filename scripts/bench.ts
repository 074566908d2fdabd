// npm run bench: acupoint-map beside <model-viewer> (the full module bundle, three inside)
// showing the same body.glb, in headless Chromium with software WebGL, served over HTTP
// from a local static server. Prints one table, writes it to docs/bench.md and to the
// README's Performance section. Not a test: the numbers depend on the machine.
//
//   npm run build && npm run bench
//   options: --runs N (page loads per contender, 5), --lighthouse-runs N (5: medians, with
//   the min and max beside them, as one run in five is often slow on a shared machine; 0 skips
//   Lighthouse), --no-write, --only lighthouse (the Lighthouse runs alone, alternating, with
//   their medians and the load average; writes nothing)
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { launchBrowser, root } from './browser.js';
import { measureBelowFold, measureInteraction, measureLoad, measureTwelve, type LoadRun } from './bench/measure.js';
import { geometryTable, measureGeometry } from './bench/geometry.js';
import { allPages, type ContenderId } from './bench/pages.js';
import { buildRows, markdownTable, type Results } from './bench/report.js';
import { startStaticServer } from './bench/static-server.js';
import { runLighthouse, type LighthouseRun } from './bench/lighthouse.js';
import { manyPointsPages, measureManyPoints } from './bench/many-points.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : NaN;
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const runs = option('--runs', 5) || 5;
const lighthouseRuns = option('--lighthouse-runs', 5);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
if (only !== null && only !== 'lighthouse') {
  console.error(`--only ${only}: only "lighthouse" can run alone.`);
  process.exit(1);
}
const write = !args.includes('--no-write') && only === null;

const bundle = `${root}dist/acupoint-map.bundle.js`;
if (!existsSync(bundle)) {
  console.error('dist/acupoint-map.bundle.js is missing: run `npm run build` first.');
  process.exit(1);
}
const modelViewerDir = `${root}node_modules/@google/model-viewer/dist/`;
const modelViewerVersion = JSON.parse(readFileSync(`${root}node_modules/@google/model-viewer/package.json`, 'utf8')).version as string;

function cpuModel(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('model name'));
  return line ? line.split(':')[1].trim() : (cpus()[0]?.model ?? 'unknown CPU');
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/**
 * SwiftShader pages on a busy machine now and then crash ("Target page, context or browser
 * has been closed"): measure once more instead of losing the whole run, and say so.
 */
async function once<T>(label: string, measure: () => Promise<T>): Promise<T> {
  try {
    return await measure();
  } catch (error) {
    log(`${label} failed (${String(error).split('\n')[0].slice(0, 160)}); measuring it again`);
    return measure();
  }
}

// Node first, while no browser competes for the CPU.
const geometry = only === null ? geometryTable(await measureGeometry()) : '';
if (only === null) log('geometry measured');

const server = await startStaticServer({ '/dist/': `${root}dist/`, '/model-viewer/': modelViewerDir }, { ...allPages(root), ...manyPointsPages() });

// Lighthouse next, each run in its own fresh Chromium, before the benchmark's browser starts.
const lighthouse: Record<'ours' | 'theirs', LighthouseRun[]> = { ours: [], theirs: [] };
for (let run = 0; run < lighthouseRuns; run++) {
  const order = run % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
  for (const side of order) {
    const id = side === 'ours' ? 'acupoint-map' : 'model-viewer';
    const result = await once(`Lighthouse ${id}`, () => runLighthouse(`${server.base}/bench/${id}/clinic.html`));
    lighthouse[side].push(result);
    log(
      `Lighthouse ${run + 1}/${lighthouseRuns} ${id} (load ${loadavg()[0].toFixed(1)}): performance ${result.performance}, TBT ${result.totalBlockingTime.toFixed(0)} ms, ` +
        `CLS ${result.cumulativeLayoutShift.toFixed(3)}, LCP ${result.largestContentfulPaint.toFixed(0)} ms, accessibility ${result.accessibility}`,
    );
    log(`  ${result.why}`);
    if (side === 'ours' && result.warnings.length) log(`  short of full marks: ${result.warnings.join('; ')}`);
  }
}

if (only === 'lighthouse') {
  await server.close();
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  for (const side of ['ours', 'theirs'] as const) {
    const runs = lighthouse[side];
    const list = (pick: (run: LighthouseRun) => number, digits = 0) => {
      const values = runs.map(pick);
      return (
        `${median(values).toFixed(digits)} (min ${Math.min(...values).toFixed(digits)}, max ${Math.max(...values).toFixed(digits)}; ` +
        `runs ${values.map((value) => value.toFixed(digits)).join(', ')})`
      );
    };
    log(
      `${side === 'ours' ? 'acupoint-map' : 'model-viewer'}: performance ${list((r) => r.performance)}, TBT ${list((r) => r.totalBlockingTime)} ms, ` +
        `LCP ${list((r) => r.largestContentfulPaint)} ms, CLS ${list((r) => r.cumulativeLayoutShift, 3)}`,
    );
  }
  log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  process.exit(0);
}

const browser = await launchBrowser();
const chromiumVersion = browser.version();
const loadAtStart = loadavg();
const contenders: Record<'ours' | 'theirs', ContenderId> = { ours: 'acupoint-map', theirs: 'model-viewer' };
let results: Results;
try {
  const loads: Record<'ours' | 'theirs', LoadRun[]> = { ours: [], theirs: [] };
  for (let run = 0; run < runs; run++) {
    // Alternate who goes first, so a slow spell of the machine hits both alike.
    const order = run % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
    for (const side of order) {
      const result = await once(`load ${contenders[side]}`, () => measureLoad(browser, server.base, contenders[side]));
      loads[side].push(result);
      log(`load ${run + 1}/${runs} ${contenders[side]}: drawn at ${result.drawnAt.toFixed(0)} ms`);
    }
  }
  const interaction = {
    ours: await once('interaction acupoint-map', () => measureInteraction(browser, server.base, 'acupoint-map')),
    theirs: await once('interaction model-viewer', () => measureInteraction(browser, server.base, 'model-viewer')),
  };
  log('idle, drag and click measured');
  const twelve = {
    ours: await once('twelve acupoint-map', () => measureTwelve(browser, server.base, 'acupoint-map')),
    theirs: await once('twelve model-viewer', () => measureTwelve(browser, server.base, 'model-viewer')),
  };
  log('twelve widgets measured');
  const belowFold = {
    ours: await once('below the fold acupoint-map', () => measureBelowFold(browser, server.base, 'acupoint-map')),
    theirs: await once('below the fold model-viewer', () => measureBelowFold(browser, server.base, 'model-viewer')),
  };
  log('below the fold measured');
  const manyPoints = await once('4,000 points', () => measureManyPoints(browser, server.base));
  log('4,000 points measured');
  results = { runs, loads, interaction, twelve, belowFold, lighthouse, manyPoints };
} finally {
  await browser.close();
  await server.close();
}

const rows = buildRows(results);
const table = markdownTable(rows);
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpuModel()}, ${cpus().length} cores, no GPU (SwiftShader WebGL, software compositing); Chromium ${chromiumVersion} headless; load average ${loadAtStart[0].toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
const bundleBuilt = statSync(bundle).mtime.toISOString().slice(0, 16).replace('T', ' ');

console.log('');
console.log(table);
console.log('');
console.log(`${date}; ${machine}; model-viewer ${modelViewerVersion}.`);
console.log('');
console.log(geometry);

const perRun = (side: 'ours' | 'theirs') => results.loads[side].map((run) => run.drawnAt.toFixed(0)).join(', ');
const document = `# Benchmark: acupoint-map and model-viewer

Measured ${date} by \`npm run bench\` (scripts/bench.ts) on ${machine}. Bundle built ${bundleBuilt} UTC;
@google/model-viewer ${modelViewerVersion} (\`model-viewer.min.js\`, the full module bundle with three inside).

${table}

${geometry}

## How it is measured

- Both widgets are real pages served over HTTP by a local static server (no dev server),
  800 × 600 px, one script tag each, the same \`body.glb\`. Every page load is a fresh browser
  context (empty cache). model-viewer waits for a script at \`meshoptDecoderLocation\` before it
  uses its built-in meshopt decoder; the benchmark gives it an almost empty file.
- JavaScript: every response the page receives that is a script, gzipped here at level 9
  (servers differ; this is the same for both). acupoint-map's bundle is one file that also
  contains the lazily used meshopt decoder.
- Loaded and drawn: \`performance.now()\` (from navigation start) at the widget's \`load\` event;
  an injected probe wraps the WebGL draw calls and confirms that both widgets had drawn before
  they fired it (otherwise the first draw after it would count). ${results.runs} runs each,
  alternating which goes first; medians. Per run (ms): acupoint-map ${perRun('ours')};
  model-viewer ${perRun('theirs')}.
- Idle: draw calls counted at the WebGL API over 2 s after the page settled, mouse away.
- Twelve widgets: 12 elements with eager loading in a 4 × 3 grid; a widget counts as drawn when
  a screenshot of its 3D area is more than 2 % non-background; WebGL contexts are counted by
  wrapping \`getContext\`.
- Dragging: a performance trace while the mouse drags across the widget for 2 s; JavaScript
  time per frame is the union of script slices on the page's main thread between consecutive
  frame starts (frames with any script).
- Gap between frames while dragging: from the same trace, the time between the starts of
  consecutive main-thread frames (a frame the page could not start because the last one,
  its script, its copy of the picture or its paint was still running, shows as a long gap):
  how smoothly the figure follows the pointer. The widget is alone on its page.
- Lighthouse 12.2.3 with its default mobile preset (simulated slow 4G, 4x CPU slowdown) on
  the clinic demo page (demo/index.html and clinic.css) with the widget embedded exactly as
  README's snippet says (a style line reserving its box, the script tag, the element), and
  the same page with model-viewer's script and element in that place, its box reserved the
  same way; ${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'} each, alternating, each in a fresh Chromium;
  medians, with the lowest and highest run beside them (a run whose page was slowed by the
  rest of a shared machine weighs four times in Lighthouse's simulated phone). The server
  gzips text, as web servers do.
- First stage: the scripts the page downloads while the widget sits 4000 px below the fold
  (the 3D stage is requested only when it comes near); the 3D stage is what follows the scroll.
- Click: from the \`pointerdown\` timestamp on a marker to the first task after the frame that
  shows its panel (5 points).
- Geometry: Node, the shipped \`models/body.glb\` decoded; the BVH that placement, picking and
  marker occlusion use, 2000 rays from a circle around the body, closest points near the skin,
  and \`placeAll\` on the built-in set; medians of 9 runs (scripts/bench/geometry.ts).
- Below the fold: the widget sits under a 4000 px spacer with its default loading; requests to
  the server and WebGL contexts are counted for 3 s, then it is scrolled into view.
- 4,000 points: a points file of the built-in points copied over and over, each with a code
  of its own (8.3 MB), set as \`points-src\` on a loaded widget (scripts/bench/many-points.ts;
  also runs alone, for other sizes with \`--counts 1000,4000\`). The longest main-thread task is taken from a \`longtask\` observer while it
  loads; \`select()\` is timed from the call to the first task after the frame that paints the
  panel, 7 points spread over the set.

- Browser: the installed Chromium with SwiftShader for WebGL and \`--disable-gpu-compositing\`
  (the page composited in software, as Chrome does on a machine without a usable GPU; the
  same flags as the tests, scripts/browser.ts). With SwiftShader compositing instead, every
  page's first frame alone took 8 to 36 s here and both widgets' times were dominated by it:
  a run on 2026-11-23 measured load medians of 14.3 s for acupoint-map and 20.7 s for
  model-viewer (ratio 0.69). Without a GPU, model-viewer's copy of each frame into its 2D
  canvas is slow under software compositing; that is part of what the ratio below shows.

The machine is shared and has no GPU: absolute times are far slower than on a phone or laptop
with a GPU, and they vary with the load average above. The ratio to model-viewer, measured in
the same run, is the number to compare.
`;

if (write) {
  writeFileSync(`${root}docs/bench.md`, document);
  const readmePath = `${root}README.md`;
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf('<!-- bench:start -->');
  const end = readme.indexOf('<!-- bench:end -->');
  if (start >= 0 && end > start) {
    const section = `<!-- bench:start -->\n${table}\n\n${date}, ${machine}; model-viewer ${modelViewerVersion}. Method and per-run numbers: [docs/bench.md](https://github.com/acupoint-map/acupoint-map/blob/main/docs/bench.md).\n`;
    writeFileSync(readmePath, readme.slice(0, start) + section + readme.slice(end));
    log('wrote docs/bench.md and the README Performance table');
  } else {
    log('wrote docs/bench.md (README has no <!-- bench:start --> / <!-- bench:end --> markers)');
  }
}

const failed = rows.filter((row) => row.within === false);
if (failed.length) {
  console.log(`Out of budget: ${failed.map((row) => row.metric).join('; ')}`);
  process.exitCode = 1;
}
