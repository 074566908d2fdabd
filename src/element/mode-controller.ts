import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Protocol } from '../catalogue/protocols.js';
import type { AcuPoint, PlacedMarker } from '../catalogue/types.js';
import { POINT_KEY, withAddressParam } from '../modes/address.js';
import { parsePlan, planLink, serialisePlan, togglePlanCode } from '../modes/plan.js';
import { emphasisOf, findProtocol, focusCodes, planNumber } from '../modes/protocol-highlight.js';
import type { ScreenMarker } from '../scene/marker-projector.js';
import { fitLabels } from './label-layout.js';
import type { MapInternals } from './map-internals.js';
import { renderPatientPlanBar, renderPractitionerBar, renderStudentBar } from './mode-bar.js';
import type { OverlayController } from './overlay-controller.js';
import { renderMeasurement, renderPlanToggle, renderSessionInfo } from './panel-extras.js';
import { bandAround, crowdedGroup } from '../modes/handout-close-up.js';
import { CLOSE_UP, drawNumbers, NUMBER_RADIUS, PICTURE, planSpots, printHandout } from './print-handout.js';
import { renderProtocolPanel } from './protocol-panel.js';
import type { QuizController } from './quiz-controller.js';

interface ModeHost extends LitElement {
  mode: string;
  protocol: string | null;
  plan: string | null;
  protocols: readonly Protocol[];
  showLabels: boolean;
  showMeridians: boolean;
  selected: string | null;
}

/** What only the element can do (its panel state is private). */
export interface ModeHooks {
  openProtocolPanel(): void;
  selectPoint(code: string): void;
}

/**
 * Where the audience modes meet the element: which markers stand out or carry a plan
 * number or a label, each mode's bar, the protocol card, what the point panel adds, and the
 * plan's link and handout. The ideas themselves live in src/modes and the files imported here.
 */
export class ModeController implements ReactiveController {
  /** After "Copy link": copied, or the link to copy by hand when the clipboard refused. */
  private linkStatus: { copied: boolean; link: string } | null = null;
  private linkedPlan = '';

  constructor(
    private readonly host: ModeHost,
    private readonly internals: MapInternals,
    private readonly quiz: QuizController,
    private readonly overlays: OverlayController,
    private readonly hooks: ModeHooks,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A message about the link is about the plan it was made for.
    if (this.linkStatus && serialisePlan(this.planCodes) !== this.linkedPlan) this.linkStatus = null;
  }

  /** The plan's codes, in order, limited to points in the current set. */
  get planCodes(): string[] {
    return parsePlan(this.host.plan, this.internals.points.map((point) => point.code));
  }

  get activeProtocol(): Protocol | undefined {
    return findProtocol(this.host.protocols, this.host.protocol);
  }

  // ---- markers -------------------------------------------------------------------------

  /** Classes of a marker: its emphasis under the protocol or plan, and the quiz's answer. */
  hotspotClasses(code: string, focus: ReadonlySet<string> | null): string {
    const emphasis = emphasisOf(code, focus);
    return `${emphasis === 'normal' ? '' : emphasis} ${this.quiz.revealed === code ? 'reveal' : ''}`;
  }

  focus(): ReadonlySet<string> | null {
    return focusCodes(this.activeProtocol, this.planCodes);
  }

  /** The plan number on a marker, and its label tag when labels are on. */
  hotspotContent(marker: PlacedMarker, plan: readonly string[]): TemplateResult {
    const number = planNumber(plan, marker.code);
    return html`${number ? html`<span class="num" aria-hidden="true">${number}</span>` : nothing}${this.host.showLabels
      ? html`<span class="tag" aria-hidden="true">${marker.label ? `${marker.code} ${marker.label}` : marker.code}</span>`
      : nothing}`;
  }

  /** Extra words for a marker's accessible name. */
  markerNote(code: string, plan: readonly string[], focus: ReadonlySet<string> | null): string {
    const number = planNumber(plan, code);
    if (number) return `, plan point ${number}`;
    return emphasisOf(code, focus) === 'focus' ? ', in the chosen protocol' : '';
  }

  /**
   * After each frame: label tags that would overlap are hidden, the selected and highlighted
   * points' labels first, so crowded places stay readable and zooming in shows more.
   */
  layoutLabels(buttons: readonly HTMLButtonElement[], screen: readonly ScreenMarker[]): void {
    if (!this.host.showLabels) return;
    const rank = (button: HTMLButtonElement) =>
      button.classList.contains('selected') ? 0 : button.classList.contains('focus') ? 1 : button.classList.contains('dimmed') ? 3 : 2;
    const shown = buttons
      .filter((button) => !button.hidden && button.querySelector('.tag'))
      .sort((a, b) => rank(a) - rank(b));
    const boxes = shown.map((button) => {
      const state = screen[Number(button.dataset.index)];
      const text = button.querySelector('.tag')!.textContent ?? '';
      // The tag starts 10 px right of the marker centre; ~7 px per character at 12 px bold.
      return { x: state.x + 10, y: state.y - 10, width: 10 + 7.2 * text.length, height: 18 };
    });
    // Marker dots are obstacles: a tag never hides another marker.
    const dots = buttons
      .filter((button) => !button.hidden)
      .map((button) => {
        const state = screen[Number(button.dataset.index)];
        return { x: state.x - 6, y: state.y - 6, width: 12, height: 12 };
      });
    const keep = fitLabels(boxes, dots);
    shown.forEach((button, index) => {
      button.querySelector<HTMLElement>('.tag')!.hidden = !keep.has(index);
    });
  }

