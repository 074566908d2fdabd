import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOW_BACK_PAIN_POINTS } from '../catalogue/data/low-back-pain.js';
import type { EvidenceContent } from '../catalogue/evidence.js';
import type { Protocol } from '../catalogue/protocols.js';
import type { SessionInfo } from '../catalogue/session-info.js';
import type { AcuPoint, PlacedMarker } from '../catalogue/types.js';
import type { Vec3 } from '../geometry/vec3.js';
import type { QuizState } from '../modes/quiz.js';
import type { RulerGeometry } from '../modes/ruler-geometry.js';
import type { BodyModel, BodyView } from '../scene/body-view.js';
import type { FreeRect, ScreenMarker, ViewName } from '../scene/body-view-types.js';
import type { SheetState } from './bottom-sheet.js';
import type { Box } from './free-rect.js';
import type { Notice } from './notice.js';
import type { Stage3d } from './stage-3d.js';
import type { Audience } from './panel.js';
import type { DepthPanel } from './depth-view.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';
import type { ContentTexts } from '../i18n/content-texts.js';

/** What the panel shows: a point, "About the evidence", a protocol card, or nothing. */
export type PanelContent = 'point' | 'evidence' | 'protocol' | null;

/** The element's public properties: its attributes read and write these fields of the store. */
export interface PublicState {
  src: string | null;
  pointsSrc: string | null;
  selected: string | null;
  view: ViewName;
  loading: 'lazy' | 'eager';
  autoRotate: boolean;
  mode: Audience;
  protocol: string | null;
  plan: string | null;
  protocols: readonly Protocol[];
  showMeridians: boolean;
  showLabels: boolean;
  deepLink: boolean;
  showAnatomy: boolean;
}

/** Everything the element shows or knows, in one place. */
export interface MapState extends PublicState {
  /**
   * Which of the selected point's markers (index into `markers`) the user clicked, so the
   * cun ruler explains that one; null when the selection came by code (list, attribute).
   */
  selectedMarker: number | null;
  /** The point set in use (built-in or `points-src`), as loaded: English, or a custom set's first language. */
  points: AcuPoint[];
  /** A multilingual `points-src` set's texts in its other languages, by widget language; null for one language. */
  pointTexts: Readonly<Record<string, ContentTexts>> | null;
  /** The second stage's code (three.js and what needs it), once loaded. */
  stage3d: Stage3d | null;
  /** The 3D view, once the 3D stage has made it; null before, without WebGL, and after teardown. */
  body: BodyView | null;
  /** The loaded body model (landmarks and skin), or null. */
  model: BodyModel | null;
  /** The markers placed on `model`, in the order the view projects them. */
  markers: PlacedMarker[];
  /** The 3D stage has been asked for (near the viewport, or `loading="eager"`). */
  started: boolean;
  /** null until tried; false when the browser has no WebGL. */
  webgl: boolean | null;
  modelState: 'idle' | 'loading' | 'ready' | 'failed';
  /** The first frame with the body and its markers is drawn (`load` has fired). */
  drawn: boolean;
  /**
   * The preset view the camera faces (or is turning to), measured each frame: it differs from
   * `view` after a drag or a turn to a selected point on another side, and is null between
   * presets (auto-rotation). The view buttons show this one as pressed.
   */
  facing: ViewName | null;
  panel: PanelContent;
  listOpen: boolean;
  notice: Notice | null;
  /** The text of "About the evidence", once its chunk has arrived. */
  evidence: EvidenceContent | null;
  /** "What a session is like" (the patient's point panel), once its chunk has arrived. */
  session: SessionInfo | null;
  /** Read out by screen readers (a polite live region). */
  announcement: string;
  /** What to focus once the next render is done (a selector in the shadow root). */
  focusAfterRender: string | null;
  /** Where focus goes back to when the panel closes. */
  returnFocusTo: HTMLElement | null;
  /**
   * A marker that gets focus as soon as its button is shown again: the panel closed while the
   * button it was opened from was covered or gone (focus waits on the stage meanwhile).
   */
  focusMarkerWhenShown: { code: string; side: string } | null;
  quiz: QuizState | null;
  /** Where the student clicked for the answer shown. */
  quizGuess: Vec3 | null;
  /** The last quiz click missed the body. */
  quizOffBody: boolean;
  /**
   * The keyboard's aim while a question is asked (CSS px in the host): the arrow keys move
   * it and Enter answers there as a click would. Null when no question is asked.
   */
  quizAim: { x: number; y: number } | null;
  /** The cun ruler on show (student mode, a point selected). */
  ruler: RulerGeometry | null;
  /** The bottom sheet (the panel on a narrow widget): a peek, or all the height below the toolbar. */
  sheet: SheetState;
  /** The point list as a bottom sheet (on a narrow widget): a peek, or all the height below the toolbar. */
  listSheet: SheetState;
  /** The toolbar's "More" menu is open. */
  moreOpen: boolean;
  /**
   * How many of the toolbar's groups (the least used first: evidence, anatomy, views) are in
   * its "More" menu, as measured to keep it one row (toolbar-fit-controller.ts).
   */
  toolbarFolded: number;
  /** After "Copy link": copied, or the link to copy by hand; `plan` is the plan it was made for. */
  linkStatus: { copied: boolean; link: string; plan: string } | null;
  /** The anatomy layer: being fetched, on show, or failed (with `show-anatomy` on). */
  anatomy: 'off' | 'loading' | 'shown' | 'failed';
  /** The selected point's depth view (null when none is asked for). */
  depth: DepthPanel | null;
  /** A patient opened the depth view (it is open by default for the other audiences). */
  depthOpen: boolean;
  /** The language the widget speaks: its interface strings, numbers and lists. */
  language: Translator;
  /**
   * The chosen protocol's points the camera could not show with the others (on the other
   * side of the body, or not fitting above its card even zoomed out): the card names them.
   */
  planOutOfView: readonly string[];
}

