// First, before Lit: the built file lays modules out in import order, and this brings the
// catalogue's prose (the points, the protocols, the Ashi entry) together at its start,
// where gzip finds more repeats than with the prose between the code (about 0.8 kB of the
// first stage; test/node/bundle/first-stage-size.test.ts keeps the total in budget).
import { localAshi, localPoints, translatedBy } from './element/localized.js';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { PROTOCOLS, type Protocol } from './catalogue/protocols.js';
import type { AcuPoint } from './catalogue/types.js';
import type { Vec3 } from './geometry/vec3.js';
import { isViewName, VIEW_NAMES, type ViewName } from './scene/body-view-types.js';
import type { BodyControllers } from './element/body-controllers.js';
import { DeepLinkController } from './element/deep-link-controller.js';
import { EvidenceController } from './element/evidence-controller.js';
import { renderEvidencePanel } from './element/evidence-panel.js';
import { LanguageController } from './element/language-controller.js';
import { depthBeforeStage } from './element/depth-before-stage.js';
import { LayoutController } from './element/layout-controller.js';
import { ModeController } from './element/mode-controller.js';
import { modeStyles } from './element/mode-styles.js';
import { renderNotice } from './element/notice.js';
import { renderPointPanel, type Audience } from './element/panel.js';
import { renderPlaceholder } from './element/placeholder.js';
import { renderPointList } from './element/point-list.js';
import type { QuizOptions } from './element/quiz-options.js';
import { reportError } from './element/report-error.js';
import { choosePoint, closePanel, toggleEvidence } from './element/selection.js';
import { SelectionController } from './element/selection-controller.js';
import { SessionController } from './element/session-controller.js';
import { MenuController } from './element/menu-controller.js';
import { ToolbarFitController } from './element/toolbar-fit-controller.js';
import { isNarrow } from './element/narrow.js';
import { SheetController } from './element/sheet-controller.js';
import { audience, planCodes, selectedPoint, stageLabelKey } from './element/selectors.js';
import type { AcupointMapEventMap } from './element/events.js';
import { StageController } from './element/stage-controller.js';
import { renderStageStatus } from './element/stage-status.js';
import { MapStore, type PublicState } from './element/store.js';
import { styles } from './element/styles.js';
import { renderToolbar } from './element/toolbar.js';

export type {
  AcupointErrorDetail,
  AcupointErrorType,
  AcupointMapEventMap,
  PointSelectDetail,
  QuizAnswerDetail,
  QuizQuestionDetail,
  SelectionChangeDetail,
} from './element/events.js';
export type { Protocol } from './catalogue/protocols.js';
// From modules whose declarations name no three.js types (an app needs no @types/three).
export type { QuizOptions } from './element/quiz-options.js';
export type { Audience } from './element/panel.js';
export type { ViewName } from './scene/body-view-types.js';

/** Where a point is on screen, in CSS pixels relative to the element's top-left corner. */
export interface PointScreenPosition {
  x: number;
  y: number;
  visible: boolean;
}

/** The public properties: each is a field of the store (see `storeAccessors` below). */
const PUBLIC_KEYS = new Set<keyof PublicState>([
  'src', 'pointsSrc', 'selected', 'view', 'loading', 'autoRotate', 'mode', 'protocol', 'plan', 'protocols',
  'showMeridians', 'showLabels', 'deepLink', 'showAnatomy',
]);

