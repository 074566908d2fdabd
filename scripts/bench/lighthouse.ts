// Lighthouse (12.2.3, its default mobile preset: a mid-range phone's screen, simulated slow
// 4G and a 4x slower CPU) on the clinic demo page, for each contender: performance score,
// total blocking time, cumulative layout shift, largest contentful paint and the
// accessibility score. Each run gets its own fresh Chromium (the installed one, the same
// flags as the rest of the benchmark), as Lighthouse expects.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../browser.js';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** ms */
  totalBlockingTime: number;
  cumulativeLayoutShift: number;
  /** ms */
  largestContentfulPaint: number;
  /** Audits that did not score full marks in performance or accessibility, by id (for reading). */
  warnings: string[];
  /**
   * What a slow run spent its time on, for the log: the LCP element and LCP's phases, and the
   * longest tasks as Lighthouse simulated them (the script each is attributed to).
   */
  why: string;
}

export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility'],
      // The machine is slow and shared: give the page time instead of a partial trace.
      maxWaitForLoad: 120_000,
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const warnings = Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]))
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
    return {
      why: explain(lhr),
      performance: score('performance'),
      accessibility: score('accessibility'),
      totalBlockingTime: audit('total-blocking-time'),
      cumulativeLayoutShift: audit('cumulative-layout-shift'),
      largestContentfulPaint: audit('largest-contentful-paint'),
      warnings,
    };
  } finally {
    chrome.kill();
  }
}

type Item = Record<string, unknown>;

/** The LCP element, LCP's phases and the three longest simulated tasks of a report. */
export function explain(lhr: { audits: Record<string, { details?: unknown } | undefined> }): string {
  const tables = ((lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: Item[] }[] } | undefined)?.items ?? []).map(
    (table) => table.items ?? [],
  );
  const node = tables[0]?.[0]?.node as { selector?: string; snippet?: string } | undefined;
  const element = node ? (node.selector ?? node.snippet ?? '?').split(' > ').slice(-2).join(' > ') : 'none';
  const phases = (tables[1] ?? []).map((phase) => `${String(phase.phase)} ${Number(phase.timing).toFixed(0)}`).join(', ');
  const tasks = ((lhr.audits['long-tasks']?.details as { items?: Item[] } | undefined)?.items ?? [])
    .map((task) => ({ ms: Number(task.duration), at: Number(task.startTime), url: String(task.url).split('/').pop() }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((task) => `${task.ms.toFixed(0)} ms at ${task.at.toFixed(0)} (${task.url})`)
    .join('; ');
  return `LCP element ${element} (${phases}); longest tasks: ${tasks || 'none'}`;
}
