import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LOW_BACK_PAIN_POINTS } from './catalogue/data/low-back-pain.js';
import { PROTOCOLS, type Protocol } from './catalogue/protocols.js';
import { placePoint } from './catalogue/place.js';
import type { AcuPoint, PlacedMarker, Side, Vec3 } from './catalogue/types.js';
import { defaultModelUrl } from './default-model.js';
import { emit, type AcupointErrorDetail, type AcupointErrorType, type PointSelectDetail } from './element/events.js';
import { DeepLinkController } from './element/deep-link-controller.js';
import { renderEvidencePanel } from './element/evidence-panel.js';
import type { MapInternals } from './element/map-internals.js';
import { ModeController } from './element/mode-controller.js';
import { modeStyles } from './element/mode-styles.js';
import { OverlayController } from './element/overlay-controller.js';
import { QuizController, type QuizOptions } from './element/quiz-controller.js';
import { NOTICE_TEXT, renderNotice, type Notice } from './element/notice.js';
import { markerLabel, pointTitle } from './element/names.js';
import { ClusterLayer } from './element/cluster-layer.js';
import { SheetDrag, type SheetState } from './element/bottom-sheet.js';
import { declutter, spreadNeeded, type Cluster } from './element/marker-clusters.js';
import { whenNearViewport } from './element/near-viewport.js';
import { renderPointPanel, type Audience } from './element/panel.js';
import { renderPointList } from './element/point-list.js';
import { loadPointSet } from './element/points-source.js';
import { prefersReducedMotion, watchReducedMotion } from './element/reduced-motion.js';
import { styles } from './element/styles.js';
import { BodyView, type BodyModel } from './scene/body-view.js';
import type { ScreenMarker } from './scene/marker-projector.js';
import { keepInSight, type FreeRect } from './scene/keep-in-sight.js';
import { canCompileWasm } from './scene/model-loader.js';
import { isViewName, VIEWS, type ViewName } from './scene/orbit-rig.js';
import { webglUnavailableReason } from './scene/shared-renderer.js';
import { markStage } from './perf-mark.js';

export type { PointSelectDetail, AcupointErrorDetail, QuizAnswerDetail, QuizQuestionDetail } from './element/events.js';
export type { Protocol } from './catalogue/protocols.js';
export type { QuizOptions } from './element/quiz-controller.js';
export type { ViewName } from './scene/orbit-rig.js';

/** Where a point is on screen, in CSS pixels relative to the element's top-left corner. */
export interface PointScreenPosition {
  x: number;
  y: number;
  visible: boolean;
}

type PanelContent = 'point' | 'evidence' | 'protocol' | null;

/**
 * Distance between the centres of two shown buttons: 24 px marker targets and 26 px
 * cluster buttons never overlap (WCAG 2.2 target size and spacing).
 */
const MARKER_GAP = 26;

/** The bottom sheet's peek: this fraction of the widget's height (styles.ts says the same). */
const SHEET_PEEK = 0.45;

const VIEW_LABELS: Record<ViewName, string> = { back: 'Back', front: 'Front', left: 'Left', right: 'Right' };