/**
 * A rotatable 3D body with the acupuncture points used for low back pain. Click a
 * point, or pick it from the list, to read where it is, why it is used and how it is
 * needled.
 *
 * @summary 3D map of acupuncture points for low back pain.
 *
 * @attr {string} lang - The language the widget speaks: "en", "zh-Hans", "zh-Hant", "es" or "de" (regional tags such as "de-AT", "zh-TW", "es-MX" count as their language). Without it, the nearest ancestor's `lang` (also across shadow roots), else the page's; a language the widget does not speak is English. A change (on the widget, an ancestor or the page) switches at once, an open panel included; only the language in use is downloaded.
 *
 * @fires {CustomEvent<PointSelectDetail>} point-select - A point was selected. `detail: {code, point}`.
 * @fires {CustomEvent<SelectionChangeDetail>} selection-change - The selection changed other than by the page: the user picked a point (marker, list), closed the panel (close button, Escape), followed a deep link, started the quiz, or a new point set lacks the point. `detail: {code, point}`, both null when nothing is selected. Not fired when the page sets `selected` or calls `select()` / `clearSelection()`, so a framework's controlled `selected` stays in sync without echoes.
 * @fires {Event} load - The model and points are ready and the first frame is drawn.
 * @fires {CustomEvent<AcupointErrorDetail>} error - Something could not be loaded, shown or done. `detail: {type: "model" | "points" | "webgl" | "print" | "usage", message}`: "points" also when a point cannot be placed on the body, "print" when a sandboxed frame blocks printing, "usage" when a method gets values it cannot use (`setView("bogus")`, `startQuiz({count: NaN})`). Fired on the element and, like an `<img>`'s, not bubbling (on `window`, error trackers would take it for an uncaught exception). The last good points and body stay in use; see "Limits and failures" in the README.
 * @fires {CustomEvent<QuizQuestionDetail>} quiz-question - The quiz asks for a point. `detail: {code}`.
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - The student answered (clicked the body) or skipped. `detail: {code, correct, errorCun, clicked}`: `errorCun` is the distance from the nearest marker of the point in B-cun of its region, null when skipped; `correct` means within the point's own tolerance (half the distance to the nearest other point's marker, at most 1 B-cun); `clicked` names another point the click found instead, else null.
 *
 * @csspart stage - The 3D viewport (focusable; arrow keys orbit, or move the quiz's aim while a question is asked; +/- zoom, Home resets).
 * @csspart canvas - The canvas the body is drawn into.
 * @csspart hotspot - One marker button per point and side (`data-code`, `data-side`).
 * @csspart panel - The description panel.
 * @csspart panel-close - The panel's close button.
 * @csspart sheet-handle - On a narrow widget, the handle that drags the panel (a bottom sheet) between a peek and full height.
 * @csspart cluster - One button for markers too close to tap apart (`data-codes`): a tap zooms in until they stand apart.
 * @csspart point-list - The list of all points.
 * @csspart toolbar - The row of view and list buttons.
 * @csspart notice - The visible error or information message.
 * @csspart mode-bar - The bar at the foot of the view with the practitioner's or the student's tools.
 * @csspart quiz - The quiz bar (question, score, skip).
 * @csspart legend - The channel colour legend (with `show-meridians`).
 * @csspart ruler-label - The caption of the cun ruler (student mode, a point selected).
 * @csspart session-info - "What a session is like" in the patient panel.
 * @csspart anatomy-legend - The colour legend of the anatomy layer (with `show-anatomy`).
 * @csspart depth - A point's depth view in the panel: the cross-section drawing (inline SVG) and its caption.
 *
 * @slot cta - The clinic's call to action in the panel, e.g. `<a slot="cta" href="/book">Book a visit</a>`.
 *
 * @cssprop [--acupoint-accent=#0b6b66] - Buttons, markers and highlights.
 * @cssprop [--acupoint-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--acupoint-selected=#b42318] - The selected point's markers.
 * @cssprop [--acupoint-marker=var(--acupoint-accent)] - Marker colour.
 * @cssprop [--acupoint-skin=#e3c2a6] - The body's skin colour.
 * @cssprop [--acupoint-font=system-ui] - Font family of all text.
 * @cssprop [--acupoint-background] - Background behind the body (any CSS background).
 * @cssprop [--acupoint-panel-background=#ffffff] - Panel and list background.
 * @cssprop [--acupoint-panel-color=#1f2a37] - Panel and list text colour.
 * @cssprop [--acupoint-muted-color=#4b5563] - Secondary text colour.
 * @cssprop [--acupoint-radius=12px] - Corner radius of the widget and its cards.
 * @cssprop [--acupoint-focus-ring=#1d4ed8] - Keyboard focus outline colour.
 */
