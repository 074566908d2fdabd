import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { AcuPoint } from '../catalogue/types.js';
import { addEnglish } from '../i18n/translator.js';
import { POINT_KEY, withAddressParam } from '../modes/address.js';
import { planLink, serialisePlan, togglePlanCode } from '../modes/plan.js';
import { planNumber } from '../modes/protocol-highlight.js';
import { renderPatientPlanBar, renderPractitionerBar, renderStudentBar } from './mode-bar.js';
import { renderPlanToggle, renderSessionInfo } from './panel-extras.js';
import { renderProtocolPanel } from './protocol-panel.js';
import { reportError } from './report-error.js';
import { localPoints, localProtocols, localSession } from './localized.js';
import { choosePoint } from './selection.js';
import { activeProtocol, planCodes } from './selectors.js';
import type { MapStore } from './store.js';

/**
 * Where the audience modes meet the element: each mode's bar, the protocol card, what the
 * point panel adds, the plan numbers in the list, and the plan's link and handout. The ideas
 * themselves live in src/modes and the files imported here.
 */
type PlanHandoutModule = typeof import('./plan-handout.js');

/**
 * The handout's code (its pictures need the 3D view), fetched when first wanted; its English
 * words come with it and join the translators before it lays a sheet out.
 */
function loadHandout(): Promise<PlanHandoutModule> {
  return import('./plan-handout.js').then((handout) => {
    addEnglish(handout.EN_UI_HANDOUT);
    return handout;
  });
}

export class ModeController implements ReactiveController {
  /** The handout's code, once fetched: printing then lays the sheet out at once. */
  private handout: PlanHandoutModule | null = null;
  private handoutRequested = false;

  constructor(
    private readonly host: LitElement,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A message about the link is about the plan it was made for.
    const status = this.store.state.linkStatus;
    if (status && serialisePlan(planCodes(this.store.state)) !== status.plan) this.store.set('linkStatus', null);
  }

  hostUpdated(): void {
    // With a plan to print and the 3D stage here (the pictures come from it), fetch the
    // handout's code ahead of the click.
    const state = this.store.state;
    if (!this.handoutRequested && state.stage3d && planCodes(state).length > 0) this.fetchHandout();
  }

  private fetchHandout(): Promise<PlanHandoutModule> {
    this.handoutRequested = true;
    return loadHandout().then((module) => (this.handout = module));
  }

  // ---- bars and panels -----------------------------------------------------------------

  /** The bar of the current mode; `startQuiz` is what the student's "Quiz me" does. */
  renderBar(startQuiz: () => void): TemplateResult | typeof nothing {
    const { store } = this;
    const state = store.state;
    const plan = planCodes(state);
    if (state.mode === 'practitioner') {
      return renderPractitionerBar({
        protocols: localProtocols(state),
        protocolId: activeProtocol(state)?.id ?? null,
        plan,
        linkStatus: state.linkStatus,
        chooseProtocol: (id) => this.chooseProtocol(id),
        copyLink: () => void this.copyLink(),
        print: () => this.print(),
        clearPlan: () => store.set('plan', null),
      }, state.language);
    }
    if (state.mode === 'student') {
      return renderStudentBar({
        showLabels: state.showLabels,
        showMeridians: state.showMeridians,
        toggleLabels: () => store.set('showLabels', !store.state.showLabels),
        toggleMeridians: () => store.set('showMeridians', !store.state.showMeridians),
        startQuiz,
      }, state.language);
    }
    return plan.length ? renderPatientPlanBar(plan, () => this.print(), state.language) : nothing;
  }

  renderProtocolPanel(close: () => void): TemplateResult | typeof nothing {
    const state = this.store.state;
    const protocol = activeProtocol(state);
    if (!protocol) return nothing;
    return renderProtocolPanel(protocol, localPoints(state), {
      close,
      select: (code) => choosePoint(this.store, code),
      usePlan: () => this.store.set('plan', serialisePlan(protocol.points)),
    }, state.language, state.stage3d?.outOfViewNote(state.planOutOfView, state.language));
  }

  /**
   * What the point panel adds for this audience; `measurement` is how the point is measured,
   * from the 3D stage (nothing before it arrives).
   */
  panelExtra(point: AcuPoint, measurement: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    const state = this.store.state;
    switch (state.mode) {
      case 'practitioner':
        return renderPlanToggle(point.code, planNumber(planCodes(state), point.code), () => this.togglePlan(point.code), state.language);
      case 'student':
        return measurement;
      default: {
        const session = localSession(state);
        return session ? renderSessionInfo(session) : nothing;
      }
    }
  }

  /** The plan number beside a point in the list. */
  listDecoration(plan: readonly string[], point: AcuPoint): TemplateResult | typeof nothing {
    const number = planNumber(plan, point.code);
    return number ? html`<span class="plan-number"
          ><span class="visually-hidden">${this.store.state.language.t('list.planNumber', { number })}</span
          ><span aria-hidden="true">${number}</span></span
        >` : nothing;
  }

  // ---- actions -------------------------------------------------------------------------

  togglePlan(code: string): void {
    this.store.set('plan', serialisePlan(togglePlanCode(planCodes(this.store.state), code)) || null);
  }

  chooseProtocol(id: string | null): void {
    this.store.set('protocol', id);
    if (id) this.store.update({ selected: null, panel: 'protocol' });
  }

  /** The page address with this plan (and without a selected point). */
  shareLink(): string {
    return planLink(withAddressParam(location.href, POINT_KEY, null), planCodes(this.store.state));
  }

  async copyLink(): Promise<void> {
    const link = this.shareLink();
    const plan = serialisePlan(planCodes(this.store.state));
    try {
      await navigator.clipboard.writeText(link);
      this.store.set('linkStatus', { copied: true, link, plan });
    } catch {
      // No clipboard (insecure page, permission refused): show the link to copy by hand.
      this.store.set('linkStatus', { copied: false, link, plan });
    }
  }

  /**
   * Print the plan as a one-page handout. Returns the frame it was laid out in, or null
   * without a plan, while the handout's code is still on its way (it prints when it
   * arrives), or where the page may not print (a sandboxed frame: said in the notice).
   */
  print(): HTMLIFrameElement | null {
    if (planCodes(this.store.state).length === 0) return null;
    if (this.handout) return this.printWith(this.handout);
    void this.fetchHandout().then((module) => this.printWith(module));
    return null;
  }

  private printWith(handout: PlanHandoutModule): HTMLIFrameElement | null {
    const state = this.store.state;
    const plan = planCodes(state);
    if (plan.length === 0) return null;
    const style = getComputedStyle(this.host);
    return handout.printPlan({
      plan,
      points: localPoints(state),
      markers: state.markers,
      view: state.body,
      link: this.shareLink(),
      accent: style.getPropertyValue('--acupoint-accent').trim() || '#0b6b66',
      font: style.fontFamily,
      language: state.language,
    }, (message: string) => reportError(this.host, this.store, 'print', message));
  }

}
