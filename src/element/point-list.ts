import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ASHI } from '../catalogue/ashi.js';
import { ROLE_LABELS, UNPLACED_HEADING } from '../catalogue/labels.js';
import type { AcuPoint, PointRole } from '../catalogue/types.js';
import { plainPinyin } from './names.js';

const GROUPS = (Object.keys(ROLE_LABELS) as PointRole[]).map((role) => ({ role, heading: ROLE_LABELS[role].heading }));

/**
 * Every point as a button: the keyboard route to every point, and what remains when
 * there is no 3D view at all. The element renders it again only when the points or the
 * plan change (a guard): a selection marks its entry with `markCurrent`, so choosing a point
 * in a set of thousands does not re-render thousands of entries (issue 17).
 */
export function renderPointList(
  points: readonly AcuPoint[],
  selected: string | null,
  onSelect: (code: string, trigger: HTMLElement) => void,
  decorate: (point: AcuPoint) => TemplateResult | typeof nothing = () => nothing,
): TemplateResult {
  return html`${GROUPS.map(({ role, heading }) => {
    const members = points.filter((point) => point.role.kind === role);
    if (members.length === 0) return nothing;
    return html`
      <h2 id="list-${role}">${heading}</h2>
      <ul aria-labelledby="list-${role}">
        ${members.map(
          (point) => html`<li>
            <button
              data-code=${point.code}
              aria-current=${live(point.code === selected ? 'true' : 'false')}
              @click=${(event: Event) => onSelect(point.code, event.currentTarget as HTMLElement)}
            >
              <span class="code">${point.code}</span>
              <span class="name">${plainPinyin(point.pinyin)}${decorate(point)}</span>
              <span class="english">${point.english}</span>
            </button>
          </li>`,
        )}
      </ul>
    `;
  })}
  <h2 id="list-unplaced">${UNPLACED_HEADING}</h2>
  <details class="unplaced">
    <summary>
      <span class="code">${ASHI.code}</span>
      <span class="name">${plainPinyin(ASHI.pinyin)} <span lang="zh">${ASHI.hanzi}</span></span>
      <span class="english">${ASHI.english}</span>
    </summary>
    ${ASHI.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    <p class="sources">${ASHI.sources.join('; ')}</p>
  </details>`;
}

/** Mark the selected point's entry in the rendered list (and unmark the one before). */
export function markCurrent(root: ParentNode, selected: string | null): void {
  const list = root.querySelector('.point-list');
  if (!list) return;
  for (const button of list.querySelectorAll('button[aria-current="true"]')) {
    if (button.getAttribute('data-code') !== selected) button.setAttribute('aria-current', 'false');
  }
  if (selected !== null) list.querySelector(`button[data-code="${CSS.escape(selected)}"]`)?.setAttribute('aria-current', 'true');
}
