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
import type { AcuPoint } from '../catalogue/types.js';
import type { DepthSection, SectionRisk } from '../geometry/depth-section.js';

export type DepthViewState =
  | { status: 'loading' }
  | { status: 'ready'; section: DepthSection }
  | { status: 'unavailable'; reason: string };

const GROUP_COLOR = new Map(ANATOMY_GROUPS.map((g) => [g.id as string, g.color]));
const SKIN_FILL = '#f6e1d6';
const SKIN_EDGE = '#a8735e';
const NEEDLE = '#3b4250';
const RANGE = '#1f8a5b';
const RISK = '#c0392b';

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

function fmtCun([a, b]: [number, number]): string {
  return a === b ? `${a} cun` : `${a} to ${b} cun`;
}

/** The sentence naming the structure at risk with its distance (panel text, and the figure's caption). */
export function riskSentence(depth: PointDepth, risks: readonly SectionRisk[] | null): string | null {
  const atRisk = depth.atRisk;
  if (!atRisk) return null;
  const parts: string[] = [];
  if (risks && risks.length) {
    const described = risks.map((r) => {
      const what = r.name.replace(/-(left|right)$/, '').replace(/-/g, ' ').replace(/^vertebra /, 'vertebra ');
      return r.off < 0.002
        ? `${what} ${cm(r.depth)} cm deep`
        : `${what} ${cm(Math.hypot(r.depth, r.off))} cm away (${cm(r.off)} cm beside the needle line at ${cm(r.depth)} cm deep)`;
    });
    parts.push(`Structure at risk: ${atRisk.structure}. On this model: ${described.join('; ')} (measured on the generated model, not a population value).`);
  } else {
    parts.push(`Structure at risk: ${atRisk.structure}.`);
  }
  if (atRisk.published) {
    const [a, b] = atRisk.published.cm;
    parts.push(`Published: typically ${a} to ${b} cm. ${atRisk.published.text}`);
  }
  return parts.join(' ');
}