export class AcupointMap extends LitElement {
  static override styles = [styles, modeStyles];

  // The store holds the values (accessors below): Lit only converts and reflects attributes.
  static override properties = {
    src: { type: String, noAccessor: true },
    pointsSrc: { type: String, attribute: 'points-src', noAccessor: true },
    selected: { type: String, reflect: true, noAccessor: true },
    view: { type: String, noAccessor: true },
    loading: { type: String, noAccessor: true },
    autoRotate: { type: Boolean, attribute: 'auto-rotate', noAccessor: true },
    mode: { type: String, noAccessor: true },
    protocol: { type: String, reflect: true, noAccessor: true },
    plan: { type: String, reflect: true, noAccessor: true },
    protocols: { attribute: false, noAccessor: true },
    showMeridians: { type: Boolean, attribute: 'show-meridians', reflect: true, noAccessor: true },
    showLabels: { type: Boolean, attribute: 'show-labels', reflect: true, noAccessor: true },
    deepLink: { type: Boolean, attribute: 'deep-link', noAccessor: true },
    showAnatomy: { type: Boolean, attribute: 'show-anatomy', reflect: true, noAccessor: true },
  };

  /** URL of a body model (.glb) with the standard landmarks. Default: the shipped model. */
  declare src: string | null;
  /** URL of a point-set JSON file (`{"points": [...]}`), validated against the schema. Default: the built-in low back pain set. */
  declare pointsSrc: string | null;
  /** Code of the selected point ("BL23"); setting it opens that point, removing it closes the panel. */
  declare selected: string | null;
  /**
   * Camera preset: "back" (default), "front", "left" or "right". Animated unless reduced motion is preferred.
   * @type {'back' | 'front' | 'left' | 'right'}
   */
  declare view: ViewName;
  /** "lazy" (default): nothing heavy is fetched until the element is near the viewport; "eager": at once. */
  declare loading: 'lazy' | 'eager';
  /** Turn the body slowly until the user interacts. Off under prefers-reduced-motion. */
  declare autoRotate: boolean;
  /**
   * Who reads the panel: "patient" (default, plain words), "practitioner" or "student".
   * @type {'patient' | 'practitioner' | 'student'}
   */
  declare mode: Audience;
  /** Id of a protocol (`protocols`) whose points are highlighted while the others are dimmed, e.g. "chronic-nonspecific". */
  declare protocol: string | null;
  /** The practitioner's plan: point codes separated by spaces ("BL23 BL25 BL40"); its points are numbered. A plan link (`#acupoint-plan=...` in the page address) sets it. */
  declare plan: string | null;
  /** Named point combinations for the protocol picker: `{id, name, points, rationale, source}[]`. Default: the built-in examples for low back pain. */
  declare protocols: readonly Protocol[];
  /** Draw the channels of the shown points on the skin (Bladder, Governor vessel, Gallbladder, Kidney, Stomach, Spleen, Liver, Large Intestine), each through its points, with a legend. */
  declare showMeridians: boolean;
  /** Show each visible marker's code beside it (labels that would overlap are left out). */
  declare showLabels: boolean;
  /** Open the point in the page address (`#acupoint=BL23`), and write the selected point there. */
  declare deepLink: boolean;
  /**
   * Show the anatomy under a see-through skin: the vertebrae, sacrum and pelvis that define
   * the cun, the femur, knee and leg bones, the sciatic nerve and its branches, the kidneys and
   * the popliteal vessels, with a legend. The anatomy model is fetched the first time it is
   * shown; it belongs to the built-in body (not shown on a custom `src`).
   */
  declare showAnatomy: boolean;

