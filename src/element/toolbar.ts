import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../i18n/translator.js';
import { VIEW_NAMES, type ViewName } from '../scene/body-view-types.js';

export interface ToolbarState {
  pointCount: number;
  listOpen: boolean;
  /** Without WebGL there are no views to choose. */
  showViews: boolean;
  /** The view button shown pressed: the preset the camera faces, null when it faces none. */
  view: ViewName | null;
  evidenceOpen: boolean;
  /** The anatomy layer is on. */
  anatomy: boolean;
  /** The narrow toolbar's menu is open. */
  moreOpen: boolean;
}

export interface ToolbarActions {
  toggleList(): void;
  setView(name: ViewName): void;
  toggleEvidence(trigger: HTMLElement): void;
  toggleAnatomy(): void;
  setMoreOpen(open: boolean): void;
}

/**
 * The row over the view: the point list's button, the view presets, the anatomy switch,
 * "About the evidence". On a narrow widget (styles.ts) it keeps one row: the views, the
 * anatomy switch and the evidence move into a "More" menu, the same buttons in the same
 * order, so keyboard and screen reader users meet them right after the menu button.
 */
export function renderToolbar(state: ToolbarState, actions: ToolbarActions, tr: Translator): TemplateResult {
  // A choice in the menu closes it; Escape closes it and gives focus back to its button.
  const onMenuClick = (event: Event) => {
    if (state.moreOpen && (event.target as HTMLElement).closest('button')) actions.setMoreOpen(false);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !state.moreOpen) return;
    event.stopPropagation();
    actions.setMoreOpen(false);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>('.more')?.focus();
  };
  return html`<div class="toolbar" part="toolbar" @keydown=${onKey}>
    <button class="chip list-button" aria-expanded=${state.listOpen ? 'true' : 'false'} aria-controls="point-list" @click=${actions.toggleList}>
      ${tr.t('toolbar.points', { count: state.pointCount })}
    </button>
    <button
      class="chip more"
      aria-expanded=${state.moreOpen ? 'true' : 'false'}
      aria-controls="more-items"
      aria-label=${tr.t('toolbar.more')}
      @click=${() => actions.setMoreOpen(!state.moreOpen)}
    >
      <span aria-hidden="true">⋯</span>
    </button>
    <div id="more-items" class="more-items" ?data-open=${state.moreOpen} @click=${onMenuClick}>
      ${state.showViews
        ? html`<div class="views" role="group" aria-label=${tr.t('toolbar.views')}>
            ${VIEW_NAMES.map(
              (name) => html`<button aria-pressed=${state.view === name ? 'true' : 'false'} @click=${() => actions.setView(name)}>
                ${tr.t(`toolbar.view.${name}`)}
              </button>`,
            )}
          </div>`
        : nothing}
      ${state.showViews
        ? html`<button class="chip" aria-pressed=${state.anatomy ? 'true' : 'false'} @click=${actions.toggleAnatomy}>${tr.t('toolbar.anatomy')}</button>`
        : nothing}
      <span class="spacer"></span>
      <button
        class="chip evidence"
        aria-pressed=${state.evidenceOpen ? 'true' : 'false'}
        @click=${(event: Event) => actions.toggleEvidence(event.currentTarget as HTMLElement)}
      >
        ${tr.t('toolbar.evidence')}
      </button>
    </div>
  </div>`;
}