function figure(point: AcuPoint, depth: PointDepth, s: DepthSection): SVGTemplateResult {
  const w = s.window;
  const x0 = mm(w.x0), y0 = mm(w.y0), width = mm(w.x1 - w.x0), height = mm(w.y1 - w.y0);
  const fs = Math.max(2.4, width / 24);
  const n = s.needle;
  const at = (d: number) => [mm(n.x * d), mm(n.y * d)] as const;
  const [minX, minY] = at(depth.metres[0]);
  const [maxX, maxY] = at(depth.metres[1]);
  const [outX, outY] = at(-0.009);
  const risk = s.risks[0] ?? null;
  const riskAt = risk ? at(risk.depth) : null;
  const atRiskNames = new Set(s.risks.map((r) => r.name));
  const structures = [...s.structures].sort((a, b) => Number(atRiskNames.has(a.name)) - Number(atRiskNames.has(b.name)));
  const scaleCm = width > 90 ? 2 : 1;
  const towardMidline = point.laterality === 'bilateral';
  return svg`
    <svg viewBox="${x0} ${y0} ${width} ${height}" role="img" aria-labelledby="depth-title depth-desc" preserveAspectRatio="xMidYMid meet">
      <title id="depth-title">Cross-section at ${point.code}</title>
      <desc id="depth-desc">${riskSentence(depth, s.risks) ?? `The needle at ${point.code}, ${fmtCun(depth.cun)}.`}</desc>
      <defs><clipPath id="depth-window"><rect x="${x0}" y="${y0}" width="${width}" height="${height}"></rect></clipPath></defs>
      <g clip-path="url(#depth-window)">
        <path d="${path(s.skin)}" fill="${SKIN_FILL}" stroke="${SKIN_EDGE}" stroke-width="${fs * 0.18}" fill-rule="evenodd"></path>
        ${structures.map((k) => svg`<path d="${path(k.loops)}" fill="${GROUP_COLOR.get(k.group) ?? '#ddd'}"
            stroke="${atRiskNames.has(k.name) ? RISK : 'rgba(0,0,0,0.35)'}" stroke-width="${atRiskNames.has(k.name) ? fs * 0.28 : fs * 0.08}" fill-rule="evenodd"></path>`)}
        <line x1="${outX}" y1="${outY}" x2="${maxX}" y2="${maxY}" stroke="${NEEDLE}" stroke-width="${fs * 0.16}" stroke-linecap="round"></line>
        <line x1="${minX}" y1="${minY}" x2="${maxX}" y2="${maxY}" stroke="${RANGE}" stroke-width="${fs * 0.55}" stroke-linecap="round" opacity="0.85"></line>
        <rect x="${outX - fs * 0.45}" y="${outY - fs * 1.6}" width="${fs * 0.9}" height="${fs * 1.6}" rx="${fs * 0.2}" fill="${NEEDLE}"
          transform="rotate(${(-Math.atan2(n.x, n.y) * 180) / Math.PI} ${outX} ${outY})"></rect>
        ${riskAt
          ? svg`<line x1="0" y1="0" x2="${riskAt[0]}" y2="${riskAt[1]}" stroke="${RISK}" stroke-width="${fs * 0.12}" stroke-dasharray="${fs * 0.5} ${fs * 0.35}"
              transform="translate(${fs * 1.1 * n.y} ${-fs * 1.1 * n.x})"></line>
            <circle cx="${riskAt[0]}" cy="${riskAt[1]}" r="${fs * 0.32}" fill="${RISK}"></circle>
            <text x="${riskAt[0] + fs * 0.8}" y="${riskAt[1] + fs * 0.35}" font-size="${fs}" fill="${RISK}" font-weight="600">${risk!.name.replace(/-(left|right)$/, '').replace(/-/g, ' ')} ${cm(risk!.depth)} cm</text>`
          : nothing}
        <text x="${maxX + fs * 0.8}" y="${(minY + maxY) / 2}" font-size="${fs}" fill="${RANGE}" font-weight="600">${fmtCun(depth.cun)}</text>
        <text x="${maxX + fs * 0.8}" y="${(minY + maxY) / 2 + fs * 1.15}" font-size="${fs * 0.85}" fill="${RANGE}">${cm(depth.metres[0])} to ${cm(depth.metres[1])} cm</text>
        <text x="${x0 + fs * 0.5}" y="${y0 + fs * 1.2}" font-size="${fs * 0.85}" fill="${SKIN_EDGE}">skin</text>
        <text x="${x0 + width - fs * 0.5}" y="${y0 + fs * 1.2}" font-size="${fs * 0.85}" fill="#555" text-anchor="end">${towardMidline ? 'midline →' : ''}</text>
        <line x1="${x0 + fs}" y1="${y0 + height - fs}" x2="${x0 + fs + scaleCm * 10}" y2="${y0 + height - fs}" stroke="#333" stroke-width="${fs * 0.15}"></line>
        <text x="${x0 + fs}" y="${y0 + height - fs * 1.4}" font-size="${fs * 0.8}" fill="#333">${scaleCm} cm</text>
      </g>
    </svg>`;
}

/** The depth view for one point: figure (when measured) and caption. */
export function renderDepthView(point: AcuPoint, depth: PointDepth | null, state: DepthViewState): TemplateResult {
  if (!depth) return html`<figure part="depth" class="depth"><figcaption>No depth view: this body model lacks the landmarks to measure a cun here.</figcaption></figure>`;
  const needle = `Needle ${fmtCun(depth.cun)}, ${point.needling.angle}: ${cm(depth.metres[0])} to ${cm(depth.metres[1])} cm on this body (1 cun = ${cm(depth.cunLength)} cm, the B-cun of the ${depth.span.replace(/-/g, ' ')} span).`;
  const risks = state.status === 'ready' ? state.section.risks : null;
  const risk = riskSentence(depth, risks);
  const source = depth.atRisk?.published?.source;
  return html`
    <figure part="depth" class="depth">
      ${state.status === 'ready'
        ? figure(point, depth, state.section)
        : state.status === 'loading'
          ? html`<div class="depth-wait" role="status">Drawing the cross-section…</div>`
          : html`<p class="depth-wait">${state.reason}</p>`}
      <figcaption>
        <span>${needle}</span>
        ${risk ? html` <span class="depth-risk">${risk}</span>` : html` <span>No structure at risk is recorded for this point${state.status === 'ready' && state.section.structures.length === 0 ? '; the anatomy model has nothing for this region' : ''}.</span>`}
        ${source ? html` <span class="depth-source">Source: ${source.title}${source.detail ? `, ${source.detail}` : ''}.</span>` : nothing}
      </figcaption>
    </figure>
  `;
}
