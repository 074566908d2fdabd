import { html, nothing, type TemplateResult } from 'lit';
import type { Protocol } from '../catalogue/protocols.js';
import type { Translator } from '../i18n/translator.js';

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

export function renderPractitionerBar(options: PractitionerBarOptions, tr: Translator): TemplateResult {
  const { plan, linkStatus } = options;
  const count = plan.length;
  return html`<div class="mode-bar" part="mode-bar" role="toolbar" aria-label=${tr.t('bar.practitioner')}>
    <label class="protocol-picker">
      <span>${tr.t('bar.protocol')}</span>
      <select
        @change=${(event: Event) => options.chooseProtocol((event.target as HTMLSelectElement).value || null)}
      >
        <option value="" ?selected=${!options.protocolId}>${tr.t('bar.protocolNone')}</option>
        ${options.protocols.map(
          (protocol) => html`<option value=${protocol.id} ?selected=${protocol.id === options.protocolId}>${protocol.name}</option>`,
        )}
      </select>
    </label>
    <span class="plan-count" aria-live="polite">${count === 0 ? tr.t('bar.planEmpty') : tr.plural('bar.planCount', count)}</span>
    <button class="chip" ?disabled=${count === 0} @click=${options.copyLink}>${tr.t('bar.copyLink')}</button>
    <button class="chip" ?disabled=${count === 0} @click=${options.print}>${tr.t('bar.printHandout')}</button>
    <button class="chip" ?disabled=${count === 0} @click=${options.clearPlan}>${tr.t('bar.clearPlan')}</button>
    ${linkStatus
      ? linkStatus.copied
        ? html`<span class="link-status" role="status">${tr.t('bar.linkCopied')}</span>`
        : html`<label class="link-status">
            <span>${tr.t('bar.copyThisLink')}</span>
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

export function renderStudentBar(options: StudentBarOptions, tr: Translator): TemplateResult {
  return html`<div class="mode-bar" part="mode-bar" role="toolbar" aria-label=${tr.t('bar.student')}>
    <button class="chip" aria-pressed=${options.showLabels ? 'true' : 'false'} @click=${options.toggleLabels}>${tr.t('bar.labels')}</button>
    <button class="chip" aria-pressed=${options.showMeridians ? 'true' : 'false'} @click=${options.toggleMeridians}>${tr.t('bar.channels')}</button>
    <button class="chip" @click=${options.startQuiz}>${tr.t('bar.quiz')}</button>
  </div>`;
}

/** A patient who opened a plan link sees the plan's points highlighted and can print them. */
export function renderPatientPlanBar(plan: readonly string[], print: () => void, tr: Translator): TemplateResult {
  return html`<div class="mode-bar" part="mode-bar" role="toolbar" aria-label=${tr.t('bar.yourPoints')}>
    <span class="plan-count">${tr.t('bar.yourPointsList', { codes: tr.list(plan) })}</span>
    <button class="chip" @click=${print}>${tr.t('bar.print')}</button>
  </div>`;
}
