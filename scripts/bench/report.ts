// The benchmark's one table: metric | acupoint-map | model-viewer | budget | within budget?
import type { BelowFoldRun, Download, InteractionRun, LoadRun, TwelveRun } from './measure.js';
import type { LighthouseRun } from './lighthouse.js';
import type { ManyPointsRun } from './many-points.js';
import { median } from './trace-frames.js';

export interface Results {
  runs: number;
  loads: Record<'ours' | 'theirs', LoadRun[]>;
  interaction: Record<'ours' | 'theirs', InteractionRun>;
  twelve: Record<'ours' | 'theirs', TwelveRun>;
  belowFold: Record<'ours' | 'theirs', BelowFoldRun>;
  /** Lighthouse runs on the clinic page (none with --no-lighthouse). */
  lighthouse: Record<'ours' | 'theirs', LighthouseRun[]>;
  /** acupoint-map with a 4,000-point file (scripts/bench/many-points.ts). */
  manyPoints: ManyPointsRun;
}

export interface Row {
  metric: string;
  ours: string;
  theirs: string;
  budget: string;
  /** null: reported, no budget. */
  within: boolean | null;
}

export const BUDGET = {
  scriptGzipBytes: 190_000,
  firstStageGzipBytes: 40_000,
  lighthousePerformance: 90,
  /** select() to the painted panel with 4,000 points (issue 17). */
  manyPointsSelectMs: 100,
  tbtRatio: 0.2,
  layoutShift: 0.02,
  accessibility: 100,
  dragGapRatio: 0.2,
  modelBytes: 400_000,
  drawnRatio: 0.35,
  idleDraws: 0,
  widgets: 12,
};

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms` : 'n/a');
const sum = (downloads: Download[], key: 'bytes' | 'gzipBytes') => downloads.reduce((total, d) => total + d[key], 0);

/** The largest download of a run's scripts: every run downloads the same files. */
function scriptsOf(runs: LoadRun[]): Download[] {
  return runs[0]?.scripts ?? [];
}

export function buildRows(results: Results): Row[] {
  const rows: Row[] = [];
  const ourScripts = scriptsOf(results.loads.ours);
  const theirScripts = scriptsOf(results.loads.theirs);
  const ourGzip = sum(ourScripts, 'gzipBytes');
  const files = (downloads: Download[]) => `${downloads.length} file${downloads.length === 1 ? '' : 's'}`;
  rows.push({
    metric: 'JavaScript the page downloads for the widget (gzip -9)',
    ours: `${kB(ourGzip)} (${files(ourScripts)}, ${kB(sum(ourScripts, 'bytes'))} raw)`,
    theirs: `${kB(sum(theirScripts, 'gzipBytes'))} (${files(theirScripts)}, ${kB(sum(theirScripts, 'bytes'))} raw)`,
    budget: `≤ ${kB(BUDGET.scriptGzipBytes)}`,
    within: ourGzip <= BUDGET.scriptGzipBytes,
  });

  const model = results.loads.ours[0]?.models[0];
  const theirModel = results.loads.theirs[0]?.models[0];
  rows.push({
    metric: 'body.glb (as served; gzip -9 in brackets)',
    ours: model ? `${kB(model.bytes)} (${kB(model.gzipBytes)})` : 'not fetched',
    theirs: theirModel ? `${kB(theirModel.bytes)} (same file)` : 'not fetched',
    budget: `≤ ${kB(BUDGET.modelBytes)}`,
    within: !!model && model.bytes <= BUDGET.modelBytes,
  });

  const ourDrawn = median(results.loads.ours.map((run) => run.drawnAt));
  const theirDrawn = median(results.loads.theirs.map((run) => run.drawnAt));
  const ratio = ourDrawn / theirDrawn;
  rows.push({
    metric: `Navigation start to model loaded and drawn (median of ${results.runs}, alternating)`,
    ours: `${ms(ourDrawn)} (${ratio.toFixed(2)} ×)`,
    theirs: ms(theirDrawn),
    budget: `≤ ${BUDGET.drawnRatio} × model-viewer (${ms(theirDrawn * BUDGET.drawnRatio)})`,
    within: ratio <= BUDGET.drawnRatio,
  });

  const ourIdle = results.interaction.ours.idle;
  rows.push({
    metric: 'WebGL draw calls during 2 s idle',
    ours: `${ourIdle.draws}${ourIdle.ownCounter === null ? '' : ` (own counter: ${ourIdle.ownCounter})`}`,
    theirs: String(results.interaction.theirs.idle.draws),
    budget: `${BUDGET.idleDraws}`,
    within: ourIdle.draws <= BUDGET.idleDraws && (ourIdle.ownCounter ?? 0) <= BUDGET.idleDraws,
  });

  const twelve = (run: TwelveRun) => `${run.drawn}/12 drawn, ${run.contexts} WebGL context${run.contexts === 1 ? '' : 's'} (${run.seconds.toFixed(1)} s)`;
  rows.push({
    metric: 'Twelve widgets on one page',
    ours: twelve(results.twelve.ours),
    theirs: twelve(results.twelve.theirs),
    budget: 'all 12 drawn, 1 context',
    within: results.twelve.ours.drawn === BUDGET.widgets && results.twelve.ours.contexts === 1,
  });

  const firstStage = sum(results.belowFold.ours.firstStage, 'gzipBytes');
  rows.push({
    metric: 'First stage: JavaScript before the 3D stage is requested (gzip -9; widget far below the fold)',
    ours: `${kB(firstStage)} (${files(results.belowFold.ours.firstStage)}); 3D stage ${kB(sum(results.belowFold.ours.laterStage, 'gzipBytes'))} (${files(results.belowFold.ours.laterStage)})`,
    theirs: `${kB(sum(results.belowFold.theirs.firstStage, 'gzipBytes'))} (${files(results.belowFold.theirs.firstStage)})`,
    budget: `≤ ${kB(BUDGET.firstStageGzipBytes)}`,
    within: firstStage <= BUDGET.firstStageGzipBytes,
  });

  rows.push(...lighthouseRows(results.lighthouse));

  const gaps = (run: InteractionRun) => `${ms(run.gapMedian)} / ${ms(run.gapP95)} (${run.dragGaps.length + 1} frames)`;
  const ourGaps = results.interaction.ours;
  const theirGaps = results.interaction.theirs;
  rows.push({
    metric: 'Gap between frames while dragging a lone widget, median / p95',
    ours: `${gaps(ourGaps)} (p95 ${(ourGaps.gapP95 / theirGaps.gapP95).toFixed(2)} ×)`,
    theirs: gaps(theirGaps),
    budget: `p95 ≤ ${BUDGET.dragGapRatio} × model-viewer (${ms(theirGaps.gapP95 * BUDGET.dragGapRatio)})`,
    within: ourGaps.gapP95 <= theirGaps.gapP95 * BUDGET.dragGapRatio,
  });

  const drag = (run: InteractionRun) => `${ms(run.dragMedian)} / ${ms(run.dragP95)} (${run.dragFrames.length} frames)`;
  rows.push({
    metric: 'JavaScript per frame while dragging, median / p95',
    ours: drag(results.interaction.ours),
    theirs: drag(results.interaction.theirs),
    budget: 'reported',
    within: null,
  });

  const clicks = results.interaction.ours.clickToPanel;
  rows.push({
    metric: `Click on a marker to its panel painted (median of ${clicks.length})`,
    ours: clicks.length ? `${ms(median(clicks))} (max ${ms(Math.max(...clicks))})` : 'no marker visible',
    theirs: 'no built-in point panel',
    budget: 'reported',
    within: null,
  });

  const fold = (run: BelowFoldRun) =>
    `${run.modelRequestsBefore} model requests, ${run.contextsBefore} WebGL contexts before; ${run.modelRequestsAfter} request${
      run.modelRequestsAfter === 1 ? '' : 's'
    } and drawn after scrolling to it`;
  const ourFold = results.belowFold.ours;
  rows.push({
    metric: 'Widget 4000 px below the fold (default loading)',
    ours: fold(ourFold),
    theirs: fold(results.belowFold.theirs),
    budget: 'nothing fetched until scrolled near',
    within: ourFold.modelRequestsBefore === 0 && ourFold.contextsBefore === 0 && ourFold.modelRequestsAfter === 1 && ourFold.drawnAfterScroll,
  });
  const many = results.manyPoints;
  const selectMs = median(many.selectToPanel);
  rows.push({
    metric: `${many.points.toLocaleString('en')} points (${kB(many.fileBytes)} file): select() to painted panel (median of ${many.selectToPanel.length}); longest task while the file loads`,
    ours: `${ms(selectMs)}; longest task ${ms(many.longestTask)}, points in use after ${ms(many.loadToPoints)}`,
    theirs: 'n/a',
    budget: `≤ ${ms(BUDGET.manyPointsSelectMs)}`,
    within: selectMs <= BUDGET.manyPointsSelectMs,
  });
  return rows;
}

/** Lighthouse's numbers, the median of the runs for each (one run: that run). */
function lighthouseRows(runs: Record<'ours' | 'theirs', LighthouseRun[]>): Row[] {
  if (runs.ours.length === 0 || runs.theirs.length === 0) return [];
  const of = (side: 'ours' | 'theirs', key: keyof Omit<LighthouseRun, 'warnings' | 'why'>) => median(runs[side].map((run) => run[key]));
  // The median, then the spread (one slow run in five is common on a shared machine).
  const each = (side: 'ours' | 'theirs', key: keyof Omit<LighthouseRun, 'warnings' | 'why'>, format: (value: number) => string) => {
    const values = runs[side].map((run) => run[key]);
    if (values.length < 2) return format(of(side, key));
    return `${format(of(side, key))} (min ${format(Math.min(...values))}, max ${format(Math.max(...values))}; runs: ${values.map(format).join(', ')})`;
  };
  const score = (value: number) => String(Math.round(value));
  const shift = (value: number) => value.toFixed(3);
  const tbt = { ours: of('ours', 'totalBlockingTime'), theirs: of('theirs', 'totalBlockingTime') };
  const n = runs.ours.length;
  const label = (what: string) => `Lighthouse 12.2.3 mobile, clinic page: ${what}${n > 1 ? ` (median of ${n})` : ''}`;
  return [
    {
      metric: label('performance score'),
      ours: each('ours', 'performance', score),
      theirs: each('theirs', 'performance', score),
      budget: `≥ ${BUDGET.lighthousePerformance}`,
      within: of('ours', 'performance') >= BUDGET.lighthousePerformance,
    },
    {
      metric: label('total blocking time'),
      ours: `${each('ours', 'totalBlockingTime', ms)} (${(tbt.ours / tbt.theirs).toFixed(2)} ×)`,
      theirs: each('theirs', 'totalBlockingTime', ms),
      budget: `≤ ${BUDGET.tbtRatio} × model-viewer (${ms(tbt.theirs * BUDGET.tbtRatio)})`,
      within: tbt.ours <= tbt.theirs * BUDGET.tbtRatio,
    },
    {
      metric: label('cumulative layout shift'),
      ours: each('ours', 'cumulativeLayoutShift', shift),
      theirs: each('theirs', 'cumulativeLayoutShift', shift),
      budget: `≤ ${BUDGET.layoutShift}`,
      within: of('ours', 'cumulativeLayoutShift') <= BUDGET.layoutShift,
    },
    {
      metric: label('largest contentful paint'),
      ours: each('ours', 'largestContentfulPaint', ms),
      theirs: each('theirs', 'largestContentfulPaint', ms),
      budget: 'reported',
      within: null,
    },
    {
      metric: label('accessibility score'),
      ours: each('ours', 'accessibility', score),
      theirs: each('theirs', 'accessibility', score),
      budget: `${BUDGET.accessibility}`,
      within: of('ours', 'accessibility') >= BUDGET.accessibility,
    },
  ];
}

export function markdownTable(rows: Row[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| metric | acupoint-map | model-viewer | budget | within budget? |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${escape(row.metric)} | ${escape(row.ours)} | ${escape(row.theirs)} | ${escape(row.budget)} | ${
          row.within === null ? '—' : row.within ? 'yes' : '**no**'
        } |`,
    ),
  ].join('\n');
}
