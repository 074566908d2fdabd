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
  /** The "More" menu is open. */
  moreOpen: boolean;
  /** How many of the toolbar's groups, the least used first, are in the "More" menu (toolbar-fit-controller.ts). */
  folded: number;
}

export interface ToolbarActions {
  toggleList(): void;
  setView(name: ViewName): void;
  toggleEvidence(trigger: HTMLElement): void;
  toggleAnatomy(): void;
  setMoreOpen(open: boolean): void;
}

/** The toolbar's groups after the list button, most used first: the last ones fold into the menu first. */
export type ToolbarGroup = 'views' | 'anatomy' | 'evidence';

/** The groups this toolbar has (no views nor anatomy without WebGL). */
export function toolbarGroups(showViews: boolean): ToolbarGroup[] {
  return showViews ? ['views', 'anatomy', 'evidence'] : ['evidence'];
}

/**
 * The row over the view: the point list's button, the view presets, the anatomy switch,
 * "About the evidence". It is always one row: the groups that do not fit, the least used
 * first (the evidence, then the anatomy switch, then the views), move into a "More" menu at
 * its end, in the same order, so keyboard and screen reader users meet them right after
 * the menu button. Which fit is measured (toolbar-fit-controller.ts), not guessed from a width.
 */
export function renderToolbar(state: ToolbarState, actions: ToolbarActions, tr: Translator): TemplateResult {
  const groups = toolbarGroups(state.showViews);
  const folded = Math.min(state.folded, groups.length);
  const inline = groups.slice(0, groups.length - folded);
  const inMenu = groups.slice(groups.length - folded);
  const more = (from: Element) => from.closest('.toolbar')?.querySelector<HTMLElement>('.more') ?? null;
  // A choice in the menu closes it; focus goes back to the menu's button, as the choice is
  // no longer on screen. Escape closes it the same way.
  const onMenuClick = (event: Event) => {
    if (!state.moreOpen || !(event.target as HTMLElement).closest('button')) return;
    actions.setMoreOpen(false);
    more(event.currentTarget as Element)?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !state.moreOpen) return;
    event.stopPropagation();
    actions.setMoreOpen(false);
    more(event.currentTarget as Element)?.focus();
  };
  const render = (group: ToolbarGroup, menu: boolean): TemplateResult => {
    switch (group) {
      case 'views':
        return html`<div class="views" role="group" aria-label=${tr.t('toolbar.views')} data-group="views">
          ${VIEW_NAMES.map(
            (name) => html`<button aria-pressed=${state.view === name ? 'true' : 'false'} @click=${() => actions.setView(name)}>
              ${tr.t(`toolbar.view.${name}`)}
            </button>`,
          )}
        </div>`;
      case 'anatomy':
        return html`<button class="chip" data-group="anatomy" aria-pressed=${state.anatomy ? 'true' : 'false'} @click=${actions.toggleAnatomy}>
          ${tr.t('toolbar.anatomy')}
        </button>`;
      case 'evidence':
        // From the menu, focus comes back to the menu's button when the evidence closes.
        return html`<button
          class="chip evidence"
          data-group="evidence"
          aria-pressed=${state.evidenceOpen ? 'true' : 'false'}
          @click=${(event: Event) => {
            const button = event.currentTarget as HTMLElement;
            actions.toggleEvidence((menu && more(button)) || button);
          }}
        >
          ${tr.t('toolbar.evidence')}
        </button>`;
    }
  };
  return html`<div class="toolbar" part="toolbar" @keydown=${onKey}>
    <button class="chip list-button" aria-expanded=${state.listOpen ? 'true' : 'false'} aria-controls="point-list" @click=${actions.toggleList}>
      ${tr.t('toolbar.points', { count: state.pointCount })}
    </button>
    ${inline.filter((group) => group !== 'evidence').map((group) => render(group, false))}
    <span class="spacer"></span>
    ${inline.includes('evidence') ? render('evidence', false) : nothing}
    ${inMenu.length
      ? html`<button
            class="chip more"
            aria-expanded=${state.moreOpen ? 'true' : 'false'}
            aria-controls="more-items"
            aria-label=${tr.t('toolbar.more', { items: tr.and(inMenu.map((group) => tr.t(`toolbar.more.${group}`))) })}
            @click=${() => actions.setMoreOpen(!state.moreOpen)}
          >
            <span aria-hidden="true">⋯</span>
          </button>
          <div id="more-items" class="more-items" ?data-open=${state.moreOpen} @click=${onMenuClick}>
            ${inMenu.map((group) => render(group, true))}
          </div>`
      : nothing}
  </div>`;
}
