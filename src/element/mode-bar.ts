import { html, nothing, type TemplateResult } from 'lit';
import type { Protocol } from '../catalogue/protocols.js';

/**
 * The bar at the foot of the view with each audience's tools: the practitioner's protocol
 * picker and plan actions, the student's drawing toggles and quiz, and for a patient who
 * opened a plan link, a way to print it.
 */
export interface PractitionerBarOptions {
  protocols: readonly Protocol[];
  protocolId: string | null;
  plan: readonly string[];
  /** "Link copied" or the link itself when the clipboard refused. */
  linkStatus: { copied: boolean; link: string } | null;
  chooseProtocol(id: string | null): void;
  copyLink(): void;
  print(): void;
  clearPlan(): void;
}

export function renderPractitionerBar(options: PractitionerBarOptions): TemplateResult {
  const { plan, linkStatus } = options;
  const count = plan.length;
  return html`<div class="mode-bar" part="mode-bar" role="toolbar" aria-label="Practitioner tools">
    <label class="protocol-picker">
      <span>Protocol</span>
      <select
        @change=${(event: Event) => options.chooseProtocol((event.target as HTMLSelectElement).value || null)}
      >
        <option value="" ?selected=${!options.protocolId}>None</option>
        ${options.protocols.map(
          (protocol) => html`<option value=${protocol.id} ?selected=${protocol.id === options.protocolId}>${protocol.name}</option>`,
        )}
      </select>
    </label>
    <span class="plan-count" aria-live="polite">Plan: ${count === 0 ? 'no points yet' : `${count} point${count === 1 ? '' : 's'}`}</span>
    <button class="chip" ?disabled=${count === 0} @click=${options.copyLink}>Copy link</button>
    <button class="chip" ?disabled=${count === 0} @click=${options.print}>Print handout</button>
    <button class="chip" ?disabled=${count === 0} @click=${options.clearPlan}>Clear plan</button>
    ${linkStatus
      ? linkStatus.copied
        ? html`<span class="link-status" role="status">Link copied</span>`
        : html`<label class="link-status">
            <span>Copy this link:</span>
            <input readonly .value=${linkStatus.link} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
          </label>`
      : nothing}
  </div>`;
}

export interface StudentBarOptions {
  showLabels: boolean;
  showMeridians: boolean;
  toggleLabels(): void;
  toggleMeridians(): void;
  startQuiz(): void;
}

export function renderStudentBar(options: StudentBarOptions): TemplateResult {
  return html`<div class="mode-bar" part="mode-bar" role="toolbar" aria-label="Student tools">
    <button class="chip" aria-pressed=${options.showLabels ? 'true' : 'false'} @click=${options.toggleLabels}>Labels</button>
    <button class="chip" aria-pressed=${options.showMeridians ? 'true' : 'false'} @click=${options.toggleMeridians}>Channels</button>
    <button class="chip" @click=${options.startQuiz}>Quiz: find the point</button>
  </div>`;
}

/** A patient who opened a plan link sees the plan's points highlighted and can print them. */
export function renderPatientPlanBar(plan: readonly string[], print: () => void): TemplateResult {
  return html`<div class="mode-bar" part="mode-bar" role="toolbar" aria-label="Your points">
    <span class="plan-count">Your points: ${plan.join(', ')}</span>
    <button class="chip" @click=${print}>Print</button>
  </div>`;
}