/**
 * A rotatable 3D body with the acupuncture points used for low back pain. Click a
 * point, or pick it from the list, to read where it is, why it is used and how it is
 * needled.
 *
 * @summary 3D map of acupuncture points for low back pain.
 *
 * @fires {CustomEvent<PointSelectDetail>} point-select - A point was selected. `detail: {code, point}`.
 * @fires {Event} load - The model and points are ready and the first frame is drawn.
 * @fires {CustomEvent<AcupointErrorDetail>} error - Something could not be loaded or shown. `detail: {type: "model" | "points" | "webgl", message}`. Fired on the element and, like an `<img>`'s, not bubbling (on `window`, error trackers would take it for an uncaught exception). The last good points and body stay in use.
 * @fires {CustomEvent<QuizQuestionDetail>} quiz-question - The quiz asks for a point. `detail: {code}`.
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - The student answered (clicked the body) or skipped. `detail: {code, correct, errorCun}`: `errorCun` is the distance from the nearest marker of the point in B-cun of its region, null when skipped.
 *
 * @csspart stage - The 3D viewport (focusable; arrow keys orbit, +/- zoom, Home resets).
 * @csspart canvas - The canvas the body is drawn into.
 * @csspart hotspot - One marker button per point and side (`data-code`, `data-side`).
 * @csspart panel - The description panel.
 * @csspart panel-close - The panel's close button.
 * @csspart point-list - The list of all points.
 * @csspart toolbar - The row of view and list buttons.
 * @csspart notice - The visible error or information message.
 * @csspart mode-bar - The bar at the foot of the view with the practitioner's or the student's tools.
 * @csspart quiz - The quiz bar (question, score, skip).
 * @csspart legend - The channel colour legend (with `show-meridians`).
 * @csspart ruler-label - The caption of the cun ruler (student mode, a point selected).
 * @csspart session-info - "What a session is like" in the patient panel.
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

  static override properties = {
    src: { type: String },
    pointsSrc: { type: String, attribute: 'points-src' },
    selected: { type: String, reflect: true },
    view: { type: String },
    loading: { type: String },
    autoRotate: { type: Boolean, attribute: 'auto-rotate' },
    mode: { type: String },
    protocol: { type: String, reflect: true },
    plan: { type: String, reflect: true },
    protocols: { attribute: false },
    showMeridians: { type: Boolean, attribute: 'show-meridians', reflect: true },
    showLabels: { type: Boolean, attribute: 'show-labels', reflect: true },
    deepLink: { type: Boolean, attribute: 'deep-link' },
    _points: { state: true },
    _markers: { state: true },
    _panel: { state: true },
    _listOpen: { state: true },
    _notice: { state: true },
    _webgl: { state: true },
    _modelState: { state: true },
    _announcement: { state: true },
    _moreOpen: { state: true },
    _sheet: { state: true },
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
  /** Draw the channels near the lower back on the skin (Bladder, Governor vessel, Gallbladder, Kidney), with a legend. */
  declare showMeridians: boolean;
  /** Show each visible marker's code beside it (labels that would overlap are left out). */
  declare showLabels: boolean;
  /** Open the point in the page address (`#acupoint=BL23`), and write the selected point there. */
  declare deepLink: boolean;

  declare private _points: AcuPoint[];
  declare private _markers: PlacedMarker[];
  declare private _panel: PanelContent;
  declare private _listOpen: boolean;
  declare private _notice: Notice | null;
  declare private _webgl: boolean | null;
  declare private _modelState: 'idle' | 'loading' | 'ready' | 'failed';
  declare private _announcement: string;
  /** The narrow toolbar's menu (views, evidence) is open. */
  declare private _moreOpen: boolean;
  /** The bottom sheet's height on a narrow widget: a peek, or all the height below the toolbar. */
  declare private _sheet: SheetState;

  private bodyView: BodyView | null = null;
  private model: BodyModel | null = null;
  private screen: ScreenMarker[] = [];
  private pixelsPerMetre = 0;
  private started = false;
  private loadFired = false;
  private modelRequest: AbortController | null = null;
  private pointsRequest: AbortController | null = null;
  private stopWatching: (() => void)[] = [];
  private resizeObserver: ResizeObserver | null = null;
  private returnFocusTo: HTMLElement | null = null;
  private stopNearWatch: (() => void) | null = null;
  private lastMarkerIndex: number | null = null;
  private clusterLayer: ClusterLayer | null = null;
  private insetKey = '';
  private free: FreeRect | null = null;
  private readonly internals: MapInternals;
  private readonly quiz: QuizController;
  private readonly overlays: OverlayController;
  private readonly modes: ModeController;
  private readonly sheetDrag = new SheetDrag(
    () => this.renderRoot.querySelector<HTMLElement>('.panel'),
    () => {
      const top = this.free?.top ?? 54;
      return { peek: this.clientHeight * SHEET_PEEK, full: this.clientHeight - top };
    },
    (state) => {
      if (state === 'closed') this.closePanel();
      else this._sheet = state;
      // Same state as before (a drag that snapped back): the inline height is gone, redraw the insets.
      this.requestUpdate();
    },
  );

  constructor() {
    super();
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
    this._points = LOW_BACK_PAIN_POINTS.points;
    this._markers = [];
    this._panel = null;
    this._listOpen = false;
    this._notice = null;
    this._webgl = null;
    this._modelState = 'idle';
    this._announcement = '';
    this._moreOpen = false;
    this._sheet = 'peek';
    // Controllers see the element's private state through these getters.
    const element = this;
    this.internals = {
      get view() { return element.bodyView; },
      get model() { return element.model; },
      get points() { return element._points; },
      get markers() { return element._markers; },
      get screen() { return element.screen; },
      get lastMarkerIndex() { return element.lastMarkerIndex; },
    };
    this.quiz = new QuizController(this, this.internals);
    this.overlays = new OverlayController(this, this.internals);
    this.modes = new ModeController(this, this.internals, this.quiz, this.overlays, {
      openProtocolPanel: () => {
        this.selected = null;
        this._panel = 'protocol';
      },
      selectPoint: (code) => this.userSelect(code),
    });
    new DeepLinkController(this);
  }

  /** The point objects as loaded (built-in or from `points-src`). Read-only. */
  get points(): readonly AcuPoint[] {
    return this._points;
  }

  /** Landmark names of the loaded body model. Read-only. */
  get landmarks(): string[] {
    return this.model ? Object.keys(this.model.landmarks).sort() : [];
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
   * @param options - Which points to ask (`points`) and how many questions (`count`).
   */
  startQuiz(options?: QuizOptions): void {
    this.quiz.start(options);
  }

  /** End the quiz and show the markers again. */
  stopQuiz(): void {
    this.quiz.stop();
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
      this.fail('webgl', `Unknown view "${String(name)}": use one of ${Object.keys(VIEWS).join(', ')}.`, false);
      return;
    }
    if (this.view === name) this.bodyView?.setView(name, prefersReducedMotion());
    this.view = name;
  }

  /**
   * Model-space position of a point (metres; y up, facing +z, subject's left +x), or null.
   * @param code - A point code, e.g. "BL23".
   * @param side - "left" or "right" for a bilateral point (the subject's side); a midline point ignores it.
   */
  pointPosition(code: string, side?: 'left' | 'right'): Vec3 | null {
    const marker = this.findMarker(code, side);
    return marker ? { ...marker.position } : null;
  }

  /**
   * Model-space position of a landmark of the loaded model, or null.
   * @param name - A landmark name from `landmarks`.
   */
  landmarkPosition(name: string): Vec3 | null {
    const landmark = this.model?.landmarks[name];
    return landmark ? { ...landmark } : null;
  }

  /**
   * Where a point is on screen, in CSS pixels relative to the element, and whether it can be seen.
   * @param code - A point code, e.g. "BL23".
   * @param side - "left" or "right" for a bilateral point (the subject's side).
   */
  queryPoint(code: string, side?: 'left' | 'right'): PointScreenPosition | null {
    const marker = this.findMarker(code, side);
    if (!marker || !this.bodyView) return null;
    const { x, y, visible } = this.bodyView.project(marker.position, marker.normal);
    return { x, y, visible };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching.push(watchReducedMotion(() => this.applyAutoRotate()));
    this.addEventListener('keydown', this.onEscape);
    // Re-attached after a removal that tore the view down: start again.
    if (this.hasUpdated) this.startWhenNeeded();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stopWatching.splice(0)) stop();
    this.removeEventListener('keydown', this.onEscape);
    // Moving the element in the DOM disconnects and reconnects it in one task: keep the
    // 3D view through that, and tear down only if it stays out of the document.
    queueMicrotask(() => {
      if (!this.isConnected) this.teardown();
    });
  }

  protected override firstUpdated(): void {
    this.clusterLayer = new ClusterLayer(this.renderRoot.querySelector<HTMLElement>('.clusters')!, (cluster, button) =>
      this.openCluster(cluster, button),
    );
    this.startWhenNeeded();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('selected')) this.syncPanelToSelection(changed.get('selected') as string | null | undefined);
    // Each opened panel starts as a peek, so the chosen point stays in sight above it.
    if (changed.has('selected') || (changed.has('_panel') && this._panel === null)) this._sheet = 'peek';
  }

  protected override updated(changed: PropertyValues): void {
    // Insets first: keep-in-sight reads the markers' positions in the re-framed view.
    this.syncOverlaySpace();
    this.syncInsets();
    if (changed.has('selected')) this.announceSelection();
    if (changed.has('view') && this.bodyView && changed.get('view') !== undefined) {
      if (isViewName(this.view)) this.bodyView.setView(this.view, prefersReducedMotion());
    }
    if (changed.has('autoRotate')) this.applyAutoRotate();
    if (changed.has('src') && changed.get('src') !== undefined && this.started) void this.loadModel();
    if (changed.has('pointsSrc') && this.started) void this.loadPoints();
    if (changed.has('_markers') || changed.has('_listOpen')) this.afterHotspotsRendered();
  }

  override render() {
    const point = this.selectedPoint();
    const showList = this._listOpen || this._webgl === false;
    return html`
      <div
        class="stage"
        part="stage"
        tabindex=${this._webgl === false ? '-1' : '0'}
        role="group"
        aria-roledescription="3D body viewer"
        aria-label=${this._webgl === false
          ? '3D body viewer (not available in this browser)'
          : '3D body with acupuncture points. Drag or use the arrow keys to turn it, plus and minus to zoom, Home to reset.'}
        @click=${this.onStageClick}
      >
        <canvas part="canvas" aria-hidden="true"></canvas>
        <div class="hotspots ${this.quiz.running ? 'quiz' : ''}" @keydown=${this.onHotspotKey}>${this.renderHotspots()}</div>
        <div class="clusters" @keydown=${this.onHotspotKey}></div>
        ${this.overlays.render()}${this.quiz.renderGuess()}
        ${this.renderStatus()}
      </div>
      ${this.modes.renderBar()}
      <div class="toolbar" part="toolbar">
        <button
          class="chip"
          aria-expanded=${showList ? 'true' : 'false'}
          aria-controls="point-list"
          @click=${() => (this._listOpen = !showList)}
        >
          Points (${this._points.length})
        </button>
        <button
          class="chip more"
          aria-expanded=${this._moreOpen ? 'true' : 'false'}
          aria-controls="more-items"
          aria-label="More: views and evidence"
          @click=${() => (this._moreOpen = !this._moreOpen)}
        >
          <span aria-hidden="true">⋯</span>
        </button>
        <div id="more-items" class="more-items" ?data-open=${this._moreOpen} @click=${this.closeMoreAfterChoice}>
        ${this._webgl === false
          ? nothing
          : html`<div class="views" role="group" aria-label="View">
              ${(Object.keys(VIEWS) as ViewName[]).map(
                (name) => html`<button
                  aria-pressed=${this.view === name ? 'true' : 'false'}
                  @click=${() => this.setView(name)}
                >
                  ${VIEW_LABELS[name]}
                </button>`,
              )}
            </div>`}
        <span class="spacer"></span>
        <button
          class="chip evidence"
          aria-pressed=${this._panel === 'evidence' ? 'true' : 'false'}
          @click=${(event: Event) => this.openEvidence(event.currentTarget as HTMLElement)}
        >
          About the evidence
        </button>
        </div>
      </div>
      <nav id="point-list" class="point-list" part="point-list" aria-label="Acupuncture points" ?hidden=${!showList}>
        ${renderPointList(
          this._points,
          this.selected,
          (code, trigger) => {
            this.returnFocusTo = trigger;
            this.userSelect(code);
          },
          (point) => this.modes.listDecoration(point),
        )}
      </nav>
      <section
        class="panel"
        part="panel"
        role="dialog"
        aria-modal="false"
        aria-labelledby="panel-title"
        tabindex="-1"
        data-sheet=${this._sheet}
        ?hidden=${this._panel === null || (this._panel === 'point' && !point)}
      >
        <button
          class="sheet-handle"
          part="sheet-handle"
          aria-label=${this._sheet === 'full' ? 'Show less of the description (drag the handle to resize)' : 'Show all of the description (drag the handle to resize)'}
          aria-expanded=${this._sheet === 'full' ? 'true' : 'false'}
          @pointerdown=${this.sheetDrag.down}
          @pointermove=${this.sheetDrag.move}
          @pointerup=${this.sheetDrag.up}
          @pointercancel=${this.sheetDrag.up}
          @click=${() => {
            if (!this.sheetDrag.consumeDrag()) this._sheet = this._sheet === 'full' ? 'peek' : 'full';
          }}
        ></button>
        ${this._panel === 'evidence'
          ? renderEvidencePanel(() => this.closePanel())
          : this._panel === 'protocol'
            ? this.modes.renderProtocolPanel(() => this.closePanel())
            : point
              ? renderPointPanel(
                  point,
                  this.audience,
                  { close: () => this.closePanel(), showEvidence: () => this.openEvidence(null) },
                  this.modes.panelExtra(point),
                )
              : nothing}
        <div class="cta"><slot name="cta"></slot></div>
      </section>
      ${renderNotice(this._notice, { dismiss: () => (this._notice = null), resized: () => this.syncOverlaySpace() })}
      <div class="visually-hidden" aria-live="polite">${this._announcement}</div>
      ${this._panel ? nothing : html`<div class="footnote">Educational, not medical advice</div>`}
    `;
  }

  private renderHotspots() {
    const byCode = new Map(this._points.map((point) => [point.code, point]));
    const plan = this.modes.planCodes;
    const focus = this.modes.focus();
    return this._markers.map((marker, index) => {
      const point = byCode.get(marker.code);
      if (!point) return nothing;
      return html`<button
        class="hotspot ${marker.code === this.selected ? 'selected' : ''} ${this.modes.hotspotClasses(marker.code, focus)}"
        part="hotspot"
        data-index=${index}
        data-code=${marker.code}
        data-side=${marker.side}
        ?data-alternative=${marker.alternative}
        tabindex="-1"
        hidden
        aria-label=${markerLabel(point, marker.side, marker.label, marker.alternative) + this.modes.markerNote(marker.code, plan, focus)}
        aria-pressed=${marker.code === this.selected ? 'true' : 'false'}
        @click=${this.onHotspotClick}
      >${this.modes.hotspotContent(marker, plan)}</button>`;
    });
  }

  private renderStatus() {
    if (this._webgl === false) {
      return html`<div class="status"><p>The 3D view is not available in this browser. Choose a point from the list.</p></div>`;
    }
    if (this._modelState === 'loading' || (this._modelState === 'idle' && this.started)) {
      return html`<div class="status" role="status"><p>Loading the 3D body…</p></div>`;
    }
    if (this._modelState === 'failed' && !this.model) {
      return html`<div class="status"><p>The 3D body could not be shown. The point list still works.</p></div>`;
    }
    return nothing;
  }

  private get audience(): Audience {
    return this.mode === 'practitioner' || this.mode === 'student' ? this.mode : 'patient';
  }

  // ---- start-up and teardown ------------------------------------------------------

  private startWhenNeeded(): void {
    if (this.started || this.stopNearWatch) return;
    if (this.loading === 'eager') {
      this.start();
    } else {
      this.stopNearWatch = whenNearViewport(this, () => {
        this.stopNearWatch = null;
        this.start();
      });
    }
  }

  private start(): void {
    if (this.started || !this.isConnected) return;
    this.started = true;
    const canvas = this.renderRoot.querySelector('canvas')!;
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage')!;
    markStage('start');
    const view = BodyView.create(
      canvas,
      stage,
      {
        rendered: (screen, pixelsPerMetre) => this.onRendered(screen, pixelsPerMetre),
        interacted: () => this.stopAutoRotate(),
        resetRequested: () => this.bodyView?.setView(isViewName(this.view) ? this.view : 'back', prefersReducedMotion()),
      },
      this.skinColor(),
    );
    // The host's size decides the toolbar's wrapping (overlays) and the drawing size.
    this.resizeObserver = new ResizeObserver(() => {
      this.syncSize();
      this.syncOverlaySpace();
    });
    this.resizeObserver.observe(this);
    if (!view) {
      this._webgl = false;
      // The stage itself says the 3D view is unavailable and the list is open: no second message.
      this.fail('webgl', `WebGL is not available (${webglUnavailableReason() ?? 'no context'}), so the 3D view is off; the point list is shown instead.`, false);
    } else {
      markStage('context');
      this._webgl = true;
      this.bodyView = view;
      this.syncSize();
      if (isViewName(this.view)) view.setView(this.view, true);
      this.applyAutoRotate();
      void this.loadModel();
    }
    if (this.pointsSrc) void this.loadPoints();
  }

  private teardown(): void {
    this.modelRequest?.abort();
    this.pointsRequest?.abort();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.stopNearWatch?.();
    this.stopNearWatch = null;
    this.bodyView?.dispose();
    this.bodyView = null;
    this.model = null;
    this.started = false;
    this.loadFired = false;
    this._modelState = 'idle';
    this._markers = [];
  }

  private syncSize(): void {
    if (!this.bodyView) return;
    const rect = this.getBoundingClientRect();
    this.bodyView.setSize(rect.width, rect.height, window.devicePixelRatio);
    this.bodyView.setSkinColor(this.skinColor());
    this.insetKey = '';
    this.syncInsets();
    this.bodyView.drawNow();
  }

  /**
   * The part of the view nothing covers: below the toolbar, left of a side panel, above a
   * bottom sheet, the mode bar and a notice (CSS px of the widget's own box).
   */
  private freeRect(): FreeRect {
    const root = this.renderRoot;
    const width = this.clientWidth;
    const height = this.clientHeight;
    const free = { left: 0, top: 0, right: width, bottom: height };
    const toolbar = root.querySelector<HTMLElement>('.toolbar');
    if (toolbar) free.top = toolbar.offsetTop + toolbar.offsetHeight + 4;
    const panel = root.querySelector<HTMLElement>('.panel');
    if (panel && !panel.hidden && panel.offsetWidth > 0) {
      // A bottom sheet spans the width; a side panel leaves the width to its left free.
      if (panel.offsetLeft < 20) free.bottom = Math.min(free.bottom, panel.offsetTop - 4);
      else free.right = panel.offsetLeft - 8;
    }
    for (const selector of ['.mode-bar', '.notice']) {
      const bar = root.querySelector<HTMLElement>(selector);
      if (bar && bar.offsetWidth > 0 && bar.offsetTop > height / 2) free.bottom = Math.min(free.bottom, bar.offsetTop - 4);
    }
    return free;
  }

  /** Centre the figure in the free part of the view; redraw now so the markers' positions are current. */
  private syncInsets(): void {
    const view = this.bodyView;
    if (!view) return;
    const free = this.freeRect();
    this.free = free;
    const insets = { top: free.top, right: this.clientWidth - free.right, bottom: this.clientHeight - free.bottom, left: free.left };
    const key = `${insets.top} ${insets.right} ${insets.bottom}`;
    if (key === this.insetKey) return;
    this.insetKey = key;
    view.setInsets(insets);
    view.drawNow();
  }

  /**
   * Keep the overlays from covering each other or the controls: the list and the panel
   * start below the toolbar (it wraps onto more rows in a narrow widget) and end above the
   * notice; the list ends beside the panel, or above it where the panel is a bottom sheet.
   */
  private syncOverlaySpace(): void {
    const root = this.renderRoot;
    const list = root.querySelector<HTMLElement>('.point-list');
    const panel = root.querySelector<HTMLElement>('.panel');
    const toolbar = root.querySelector<HTMLElement>('.toolbar');
    if (!list || !panel || !toolbar) return;
    // Offsets are CSS pixels of the widget's own box, whatever transform or zoom the page applies.
    const notice = root.querySelector<HTMLElement>('.notice');
    const top = toolbar.offsetTop + toolbar.offsetHeight + 8;
    const bottom = notice ? notice.offsetHeight + 8 : 0;
    for (const box of [list, panel]) {
      box.style.setProperty('--_top-space', `${top}px`);
      box.style.setProperty('--_notice-space', `${bottom}px`);
    }
    list.style.removeProperty('--_list-bottom');
    list.style.removeProperty('--_list-max-width');
    // The mode bar (practitioner, student, quiz) sits at the foot: beside a side panel, or
    // above a bottom sheet, never under either (its last buttons were hidden).
    const bar = root.querySelector<HTMLElement>('.mode-bar');
    bar?.style.removeProperty('--_bar-bottom');
    bar?.style.removeProperty('--_bar-max-width');
    if (!panel.hidden && panel.offsetWidth > 0) {
      if (panel.offsetLeft < 20) {
        const aboveSheet = `${this.clientHeight - panel.offsetTop + 8}px`;
        list.style.setProperty('--_list-bottom', aboveSheet);
        bar?.style.setProperty('--_bar-bottom', aboveSheet);
      } else {
        list.style.setProperty('--_list-max-width', `${panel.offsetLeft - 20}px`);
        bar?.style.setProperty('--_bar-max-width', `${panel.offsetLeft - 20}px`);
      }
    }
    // The "not medical advice" footnote moves up above a mode bar that reaches under it.
    const footnote = root.querySelector<HTMLElement>('.footnote');
    footnote?.style.removeProperty('--_footnote-bottom');
    if (footnote && bar && bar.offsetWidth > 0 && bar.offsetLeft + bar.offsetWidth + 8 > footnote.offsetLeft) {
      footnote.style.setProperty('--_footnote-bottom', `${this.clientHeight - bar.offsetTop + 6}px`);
    }
  }

  private skinColor(): string {
    const value = getComputedStyle(this).getPropertyValue('--acupoint-skin').trim();
    return value || '#e3c2a6';
  }

  // ---- loading ----------------------------------------------------------------------

  private async loadModel(): Promise<void> {
    const view = this.bodyView;
    if (!view) return;
    this.modelRequest?.abort();
    const request = new AbortController();
    this.modelRequest = request;
    this._modelState = 'loading';
    const url = this.src || defaultModelUrl(canCompileWasm());
    try {
      this.model = await view.load(url, request.signal);
      if (request.signal.aborted) return;
      this._modelState = 'ready';
      this.placeMarkers();
    } catch (error) {
      if ((error as Error).name === 'AbortError' || request.signal.aborted) return;
      this._modelState = 'failed';
      // Without a body the list is the way to the points: open it (a body shown before stays).
      if (!this.model) this._listOpen = true;
      this.fail('model', (error as Error).message);
    }
  }

  private async loadPoints(): Promise<void> {
    this.pointsRequest?.abort();
    const url = this.pointsSrc;
    if (!url) {
      this.setPoints(LOW_BACK_PAIN_POINTS.points);
      return;
    }
    const request = new AbortController();
    this.pointsRequest = request;
    try {
      const set = await loadPointSet(url, request.signal);
      if (request.signal.aborted) return;
      this.setPoints(set.points);
    } catch (error) {
      if ((error as Error).name === 'AbortError' || request.signal.aborted) return;
      // The last good set stays on screen.
      const builtIn = this._points === LOW_BACK_PAIN_POINTS.points;
      this.fail(
        'points',
        `${(error as Error).message} The ${builtIn ? 'built-in' : 'previous'} points are still shown.`,
        builtIn
          ? "The clinic's point information could not be loaded, so the standard points for low back pain are shown."
          : 'The latest point information could not be loaded, so the points shown before are kept.',
      );
    }
  }

  /**
   * Replace the point set and re-place its markers. A fetched set was validated by
   * loadPointSet; the built-in set is validated by the tests (test/node/schema.test.ts), not
   * again on every page load.
   */
  private setPoints(points: AcuPoint[]): void {
    this._points = points;
    if (this.selected && !points.some((point) => point.code === this.selected)) this.selected = null;
    this.placeMarkers();
  }

  private placeMarkers(): void {
    if (!this.model) return;
    const markers: PlacedMarker[] = [];
    const problems: string[] = [];
    for (const point of this._points) {
      try {
        markers.push(...placePoint(point, this.model.landmarks, this.model.surface));
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    this._markers = markers;
    markStage('placed');
    this.bodyView?.setMarkers(markers);
    if (problems.length) {
      this.fail(
        'model',
        `${problems.length} point(s) could not be placed on this body model: ${problems.slice(0, 3).join(' ')}`,
        'Some points could not be shown on the 3D body. They are still in the list.',
      );
    }
    void this.updateComplete.then(() => {
      this.bodyView?.drawNow();
      if (!this.loadFired) {
        markStage('drawn');
        this.loadFired = true;
        this.dispatchEvent(new Event('load', { bubbles: true, composed: true }));
      }
    });
  }

  /**
   * Report a failure: `message` (technical: file, status, field) goes to the `error` event
   * and behind the notice's "Details"; the notice leads with plain words for a visitor.
   * `show` is that text, true for the standard text of `type`, or false for no notice.
   */
  private fail(type: AcupointErrorType, message: string, show: boolean | string = true): void {
    if (show !== false) this._notice = { text: show === true ? NOTICE_TEXT[type] : show, detail: message };
    // Like an <img>'s, this `error` does not bubble: on `window` a page's error tracker
    // (window.onerror, Sentry, a test runner) would take it for an uncaught exception.
    this.dispatchEvent(new CustomEvent<AcupointErrorDetail>('error', { detail: { type, message } }));
  }

  // ---- rendering hooks -----------------------------------------------------------------

  private hotspotButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.hotspot')];
  }

  private onRendered(screen: ScreenMarker[], pixelsPerMetre = this.pixelsPerMetre): void {
    this.screen = screen;
    this.pixelsPerMetre = pixelsPerMetre;
    // A marker dot about 0.6 cun wide: neighbours 0.5 to 1 cun apart (Jiaji, BL23) stay
    // apart when zoomed out, and grow to an easy target when zoomed in.
    const dot = Math.min(16, Math.max(7, pixelsPerMetre * 0.013));
    this.renderRoot.querySelector<HTMLElement>('.hotspots')?.style.setProperty('--dot', `${dot.toFixed(1)}px`);
    const buttons = this.hotspotButtons();
    // Markers whose targets would overlap merge into cluster buttons (not in the quiz,
    // where the markers are hidden); the selected point's markers always stay themselves.
    const pinned = new Set(this._markers.flatMap((marker, index) => (marker.code === this.selected ? [index] : [])));
    // A marker under the toolbar, a panel or the mode bar is not shown: it could not be tapped.
    const { left, top, right, bottom } = this.free ?? { left: 0, top: 0, right: Infinity, bottom: Infinity };
    const inView = screen.map((s) => ({ ...s, visible: s.visible && s.x >= left && s.x <= right && s.y >= top && s.y <= bottom }));
    const layout = this.quiz.running ? null : declutter(inView, { gap: MARKER_GAP, pinned });
    const single = new Set(layout?.single);
    for (const button of buttons) {
      const index = Number(button.dataset.index);
      const state = screen[index];
      if (!state) continue;
      button.hidden = !inView[index].visible || (layout !== null && !single.has(index));
      if (!button.hidden) button.style.transform = `translate(${state.x.toFixed(1)}px, ${state.y.toFixed(1)}px)`;
    }
    this.clusterLayer?.update(layout?.clusters ?? [], (members) => this.pointsOf(members));
    this.updateHotspotTabStop(buttons);
    this.modes.layoutLabels(buttons, screen);
    this.overlays.position();
    this.quiz.position();
  }

  private afterHotspotsRendered(): void {
    void this.updateComplete.then(() => this.onRendered(this.screen));
  }

  /** The distinct points of these markers, in catalogue order. */
  private pointsOf(members: readonly number[]): AcuPoint[] {
    const codes = new Set(members.map((index) => this._markers[index]?.code));
    return this._points.filter((point) => codes.has(point.code));
  }

  /** Markers and clusters on screen, the targets of the arrow keys and the one tab stop. */
  private targetButtons(buttons = this.hotspotButtons()): HTMLButtonElement[] {
    return [...buttons.filter((button) => !button.hidden), ...(this.clusterLayer?.visibleButtons() ?? [])];
  }

  /**
   * A cluster was tapped: one point's markers open that point (keep-in-sight then zooms
   * until they stand apart); several points zoom in on them until they stand apart.
   */
  private openCluster(cluster: Cluster, button: HTMLButtonElement): void {
    const view = this.bodyView;
    const points = this.pointsOf(cluster.members);
    this.returnFocusTo = button;
    if (points.length === 0) return;
    if (points.length === 1 || !view) {
      this.userSelect(points[0].code);
      return;
    }
    const members = cluster.members.map((index) => this._markers[index]);
    const centre = { x: 0, y: 0, z: 0 };
    for (const marker of members) {
      centre.x += marker.position.x / members.length;
      centre.y += marker.position.y / members.length;
      centre.z += marker.position.z / members.length;
    }
    // 1.15: a margin for foreshortening and the cluster not being at the target's depth.
    const scale = spreadNeeded(this.screen, cluster.members, MARKER_GAP) * 1.15;
    view.frame({ point: centre, azimuth: null, pixelsPerMetre: this.pixelsPerMetre * scale }, prefersReducedMotion());
    this.stopAutoRotate();
    this._announcement = `Zoomed in on ${points.length} points: ${points.map((point) => point.code).join(', ')}`;
    // Focus moves to the first of them once they stand apart, so the keyboard path is two keys too.
    void this.afterCameraSettles().then(() => {
      const first = this.hotspotButtons().find((candidate) => !candidate.hidden && cluster.members.includes(Number(candidate.dataset.index)));
      if (first && this.renderRoot instanceof ShadowRoot && (this.renderRoot.activeElement === button || !button.isConnected || button.hidden)) {
        for (const other of this.targetButtons()) other.tabIndex = other === first ? 0 : -1;
        first.focus();
      }
    });
  }

  private afterCameraSettles(): Promise<void> {
    return new Promise((resolve) => {
      const start = performance.now();
      const check = () => (!this.bodyView?.rig.animating || performance.now() - start > 2000 ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
  }

  /** One tab stop for all markers: the selected one if visible, else the first visible. */
  private updateHotspotTabStop(buttons: HTMLButtonElement[]): void {
    const visible = this.targetButtons(buttons);
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const stop =
      visible.find((button) => button === focused) ??
      visible.find((button) => button.dataset.code === this.selected) ??
      visible[0];
    for (const button of [...buttons, ...(this.clusterLayer?.visibleButtons() ?? [])]) button.tabIndex = button === stop ? 0 : -1;
  }

  // ---- selection -----------------------------------------------------------------------

  private selectedPoint(): AcuPoint | undefined {
    return this.selected ? this._points.find((point) => point.code === this.selected) : undefined;
  }

  private findMarker(code: string, side?: 'left' | 'right'): PlacedMarker | undefined {
    const candidates = this._markers.filter((marker) => marker.code === code && !marker.alternative);
    return candidates.find((marker) => !side || marker.side === side || marker.side === 'midline') ?? undefined;
  }

  private userSelect(code: string): void {
    this.selected = code;
    this._panel = 'point';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.panel')?.focus());
  }

  /** Before rendering: the panel follows `selected` in the same update. */
  private syncPanelToSelection(previous: string | null | undefined): void {
    const point = this.selectedPoint();
    if (point) {
      this._panel = 'point';
      this._announcement = `${pointTitle(point)}, ${point.english}: description opened`;
      return;
    }
    if (this.selected && this._points.length) {
      console.warn(`<acupoint-map>: no point "${this.selected}" in the current set.`);
    }
    if (this._panel === 'point') this._panel = null;
    if (previous) this._announcement = 'Panel closed';
  }

  /** After rendering: tell the page, and bring the point into view. */
  private announceSelection(): void {
    const point = this.selectedPoint();
    if (!point) return;
    this.keepInSight(point.code);
    emit<PointSelectDetail>(this, 'point-select', { code: point.code, point });
  }


  /**
   * Turn and zoom just enough that one of the point's markers is in the free part of the
   * view (not under the panel, sheet, toolbar or mode bar) and stands apart from its
   * neighbours; nothing moves when it already is.
   */
  private keepInSight(code: string): void {
    const view = this.bodyView;
    if (!view) return;
    const chosen = this._markers.flatMap((marker, index) => (marker.code === code && !marker.alternative ? [index] : []));
    const request = keepInSight({
      markers: this._markers,
      screen: this.screen,
      chosen,
      free: this.freeRect(),
      gap: MARKER_GAP,
      pixelsPerMetre: this.pixelsPerMetre,
      camera: view.camera.position,
      closeUp: view.pixelsPerMetre(0.55),
    });
    if (!request) return;
    this.stopAutoRotate();
    view.frame(request, prefersReducedMotion());
  }

  private closePanel(): void {
    const wasPoint = this._panel === 'point';
    this._panel = null;
    if (wasPoint) this.selected = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target?.isConnected) target.focus();
  }

  private openEvidence(trigger: HTMLElement | null): void {
    if (this._panel === 'evidence') {
      this.closePanel();
      return;
    }
    if (trigger) this.returnFocusTo = trigger;
    this._panel = 'evidence';
    this._announcement = 'About the evidence opened';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.panel')?.focus());
  }

  // ---- input ---------------------------------------------------------------------------

  private onHotspotClick = (event: MouseEvent): void => {
    event.stopPropagation();
    if (this.bodyView?.lastPressWasDrag && event.detail !== 0) return;
    const button = event.currentTarget as HTMLButtonElement;
    this.returnFocusTo = button;
    // The cun ruler explains the marker clicked (this side, this member of a group).
    this.lastMarkerIndex = Number(button.dataset.index);
    this.requestUpdate();
    // Shown markers never overlap (declutter), so the button under the finger is the point.
    this.userSelect(button.dataset.code!);
  };

  /** A choice in the narrow toolbar's menu closes it (on wide widgets it is not a menu). */
  private closeMoreAfterChoice = (event: Event): void => {
    if (this._moreOpen && (event.target as HTMLElement).closest('button')) this._moreOpen = false;
  };

  /** A click on bare skin or background: the quiz takes it as an answer. */
  private onStageClick = (event: MouseEvent): void => {
    const rect = this.getBoundingClientRect();
    this.quiz.handleClick(event.clientX - rect.left, event.clientY - rect.top);
  };

  /** Arrow keys move between visible markers; Enter/Space click (native button behaviour). */
  private onHotspotKey = (event: KeyboardEvent): void => {
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
    if (!keys.includes(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    const visible = this.targetButtons()
      .sort((a, b) => this.screenX(a) - this.screenX(b) || this.screenY(a) - this.screenY(b));
    const current = visible.indexOf(event.target as HTMLButtonElement);
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
    const next = visible[(current + step + visible.length) % visible.length];
    if (next) {
      for (const button of visible) button.tabIndex = button === next ? 0 : -1;
      next.focus();
    }
  };

  /** Escape anywhere in the widget closes the narrow toolbar's menu, else the open panel. */
  private onEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this._moreOpen) {
      event.preventDefault();
      this._moreOpen = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.more')?.focus());
    } else if (event.key === 'Escape' && this._panel) {
      event.preventDefault();
      this.closePanel();
    }
  };

  private screenX(button: HTMLElement): number {
    return button.dataset.x ? Number(button.dataset.x) : (this.screen[Number(button.dataset.index)]?.x ?? 0);
  }

  private screenY(button: HTMLElement): number {
    return button.dataset.y ? Number(button.dataset.y) : (this.screen[Number(button.dataset.index)]?.y ?? 0);
  }

  private applyAutoRotate(): void {
    this.bodyView?.setAutoRotate(this.autoRotate && !prefersReducedMotion());
  }

  private stopAutoRotate(): void {
    this.bodyView?.setAutoRotate(false);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acupoint-map': AcupointMap;
  }
}

export type { Side };