  /** One store for all the element's state; every controller reads and writes it. */
  private readonly store: MapStore;
  private readonly layout: LayoutController;
  private readonly modes: ModeController;
  private readonly sheet: SheetController;
  /**
   * The controllers that only have a use once there is a body (marker buttons, camera,
   * drawings on the body, anatomy, depth view): second-stage code, made when that stage
   * arrives, so the first stage stays small.
   */
  private bodyControllers: BodyControllers | null = null;
  /** `startQuiz` called before the 3D stage arrived: the quiz starts when it does. */
  private pendingQuiz: QuizOptions | null = null;
  /**
   * Whether the point list's entries have been rendered: not before the list is first shown.
   * Closed (on most pages until a visitor opens it) the entries are hidden, and rendering
   * them was 30 to 45 ms of the first render on Lighthouse's phone (38 buttons with names,
   * the Ashi details). Once rendered they stay, so opening it again is instant.
   */
  private listRendered = false;

  constructor() {
    super();
    // The store is the first controller: its update bookkeeping runs before the others'.
    this.store = new MapStore(this, PUBLIC_KEYS);
    // The public properties' defaults (written into the store through the accessors below).
    this.src = null;
    this.pointsSrc = null;
    this.selected = null;
    this.view = 'back';
    this.loading = 'lazy';
    this.autoRotate = false;
    this.mode = 'patient';
    this.protocol = null;
    this.plan = null;
    this.protocols = PROTOCOLS;
    this.showMeridians = false;
    this.showLabels = false;
    this.deepLink = false;
    this.showAnatomy = false;
    // Controllers never call each other; the element composes what they render.
    new DeepLinkController(this, this.store);
    new SelectionController(this, this.store);
    new StageController(this, this.store);
    new EvidenceController(this, this.store);
    new SessionController(this, this.store);
    new LanguageController(this, this.store);
    this.layout = new LayoutController(this, this.store);
    this.modes = new ModeController(this, this.store);
    this.sheet = new SheetController(this, this.store);
    new MenuController(this, this.store);
    new ToolbarFitController(this, this.store);
  }

  /** The point objects as loaded (built-in or from `points-src`). Read-only. */
  get points(): readonly AcuPoint[] {
    return this.store.state.points;
  }

  /** Landmark names of the loaded body model. Read-only. */
  get landmarks(): string[] {
    const model = this.store.state.model;
    return model ? Object.keys(model.landmarks).sort() : [];
  }

  /**
   * Select a point by code: opens its panel and highlights its markers.
   * @param code - A point code of the current set, e.g. "BL23".
   */
  select(code: string): void {
    this.selected = code;
  }

  /** Close the panel and clear the selection. */
  clearSelection(): void {
    this.selected = null;
  }

  /**
   * Start the quiz: "Find BL40"; the markers hide and the student clicks the body. By default
   * 10 of all the points in random order; `{points: ["BL23", "BL40"], count}` limits them.
   * Called before the 3D view's code has arrived, the quiz starts as soon as it has.
   * @param options - Which points to ask (`points`) and how many questions (`count`).
   */
  startQuiz(options?: QuizOptions): void {
    if (this.bodyControllers) this.bodyControllers.quiz.start(options);
    else this.pendingQuiz = options ?? {};
  }

  /** End the quiz and show the markers again. */
  stopQuiz(): void {
    this.pendingQuiz = null;
    this.bodyControllers?.quiz.stop();
  }

  /** Print the plan as a one-page handout for the patient (the back view with numbered points and each point in plain words). */
  printHandout(): void {
    this.modes.print();
  }

  /**
   * Move the camera to a preset view.
   * @param name - "back", "front", "left" or "right".
   */
  setView(name: ViewName): void {
    if (!isViewName(name)) {
      reportError(this, this.store, 'usage', `setView: unknown view "${String(name)}": use one of ${VIEW_NAMES.join(', ')}.`, false);
      return;
    }
    // The same view again: go back to it (the user may have turned the body since).
    if (this.view === name) this.bodyControllers?.camera.show(name);
    this.view = name;
  }

  /**
   * Model-space position of a point (metres; y up, facing +z, subject's left +x), or null.
   * @param code - A point code, e.g. "BL23".
   * @param side - "left" or "right" for a bilateral point (the subject's side); a midline point ignores it.
   */
  pointPosition(code: string, side?: 'left' | 'right'): Vec3 | null {
    // Markers, a model and a view come with the 3D stage, and so does the code of these answers.
    const { state } = this.store;
    return state.stage3d?.pointPosition(state, code, side) ?? null;
  }

