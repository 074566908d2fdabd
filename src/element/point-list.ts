import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ASHI } from '../catalogue/ashi.js';
import { ROLE_ORDER } from '../catalogue/labels.js';
import type { AcuPoint } from '../catalogue/types.js';
import type { Translator } from '../i18n/translator.js';
import { hanziFor, plainPinyin } from './names.js';

/** For a Chinese reader, the name they know (肾俞) after the pinyin. */
function chineseName(point: AcuPoint, tr: Translator): TemplateResult | typeof nothing {
  if (!tr.lang.startsWith('zh')) return nothing;
  const [{ text, lang }] = hanziFor(point.hanzi, tr.lang);
  return html` <span lang=${lang}>${text}</span>`;
}

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
  decorate: (point: AcuPoint) => TemplateResult | typeof nothing,
  tr: Translator,
  ashi: typeof ASHI = ASHI,
): TemplateResult {
  return html`${ROLE_ORDER.map((role) => {
    const members = points.filter((point) => point.role.kind === role);
    if (members.length === 0) return nothing;
    return html`
      <h2 id="list-${role}">${tr.t(`role.${role}.heading`)}</h2>
      <ul aria-labelledby="list-${role}">
        ${members.map(
          (point) => html`<li>
            <button
              data-code=${point.code}
              aria-current=${live(point.code === selected ? 'true' : 'false')}
              @click=${(event: Event) => onSelect(point.code, event.currentTarget as HTMLElement)}
            >
              <span class="code">${point.code}</span>
              <span class="name">${plainPinyin(point.pinyin)}${chineseName(point, tr)}${decorate(point)}</span>
              <span class="english">${point.english}</span>
            </button>
          </li>`,
        )}
      </ul>
    `;
  })}
  <h2 id="list-unplaced">${tr.t('list.unplaced')}</h2>
  <details class="unplaced">
    <summary>
      <span class="code">${ashi.code}</span>
      <span class="name">${plainPinyin(ashi.pinyin)} <span lang=${tr.lang.startsWith('zh') ? tr.lang : 'zh'}>${ashi.hanzi}</span></span>
      <span class="english">${ashi.english}</span>
    </summary>
    ${ashi.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    <p class="sources">${ashi.sources.join('; ')}</p>
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
