import { html, nothing, type TemplateResult } from 'lit';
import { locationLabel, ROLE_LABELS } from '../catalogue/labels.js';
import type { AcuPoint } from '../catalogue/types.js';
import { plainPinyin } from './names.js';

/** Who reads the panel: plain words for patients, the standard's terms otherwise. */
export type Audience = 'patient' | 'practitioner' | 'student';

/** The depth view's place in the panel: open or not, and what it holds. */
export interface PanelDepth {
  open: boolean;
  toggled(open: boolean): void;
  content: TemplateResult | typeof nothing;
  /** "Structure at risk: ... cm" for the needling section, when known. */
  risk: string | null;
}

export interface PanelActions {
  close(): void;
  showEvidence(): void;
}

/**
 * The description panel of one point. Every string from the point data goes through
 * Lit's text bindings, so markup inside a `points-src` file shows as text and never runs.
 */
export function renderPointPanel(
  point: AcuPoint,
  audience: Audience,
  actions: PanelActions,
  extra: TemplateResult | typeof nothing = nothing,
  depth: PanelDepth | null = null,
): TemplateResult {
  const patient = audience === 'patient';
  const { hanzi } = point;
  const hanziText = hanzi.traditional === hanzi.simplified ? hanzi.traditional : `${hanzi.traditional} / ${hanzi.simplified}`;
  return html`
    <header>
      <h2 id="panel-title">
        ${point.code} ${point.pinyin}<span class="hanzi" lang="zh">${hanziText}</span>
      </h2>
      <button class="close" part="panel-close" @click=${actions.close} aria-label="Close ${point.code} ${plainPinyin(point.pinyin)}">
        <span aria-hidden="true">×</span>
      </button>
    </header>
    <p class="english">${point.english} · ${point.channel}</p>
    <div class="badges">
      <span class="badge">${ROLE_LABELS[point.role.kind].badge}</span>
      <span class="badge">${point.laterality === 'bilateral' ? 'Both sides' : 'Midline'}</span>
      ${point.altCodes?.length ? html`<span class="badge">Also ${point.altCodes.join(', ')}</span>` : nothing}
    </div>

    <h3>Where it is</h3>
    ${patient
      ? html`<p>${point.location.patient}</p>
          <p class="exact"><em>${locationLabel(point)}:</em> ${point.location.practitioner}</p>`
      : html`<p>${point.location.practitioner}</p>
          <p class="exact"><em>In plain words:</em> ${point.location.patient}</p>`}

    <h3>Why it is used for low back pain</h3>
    <p>${point.role.reason}</p>

    ${extra}

    ${depth
      ? html`<details class="depth-details" ?open=${depth.open} @toggle=${(event: Event) => {
          const open = (event.currentTarget as HTMLDetailsElement).open;
          if (open !== depth.open) depth.toggled(open);
        }}>
          <summary>Under the skin: depth view</summary>
          ${depth.open ? depth.content : nothing}
        </details>`
      : nothing}

    <details ?open=${!patient}>
      <summary>Needling and cautions</summary>
      <h3>Needling</h3>
      <p>
        ${formatDepth(point.needling.depthCun)}, ${point.needling.angle}. ${point.needling.notes}
      </p>
      <h3>Cautions</h3>
      <ul>
        ${point.cautions.pregnancy ? html`<li><strong>Pregnancy:</strong> ${point.cautions.pregnancy}</li>` : nothing}
        ${point.cautions.depth ? html`<li><strong>Depth:</strong> ${point.cautions.depth}</li>` : nothing}
        ${point.cautions.structures ? html`<li><strong>Nearby structures:</strong> ${point.cautions.structures}</li>` : nothing}
        ${point.cautions.moxibustion ? html`<li><strong>Moxibustion:</strong> ${point.cautions.moxibustion}</li>` : nothing}
        ${depth?.risk ? html`<li class="depth-risk"><strong>Under the point:</strong> ${depth.risk}</li>` : nothing}
      </ul>
    </details>

    <h3>Sources</h3>
    <ul class="sources">
      ${point.sources.map((source) => html`<li>${source.title}${source.detail ? html`, ${source.detail}` : nothing}</li>`)}
    </ul>

    <p class="disclaimer">
      For education only, not medical advice.
      <button class="link-button" @click=${actions.showEvidence}>About the evidence</button>
    </p>
  `;
}

function formatDepth([min, max]: [number, number]): string {
  return min === max ? `${min} cun` : `${min} to ${max} cun`;
}