  /**
   * Model-space position of a landmark of the loaded model, or null.
   * @param name - A landmark name from `landmarks`.
   */
  landmarkPosition(name: string): Vec3 | null {
    const { state } = this.store;
    return state.stage3d?.landmarkPosition(state, name) ?? null;
  }

  /**
   * Where a point is on screen, in CSS pixels relative to the element, and whether it can be seen.
   * @param code - A point code, e.g. "BL23".
   * @param side - "left" or "right" for a bilateral point (the subject's side).
   */
  queryPoint(code: string, side?: 'left' | 'right'): PointScreenPosition | null {
    const { state } = this.store;
    return state.stage3d?.queryPoint(state, code, side) ?? null;
  }

  protected override willUpdate(): void {
    const stage3d = this.store.state.stage3d;
    if (stage3d && !this.bodyControllers) {
      this.bodyControllers = stage3d.attachBodyControllers(this, this.store);
      const pending = this.pendingQuiz;
      this.pendingQuiz = null;
      // After this update: starting writes the store and fires quiz-question.
      if (pending) queueMicrotask(() => this.bodyControllers?.quiz.start(pending));
    }
  }

  override render(): TemplateResult {
    const state = this.store.state;
    const point = selectedPoint(state);
    const showList = state.listOpen || state.webgl === false;
    this.listRendered ||= showList;
    const plan = planCodes(state);
    const tr = state.language;
    // One box-less wrapper carries the widget's language for screen readers, hyphenation and
    // CJK line breaking (the page's own `lang` may name a language the widget does not speak).
    return html`<div class="lang-root" lang=${tr.lang}>
      <div
        class="stage"
        part="stage"
        tabindex=${state.webgl === false ? '-1' : '0'}
        role="group"
        aria-roledescription=${tr.t('stage.roleDescription')}
        aria-label=${this.bodyControllers?.quiz.stageLabel() ?? tr.t(stageLabelKey(state))}
        @click=${this.onStageClick}
      >
        ${state.drawn
          ? nothing
          : renderPlaceholder(isViewName(state.view) ? state.view : 'back', state.webgl === false || state.modelState === 'failed')}
        <canvas part="canvas" aria-hidden="true"></canvas>
        ${this.bodyControllers?.hotspots.render() ?? nothing}
        ${this.bodyControllers?.overlays.render() ?? nothing}${this.bodyControllers?.anatomy.render() ?? nothing}${this.bodyControllers?.quiz.renderGuess() ?? nothing}
        ${renderStageStatus(state)}
      </div>
      ${renderToolbar(
        {
          pointCount: state.points.length,
          listOpen: showList,
          showViews: state.webgl !== false,
          view: state.body ? state.facing : state.view,
          evidenceOpen: state.panel === 'evidence',
          moreOpen: state.moreOpen,
          anatomy: state.showAnatomy,
          folded: state.toolbarFolded,
        },
        {
          toggleList: () => this.store.set('listOpen', !showList),
          toggleAnatomy: () => this.store.set('showAnatomy', !state.showAnatomy),
          setView: (name) => this.setView(name),
          toggleEvidence: (trigger) => toggleEvidence(this.store, trigger),
          setMoreOpen: (open) => this.store.set('moreOpen', open),
        },
        tr,
      )}
      <nav
        id="point-list"
        class="point-list"
        part="point-list"
        aria-label=${tr.t('list.label')}
        data-sheet=${state.listSheet}
        ?hidden=${!showList}
        @keydown=${this.onListKey}
      >
        ${state.webgl === false ? nothing : this.sheet.renderHandle('list')}${!this.listRendered ? nothing : guard([state.points, state.pointTexts, state.plan, tr], () =>
          renderPointList(
            localPoints(state),
            state.selected,
            (code, trigger) => this.chooseFromList(code, trigger),
            (listed) => this.modes.listDecoration(plan, listed),
            tr,
            localAshi(state),
          ),
        )}
      </nav>
      <section
        class="panel"
        part="panel"
        role="dialog"
        aria-modal="false"
        aria-labelledby="panel-title"
        tabindex="-1"
        data-sheet=${state.sheet}
        ?hidden=${state.panel === null || (state.panel === 'point' && !point)}
      >
        ${this.sheet.renderHandle()}${this.renderPanelContent()}
        <div class="cta"><slot name="cta"></slot></div>
      </section>
      <!-- The mode or quiz bar at the foot comes after the toolbar, the list and the panel:
        focus follows reading order, top to bottom (it came before the toolbar). -->
      ${state.quiz ? (this.bodyControllers?.quiz.render() ?? nothing) : this.modes.renderBar(() => this.startQuiz())}
      ${renderNotice(state.notice, { dismiss: () => this.store.set('notice', null), resized: () => this.layout.syncOverlaySpace() }, tr)}
      <div class="visually-hidden" aria-live="polite">${state.announcement}</div>
      ${state.panel ? nothing : html`<div class="footnote">${tr.t('stage.footnote')}</div>`}
    </div>`;
  }

