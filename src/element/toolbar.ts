import { html, nothing, type TemplateResult } from 'lit';
import { VIEW_NAMES, type ViewName } from '../scene/body-view-types.js';

const VIEW_LABELS: Record<ViewName, string> = { back: 'Back', front: 'Front', left: 'Left', right: 'Right' };

export interface ToolbarState {
  pointCount: number;
  listOpen: boolean;
  /** Without WebGL there are no views to choose. */
  showViews: boolean;
  view: ViewName;
  evidenceOpen: boolean;
  /** The anatomy layer is on. */
  anatomy: boolean;
}

export interface ToolbarActions {
  toggleList(): void;
  setView(name: ViewName): void;
  toggleEvidence(trigger: HTMLElement): void;
  toggleAnatomy(): void;
}

/** The row over the view: the point list's button, the view presets, the anatomy switch, "About the evidence". */
export function renderToolbar(state: ToolbarState, actions: ToolbarActions): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <button class="chip" aria-expanded=${state.listOpen ? 'true' : 'false'} aria-controls="point-list" @click=${actions.toggleList}>
      Points (${state.pointCount})
    </button>
    ${state.showViews
      ? html`<div class="views" role="group" aria-label="View">
          ${VIEW_NAMES.map(
            (name) => html`<button aria-pressed=${state.view === name ? 'true' : 'false'} @click=${() => actions.setView(name)}>
              ${VIEW_LABELS[name]}
            </button>`,
          )}
        </div>`
      : nothing}
    ${state.showViews
      ? html`<button class="chip" aria-pressed=${state.anatomy ? 'true' : 'false'} @click=${actions.toggleAnatomy}>Anatomy</button>`
      : nothing}
    <span class="spacer"></span>
    <button
      class="chip"
      aria-pressed=${state.evidenceOpen ? 'true' : 'false'}
      @click=${(event: Event) => actions.toggleEvidence(event.currentTarget as HTMLElement)}
    >
      About the evidence
    </button>
  </div>`;
}