/** The state the element starts with, besides its public properties' defaults. */
export const INITIAL_STATE: Omit<MapState, keyof PublicState> = {
  selectedMarker: null,
  points: LOW_BACK_PAIN_POINTS.points,
  pointTexts: null,
  stage3d: null,
  body: null,
  model: null,
  markers: [],
  started: false,
  webgl: null,
  modelState: 'idle',
  drawn: false,
  facing: null,
  panel: null,
  listOpen: false,
  notice: null,
  evidence: null,
  session: null,
  announcement: '',
  focusAfterRender: null,
  returnFocusTo: null,
  focusMarkerWhenShown: null,
  quiz: null,
  quizGuess: null,
  quizOffBody: false,
  quizAim: null,
  ruler: null,
  linkStatus: null,
  sheet: 'peek',
  listSheet: 'peek',
  moreOpen: false,
  toolbarFolded: 0,
  anatomy: 'off',
  depth: null,
  depthOpen: false,
  language: ENGLISH,
  planOutOfView: [],
};

/** Who wrote a field: the page (a public property or its attribute) or the element itself. */
export type Writer = 'page' | 'element';

/** Signals that are not state: a frame was drawn, the user moved the camera, Home was pressed. */
export type MapSignal = 'frame' | 'interacted' | 'reset';

type Host = ReactiveControllerHost & HTMLElement & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/**
 * The element's single store. Every controller reads and writes its state here and never
 * calls another controller; a write asks the element for an update (Lit batches them), and
 * a public property's write goes through Lit's property machinery so attributes reflect.
 *
 * `changed` lists the fields written for this update, with their previous values, like
 * Lit's `changedProperties`: controllers react to it in `hostUpdate` (before render) and
 * `hostUpdated` (after). Writes before render belong to this update; writes after it (in
 * `hostUpdated`, `updated`, or between updates) to the next one. The store must be the
 * element's first controller, so its `hostUpdate` opens the update before the others run.
 *
 * Positions on screen change every frame and are no state: `frame()` stores them without an
 * update and tells the `'frame'` listeners, which move DOM directly.
 */
export class MapStore implements ReactiveController {
  private readonly current: MapState;
  private changes = new Map<keyof MapState, unknown>();
  /** Writes for the next update. */
  private pending = new Map<keyof MapState, unknown>();
  /** Who made the latest write of each changed field, for this update and the next. */
  private writers = new Map<keyof MapState, Writer>();
  private pendingWriters = new Map<keyof MapState, Writer>();
  private rendering = false;
  private readonly listeners = new Map<MapSignal, Set<() => void>>();
  /** Where each marker was in the last frame, in `markers` order. */
  screen: readonly ScreenMarker[] = [];
  /** CSS pixels per metre at the figure's depth in the last frame. */
  pixelsPerMetre = 0;
  /**
   * The part of the view nothing covers (below the toolbar, beside a side panel, above a
   * sheet or the mode bar), measured after each render; null before the first.
   */
  free: FreeRect | null = null;
  /** The controls and cards over the view (CSS px of the widget): markers under them are not shown. */
  covers: readonly Box[] = [];

  /** The element's constructor then sets the public fields to their documented defaults. */
  constructor(
    private readonly host: Host,
    private readonly publicKeys: ReadonlySet<string>,
  ) {
    this.current = { ...INITIAL_STATE } as MapState;
    host.addController(this);
  }

  get state(): Readonly<MapState> {
    return this.current;
  }

  /** Fields written for the current update, with their values before. */
  get changed(): ReadonlyMap<keyof MapState, unknown> {
    return this.changes;
  }

  /** Whether the page made the latest change of `key` in this update (see `Writer`). */
  changedByPage(key: keyof MapState): boolean {
    return this.writers.get(key) === 'page';
  }

  set<K extends keyof MapState>(key: K, value: MapState[K], writer: Writer = 'element'): void {
    const old = this.current[key];
    if (Object.is(old, value)) return;
    this.current[key] = value;
    const into = this.rendering ? this.changes : this.pending;
    if (!into.has(key)) into.set(key, old);
    (this.rendering ? this.writers : this.pendingWriters).set(key, writer);
    if (this.publicKeys.has(key)) this.host.requestUpdate(key, old);
    else this.host.requestUpdate();
  }

  /**
   * Read a one-shot request and clear it without asking for an update: acting on it
   * (focusing) changes nothing rendered, and a write after an update makes Lit update again
   * for nothing (its dev-mode "change-in-update" warning).
   */
  take<K extends 'focusAfterRender'>(key: K): MapState[K] {
    const value = this.current[key];
    this.current[key] = null;
    return value;
  }

  update(patch: Partial<MapState>): void {
    for (const key of Object.keys(patch) as (keyof MapState)[]) this.set(key, patch[key] as never);
  }

  hostUpdate(): void {
    this.changes = this.pending;
    this.pending = new Map();
    this.writers = this.pendingWriters;
    this.pendingWriters = new Map();
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
  }

  /** A frame was drawn: where the markers are now. */
  frame(screen: readonly ScreenMarker[], pixelsPerMetre: number): void {
    this.screen = screen;
    this.pixelsPerMetre = pixelsPerMetre;
    this.signal('frame');
  }

  signal(name: MapSignal): void {
    for (const listener of this.listeners.get(name) ?? []) listener();
  }

  /** Listen for a signal; returns a function that stops listening. */
  on(name: MapSignal, listener: () => void): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }
}
