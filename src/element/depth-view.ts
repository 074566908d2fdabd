/**
 * A point's depth view (`part="depth"`): a cross-section drawn from the model at the point,
 * with the skin, the structures cut by the plane, the needle at its angle with the textbook
 * depth range on this body, and the structure at risk with its distance. Drawn as inline
 * SVG from data; every label is a text binding, never markup.
 *
 * Distances measured on the model say so; published figures name their study.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ANATOMY_GROUPS } from '../catalogue/anatomy-groups.js';
import { cm, type PointDepth } from '../catalogue/depth.js';
import { spanWords } from '../catalogue/measurement-text.js';
import type { DepthAtRisk } from '../catalogue/data/depth-at-risk.js';
import type { AcuPoint } from '../catalogue/types.js';
import type { DepthSection, SectionRisk } from '../geometry/depth-section.js';
import { sentenceGap } from '../i18n/sentence-gap.js';
import type { Translator } from '../i18n/translator.js';
import type { UiKey } from '../i18n/ui/en.js';
import { formatCunDepth } from './panel.js';

/** What the panel shows of a point's depth: the numbers (null without the landmarks) and the drawing's state. */
export interface DepthPanel {
  code: string;
  depth: PointDepth | null;
  view: DepthViewState;
}

export type DepthViewState =
  | { status: 'loading' }
  | { status: 'ready'; section: DepthSection }
  /** `reason` says why in the widget's words; `detail` fills its `{reason}`. */
  | { status: 'unavailable'; reason: UiKey; detail?: string };

const GROUP_COLOR = new Map(ANATOMY_GROUPS.map((g) => [g.id as string, g.color]));
const SKIN_FILL = '#f6e1d6';
const SKIN_EDGE = '#8a5a47';
const NEEDLE = '#3b4250';
const RANGE = '#11683f';
const RISK = '#a61b1b';

const mm = (v: number) => Math.round(v * 10000) / 10;

function path(loops: number[][]): string {
  return loops
    .map((l) => {
      let d = `M${mm(l[0])} ${mm(l[1])}`;
      for (let i = 2; i < l.length; i += 2) d += `L${mm(l[i])} ${mm(l[i + 1])}`;
      return `${d}Z`;
    })
    .join('');
}

/** "Title, detail": a bibliographic citation, kept as published in every language. */
function citation(source: { title: string; detail?: string }): string {
  return source.detail ? `${source.title}, ${source.detail}` : source.title;
}

/** Centimetres with one decimal, in the language's numbers ("1,2" in German). */
function cmText(metres: number, tr: Translator): string {
  return tr.number(Number(cm(metres)), 1);
}

/**
 * The sentence naming the structure at risk with its distance (panel text, and the figure's
 * caption). `atRisk` is the depth data in the widget's language (the same facts as `depth.atRisk`).
 */
export function riskSentence(
  depth: PointDepth,
  risks: readonly SectionRisk[] | null,
  tr: Translator,
  atRisk: DepthAtRisk | null = depth.atRisk,
): string | null {
  if (!atRisk) return null;
  const parts: string[] = [];
  if (risks && risks.length) {
    const described = risks.map((r) => {
      const what = structureName(r.name, tr, false);
      return r.off < 0.002
        ? tr.t('depth.riskDeep', { what, depth: cmText(r.depth, tr) })
        : tr.t('depth.riskAway', { what, distance: cmText(Math.hypot(r.depth, r.off), tr), off: cmText(r.off, tr), depth: cmText(r.depth, tr) });
    });
    parts.push(tr.t('depth.riskMeasured', { structure: atRisk.structure, measured: described.join(tr.t('clause.separator')) }));
  } else {
    parts.push(tr.t('depth.risk', { structure: atRisk.structure }));
  }
  if (atRisk.published) {
    const [min, max] = atRisk.published.cm;
    parts.push(tr.t('depth.published', { min, max, text: atRisk.published.text }));
  }
  return parts.join(sentenceGap(tr));
}

/**
 * A structure node's name in words: "sciatic-nerve-left" -> "sciatic nerve"; `short` for the
 * drawing's labels: "vertebra-L2" -> "L2", "intervertebral-discs" -> "disc".
 */
function structureName(node: string, tr: Translator, short: boolean): string {
  const name = node.replace(/-(left|right)$/, '');
  const vertebra = /^vertebra-(.+)$/.exec(name);
  if (vertebra) return short ? vertebra[1] : tr.t('structure.vertebra', { level: vertebra[1] });
  const rib = /^rib-(\d+)$/.exec(name);
  if (rib) return tr.t('structure.rib', { number: rib[1] });
  if (short && name === 'intervertebral-discs') return tr.t('structure.disc');
  if (short && name === 'foot-bones') return tr.t('structure.foot');
  const key = `structure.${name}`;
  return tr.has(key) ? tr.t(key) : name.replace(/-/g, ' ');
}