  /**
   * A point chosen in the list. On a narrow widget the list is a bottom sheet: it gives way
   * to the point's sheet (the point is framed above it), and focus later returns to the
   * list's button, which stays on screen.
   */
  private chooseFromList(code: string, trigger: HTMLElement): void {
    if (this.store.state.webgl === false || !isNarrow(this)) {
      choosePoint(this.store, code, { trigger });
      return;
    }
    this.store.set('listOpen', false);
    choosePoint(this.store, code, { trigger: this.renderRoot.querySelector<HTMLElement>('.toolbar .list-button') ?? trigger });
  }

  /** Escape in the list's sheet closes the list (the sheet on top), not the panel under it. */
  private readonly onListKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.store.state.webgl === false || !isNarrow(this)) return;
    event.stopPropagation();
    this.sheet.closeList();
  };

  private renderPanelContent() {
    const state = this.store.state;
    const close = () => closePanel(this.store);
    if (state.panel === 'evidence') {
      const evidence = state.evidence && translatedBy(state.evidence, state.language.texts, (visitors, copy, replace) => visitors.visitEvidenceTexts(copy, replace));
      return renderEvidencePanel(close, evidence, state.language);
    }
    if (state.panel === 'protocol') return this.modes.renderProtocolPanel(close);
    const point = selectedPoint(state);
    if (!point) return nothing;
    return renderPointPanel(
      point,
      audience(state),
      { close, showEvidence: () => toggleEvidence(this.store, null) },
      this.modes.panelExtra(point, this.bodyControllers?.overlays.renderMeasurement() ?? nothing),
      this.bodyControllers?.depth.panelDepth(point) ?? depthBeforeStage(this.store),
      state.language,
    );
  }

  /** A click on bare skin or background: the quiz (if one runs) takes it as an answer. */
  private readonly onStageClick = (event: MouseEvent): void => {
    this.bodyControllers?.quiz.onStageClick(event);
  };
}

/** Each public property reads and writes its field of the element's store. */
for (const key of PUBLIC_KEYS) {
  Object.defineProperty(AcupointMap.prototype, key, {
    get(this: { store: MapStore }) {
      return this.store.state[key];
    },
    set(this: { store: MapStore }, value: never) {
      // 'page': the selection-change event is for changes the page did not make itself.
      this.store.set(key, value, 'page');
    },
    configurable: true,
    enumerable: true,
  });
}

/** Typed listeners: `el.addEventListener('error', (event) => event.detail.message)` needs no cast. */
export interface AcupointMap {
  addEventListener<K extends keyof AcupointMapEventMap>(
    type: K,
    listener: (this: AcupointMap, event: AcupointMapEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof AcupointMapEventMap>(
    type: K,
    listener: (this: AcupointMap, event: AcupointMapEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'acupoint-map': AcupointMap;
  }
}

export type { Side } from './catalogue/types.js';