  // ---- bars and panels -----------------------------------------------------------------

  renderBar(): TemplateResult | typeof nothing {
    if (this.quiz.state) return this.quiz.render();
    const host = this.host;
    const plan = this.planCodes;
    if (host.mode === 'practitioner') {
      return renderPractitionerBar({
        protocols: host.protocols,
        protocolId: this.activeProtocol?.id ?? null,
        plan,
        linkStatus: this.linkStatus,
        chooseProtocol: (id) => this.chooseProtocol(id),
        copyLink: () => void this.copyLink(),
        print: () => this.print(),
        clearPlan: () => (host.plan = null),
      });
    }
    if (host.mode === 'student') {
      return renderStudentBar({
        showLabels: host.showLabels,
        showMeridians: host.showMeridians,
        toggleLabels: () => (host.showLabels = !host.showLabels),
        toggleMeridians: () => (host.showMeridians = !host.showMeridians),
        startQuiz: () => this.quiz.start(),
      });
    }
    return plan.length ? renderPatientPlanBar(plan, () => this.print()) : nothing;
  }

  renderProtocolPanel(close: () => void): TemplateResult | typeof nothing {
    const protocol = this.activeProtocol;
    if (!protocol) return nothing;
    return renderProtocolPanel(protocol, this.internals.points, {
      close,
      select: (code) => this.hooks.selectPoint(code),
      usePlan: () => (this.host.plan = serialisePlan(protocol.points)),
    });
  }

  /** What the point panel adds for this audience. */
  panelExtra(point: AcuPoint): TemplateResult | typeof nothing {
    switch (this.host.mode) {
      case 'practitioner':
        return renderPlanToggle(point.code, planNumber(this.planCodes, point.code), () => this.togglePlan(point.code));
      case 'student':
        return renderMeasurement(this.overlays.ruler);
      default:
        return renderSessionInfo();
    }
  }

  /** The plan number beside a point in the list. */
  listDecoration(point: AcuPoint): TemplateResult | typeof nothing {
    const number = planNumber(this.planCodes, point.code);
    return number ? html`<span class="plan-number"><span class="visually-hidden">plan point </span>${number}</span>` : nothing;
  }

  // ---- actions -------------------------------------------------------------------------

  togglePlan(code: string): void {
    this.host.plan = serialisePlan(togglePlanCode(this.planCodes, code)) || null;
  }

  chooseProtocol(id: string | null): void {
    this.host.protocol = id;
    if (id) this.hooks.openProtocolPanel();
  }

  /** The page address with this plan (and without a selected point). */
  shareLink(): string {
    return planLink(withAddressParam(location.href, POINT_KEY, null), this.planCodes);
  }

  async copyLink(): Promise<void> {
    const link = this.shareLink();
    this.linkedPlan = serialisePlan(this.planCodes);
    try {
      await navigator.clipboard.writeText(link);
      this.linkStatus = { copied: true, link };
    } catch {
      // No clipboard (insecure page, permission refused): show the link to copy by hand.
      this.linkStatus = { copied: false, link };
    }
    this.host.requestUpdate();
  }

  /** Print the plan as a one-page handout; returns the frame it was laid out in, or null without a plan. */
  print(): HTMLIFrameElement | null {
    const plan = this.planCodes;
    if (plan.length === 0) return null;
    const style = getComputedStyle(this.host);
    const accent = style.getPropertyValue('--acupoint-accent').trim() || '#0b6b66';
    const view = this.internals.view;
    const markers = this.internals.markers;
    const snapshot = view?.snapshot('back', PICTURE.width, PICTURE.height, PICTURE.scale) ?? null;
    const spots = snapshot ? planSpots(snapshot, markers, plan) : [];
    // Numbers that would cover each other on the whole figure go on a closer picture.
    const crowded = crowdedGroup(spots, NUMBER_RADIUS);
    if (snapshot) drawNumbers(snapshot.canvas, spots, accent, PICTURE.scale, crowded);
    const close = crowded.length ? view!.snapshot('back', CLOSE_UP.width, CLOSE_UP.height, CLOSE_UP.scale, bandAround(crowded)) : null;
    if (close) drawNumbers(close.canvas, planSpots(close, markers, plan), accent, CLOSE_UP.scale);
    const seen = new Set(spots.map((spot) => spot.code));
    const byCode = new Map(this.internals.points.map((point) => [point.code, point]));
    return printHandout({
      entries: plan.map((code, index) => ({ number: index + 1, point: byCode.get(code)!, inPicture: seen.has(code) })),
      picture: snapshot?.canvas ?? null,
      closeUp: close?.canvas ?? null,
      link: this.shareLink(),
      accent,
      font: style.fontFamily,
    });
  }
}