/** Centre of a structure's largest loop inside the window, for its label. */
function labelPoint(loops: number[][], w: DepthSection['window']): [number, number] | null {
  let best: number[] | null = null;
  for (const l of loops) if (!best || l.length > best.length) best = l;
  if (!best) return null;
  let x = 0, y = 0, n = 0;
  for (let i = 0; i < best.length; i += 2) {
    const px = Math.min(Math.max(best[i], w.x0), w.x1);
    const py = Math.min(Math.max(best[i + 1], w.y0), w.y1);
    x += px;
    y += py;
    n++;
  }
  return [x / n, y / n];
}

function figure(point: AcuPoint, depth: PointDepth, s: DepthSection, tr: Translator, atRisk: DepthAtRisk | null): SVGTemplateResult {
  const w = s.window;
  const x0 = mm(w.x0), y0 = mm(w.y0), width = mm(w.x1 - w.x0), height = mm(w.y1 - w.y0);
  const fs = Math.max(2, width / 30);
  const n = s.needle;
  const at = (d: number) => [mm(n.x * d), mm(n.y * d)] as const;
  const [minX, minY] = at(depth.metres[0]);
  const [maxX, maxY] = at(depth.metres[1]);
  const [outX, outY] = at(-0.008);
  const risk = s.risks[0] ?? null;
  const atRiskNames = new Set(s.risks.map((r) => r.name));
  const structures = [...s.structures].sort((a, b) => Number(atRiskNames.has(a.name)) - Number(atRiskNames.has(b.name)));
  // Labels of the other structures, skipping any that would sit on one already placed.
  const placed: [number, number][] = [];
  const labels: SVGTemplateResult[] = [];
  for (const k of structures) {
    if (atRiskNames.has(k.name)) continue;
    const p = labelPoint(k.loops, w);
    if (!p) continue;
    const [lx, ly] = [mm(p[0]), mm(p[1])];
    if (Math.abs(lx) < fs * 3 || lx < x0 + fs * 7 || placed.some(([a, b]) => Math.abs(a - lx) < fs * 4 && Math.abs(b - ly) < fs * 1.4)) continue;
    placed.push([lx, ly]);
    labels.push(svg`<text x="${lx}" y="${ly + fs * 0.35}" font-size="${fs * 0.85}" text-anchor="middle" class="halo" fill="#4b5563">${structureName(k.name, tr, true)}</text>`);
  }
  const deepest = mm(w.y1);
  const step = deepest > 80 ? 20 : 10;
  const ticks: number[] = [];
  for (let d = 0; d <= deepest - 2; d += step) ticks.push(d);
  const rulerX = x0 + fs * 1.2;
  const side = point.laterality === 'bilateral';
  return svg`
    <svg viewBox="${x0} ${y0} ${width} ${height}" role="img" aria-labelledby="depth-title depth-desc" preserveAspectRatio="xMidYMid meet">
      <title id="depth-title">${tr.t('depth.figureTitle', { code: point.code })}</title>
      <desc id="depth-desc">${riskSentence(depth, s.risks, tr, atRisk) ?? tr.t('depth.figureNeedle', { code: point.code, depth: formatCunDepth(depth.cun, tr) })}</desc>
      <defs>
        <clipPath id="depth-window"><rect x="${x0}" y="${y0}" width="${width}" height="${height}"></rect></clipPath>
        <style>.halo { paint-order: stroke; stroke: #fbfaf8; stroke-width: ${fs * 0.3}px; stroke-linejoin: round; }</style>
      </defs>
      <g clip-path="url(#depth-window)">
        <path d="${path(s.skin)}" fill="${SKIN_FILL}" stroke="${SKIN_EDGE}" stroke-width="${fs * 0.16}" fill-rule="evenodd"></path>
        ${structures.map((k) => svg`<path d="${path(k.loops)}" fill="${GROUP_COLOR.get(k.group) ?? '#ddd'}"
            stroke="${atRiskNames.has(k.name) ? RISK : 'rgba(0,0,0,0.35)'}" stroke-width="${atRiskNames.has(k.name) ? fs * 0.22 : fs * 0.07}" fill-rule="evenodd"></path>`)}
        ${labels}
        ${risk
          ? svg`<line x1="${outX}" y1="${outY}" x2="${at(risk.depth)[0]}" y2="${at(risk.depth)[1]}" stroke="${NEEDLE}" stroke-width="${fs * 0.08}" stroke-dasharray="${fs * 0.4} ${fs * 0.3}"></line>`
          : nothing}
        <line x1="${outX}" y1="${outY}" x2="${maxX}" y2="${maxY}" stroke="${NEEDLE}" stroke-width="${fs * 0.14}" stroke-linecap="round"></line>
        <line x1="${minX}" y1="${minY}" x2="${maxX}" y2="${maxY}" stroke="${RANGE}" stroke-width="${fs * 0.5}" stroke-linecap="round" opacity="0.9"></line>
        <rect x="${outX - fs * 0.4}" y="${outY - fs * 1.5}" width="${fs * 0.8}" height="${fs * 1.5}" rx="${fs * 0.2}" fill="${NEEDLE}"
          transform="rotate(${(-Math.atan2(n.x, n.y) * 180) / Math.PI} ${outX} ${outY})"></rect>
        <text x="${x0 + width - fs * 0.6}" y="${y0 + height - fs * 0.9}" font-size="${fs * 0.85}" fill="${RANGE}" font-weight="600" text-anchor="end" class="halo">${tr.t('depth.figureRange', { depth: formatCunDepth(depth.cun, tr), min: cmText(depth.metres[0], tr), max: cmText(depth.metres[1], tr) })}</text>
        ${s.risks.map((r, i) => {
          const [rx, ry] = at(r.depth);
          const ty = ry + i * fs * 0.2;
          const label = `${structureName(r.name, tr, true)} ${tr.t('depth.figureCm', { cm: cmText(r.depth, tr) })}`;
          // Right of the needle, unless the label would run off the figure.
          const right = rx + fs * 2.5 + label.length * fs * 0.52 < x0 + width;
          const lx = right ? rx + fs * 2.2 : rx - fs * 2.2;
          return svg`<circle cx="${rx}" cy="${ry}" r="${fs * 0.28}" fill="${RISK}"></circle>
            <line x1="${rx}" y1="${ry}" x2="${lx}" y2="${ty}" stroke="${RISK}" stroke-width="${fs * 0.08}"></line>
            <text x="${right ? lx + fs * 0.3 : lx - fs * 0.3}" y="${ty + fs * 0.35}" text-anchor="${right ? 'start' : 'end'}" font-size="${fs * 0.9}" fill="${RISK}" font-weight="600" class="halo">${label}</text>`;
        })}
        <text x="${x0 + fs * 0.6}" y="${y0 + fs * 1.1}" font-size="${fs * 0.85}" fill="${SKIN_EDGE}" class="halo">${tr.t('depth.figureSkin', { code: point.code })}</text>
        <text x="${x0 + width - fs * 0.6}" y="${y0 + fs * 1.1}" font-size="${fs * 0.85}" fill="#4b5563" text-anchor="end" class="halo">${side ? tr.t('depth.figureMidline') : ''}</text>
        <line x1="${rulerX}" y1="0" x2="${rulerX}" y2="${ticks[ticks.length - 1]}" stroke="#374151" stroke-width="${fs * 0.08}"></line>
        ${ticks.map((t) => svg`<line x1="${rulerX}" y1="${t}" x2="${rulerX + fs * 0.6}" y2="${t}" stroke="#374151" stroke-width="${fs * 0.08}"></line>
          <text x="${rulerX + fs * 0.8}" y="${t + fs * 0.3}" font-size="${fs * 0.75}" fill="#374151" class="halo">${tr.t('depth.figureCm', { cm: t / 10 })}</text>`)}
      </g>
    </svg>`;
}

