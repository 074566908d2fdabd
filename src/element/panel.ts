import { html, nothing, type TemplateResult } from 'lit';
import { locationLabel } from '../catalogue/labels.js';
import type { AcuPoint } from '../catalogue/types.js';
import type { Translator } from '../i18n/translator.js';
import { hanziFor, spokenTitle } from './names.js';

/** The cautions a point may have, in the order the panel lists them. */
const CAUTIONS = ['pregnancy', 'depth', 'structures', 'moxibustion'] as const;

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
 * A label and its value are joined by "label.separator" alone (no space in the template): Chinese
 * follows a label with "：" and no space.
 */
export function renderPointPanel(
  point: AcuPoint,
  audience: Audience,
  actions: PanelActions,
  extra: TemplateResult | typeof nothing = nothing,
  depth: PanelDepth | null,
  tr: Translator,
): TemplateResult {
  const patient = audience === 'patient';
  const hanzi = hanziFor(point.hanzi, tr.lang);
  return html`
    <header>
      <h2 id="panel-title">
        ${point.code} ${point.pinyin}<span class="hanzi">${hanzi.map(
          ({ text, lang }, i) => html`${i ? ' / ' : ''}<span lang=${lang}>${text}</span>`,
        )}</span>
      </h2>
      <button class="close" part="panel-close" @click=${actions.close} aria-label=${tr.t('panel.close', { name: spokenTitle(point, tr) })}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
    <p class="english">${point.english} · ${point.channel}</p>
    <div class="badges">
      <span class="badge">${tr.t(`role.${point.role.kind}.badge`)}</span>
      <span class="badge">${tr.t(point.laterality === 'bilateral' ? 'panel.bothSides' : 'panel.midline')}</span>
      ${point.altCodes?.length ? html`<span class="badge">${tr.t('panel.alsoCodes', { codes: tr.list(point.altCodes) })}</span>` : nothing}
    </div>

    <h3>${tr.t('panel.where')}</h3>
    ${patient
      ? html`<p>${point.location.patient}</p>
          <p class="exact"><em>${locationLabel(point, tr)}${tr.t('label.separator')}</em>${point.location.practitioner}</p>`
      : html`<p>${point.location.practitioner}</p>
          <p class="exact"><em>${tr.t('panel.plainWords')}${tr.t('label.separator')}</em>${point.location.patient}</p>`}

    <h3>${tr.t('panel.why')}</h3>
    <p>${point.role.reason}</p>

    ${extra}

    ${depth
      ? html`<details class="depth-details" ?open=${depth.open} @toggle=${(event: Event) => {
          const open = (event.currentTarget as HTMLDetailsElement).open;
          if (open !== depth.open) depth.toggled(open);
        }}>
          <summary>${tr.t('panel.depthSummary')}</summary>
          ${depth.open ? depth.content : nothing}
        </details>`
      : nothing}

    <details ?open=${!patient}>
      <summary>${tr.t('panel.needlingSummary')}</summary>
      <h3>${tr.t('panel.needling')}</h3>
      <p>
        ${tr.t('panel.needlingText', { depth: formatCunDepth(point.needling.depthCun, tr), angle: point.needling.angle, notes: point.needling.notes })}
      </p>
      <h3>${tr.t('panel.cautions')}</h3>
      <ul>
        ${CAUTIONS.map((kind) => {
          const text = point.cautions[kind];
          return text ? html`<li><strong>${tr.t(`panel.caution.${kind}`)}${tr.t('label.separator')}</strong>${text}</li>` : nothing;
        })}
        ${depth?.risk ? html`<li class="depth-risk"><strong>${tr.t('panel.caution.underPoint')}${tr.t('label.separator')}</strong>${depth.risk}</li>` : nothing}
      </ul>
    </details>

    <h3>${tr.t('panel.sources')}</h3>
    <ul class="sources">
      ${point.sources.map((source) => html`<li>${source.title}${source.detail ? html`, ${source.detail}` : nothing}</li>`)}
    </ul>

    <p class="disclaimer">
      ${tr.t('panel.disclaimer')}
      <button class="link-button" @click=${actions.showEvidence}>${tr.t('panel.aboutEvidence')}</button>
    </p>
  `;
}

/** "0.5 to 1 cun": a needling depth in the language's words and numbers. */
export function formatCunDepth([min, max]: readonly [number, number], tr: Translator): string {
  return min === max ? tr.t('cun.single', { cun: min }) : tr.t('cun.range', { min, max });
}