/**
 * The depth view for one point: figure (when measured) and caption. `point` and `atRisk`
 * are in the widget's language (`depth` holds the same facts as measured).
 */
export function renderDepthView(
  point: AcuPoint,
  depth: PointDepth | null,
  state: DepthViewState,
  tr: Translator,
  atRisk: DepthAtRisk | null = depth?.atRisk ?? null,
): TemplateResult {
  if (!depth) return html`<figure part="depth" class="depth"><figcaption>${tr.t('depth.noLandmarks')}</figcaption></figure>`;
  const needle = tr.t('depth.needle', {
    depth: formatCunDepth(depth.cun, tr),
    angle: point.needling.angle,
    min: cmText(depth.metres[0], tr),
    max: cmText(depth.metres[1], tr),
    cunCm: cmText(depth.cunLength, tr),
    span: spanWords(depth.span, depth.span.replace(/-/g, ' '), tr),
  });
  const risks = state.status === 'ready' ? state.section.risks : null;
  const risk = riskSentence(depth, risks, tr, atRisk);
  const source = depth.atRisk?.published?.source;
  // Sentences in a row: a space between them, none in Chinese (the template adds no
  // whitespace of its own, which would show as a space).
  const gap = sentenceGap(tr);
  return html`
    <figure part="depth" class="depth">
      ${state.status === 'ready'
        ? figure(point, depth, state.section, tr, atRisk)
        : state.status === 'loading'
          ? html`<div class="depth-wait" role="status">${tr.t('depth.drawing')}</div>`
          : html`<p class="depth-wait">${tr.t(state.reason, { reason: state.detail ?? '' })}</p>`}
      <figcaption><span>${needle}</span>${gap}${risk
          ? html`<span class="depth-risk">${risk}</span>`
          : html`<span>${tr.t(state.status === 'ready' && state.section.structures.length === 0 ? 'depth.noRiskUncovered' : 'depth.noRisk')}</span>`}${source
          ? html`${gap}<span class="depth-source">${tr.t('depth.source', { source: citation(source) })}</span>`
          : nothing}</figcaption>
    </figure>
  `;
}
