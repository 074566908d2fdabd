import { html, nothing, type TemplateResult } from 'lit';
import { formatCun } from '../catalogue/measurement-text.js';
import {
  answer, CORRECT_WITHIN_CUN, createQuiz, currentCode, DEFAULT_QUESTIONS, lastResult, next, score, skip,
  type QuizState,
} from '../modes/quiz.js';
import { emit, type QuizAnswerDetail, type QuizQuestionDetail } from './events.js';
import { spokenTitle } from './names.js';
import { localPoints } from './localized.js';
import type { QuizOptions } from './quiz-options.js';
import { reportError } from './report-error.js';
import { FrameController } from './frame-controller.js';
import { aimCentre, clampAim, isAimKey, moveAim, type AimBounds } from './quiz-aim.js';

export type { QuizOptions } from './quiz-options.js';

/**
 * "Find BL40": the markers hide, the student clicks the body where they think the point is,
 * and the quiz answers with the distance in B-cun, shows the real marker and keeps score.
 * Keyboard and screen-reader users hear each question and can skip it to see the answer;
 * keyboard users answer with an aim on the stage (arrow keys move it, Enter or Space answers
 * there exactly as a click would).
 */
export class QuizController extends FrameController {
  override hostConnected(): void {
    super.hostConnected();
    // Capture on the host: runs before the stage's own key handling (OrbitInput turns the
    // body with the arrow keys), so while a question is asked the arrows move the aim instead.
    // The controller itself is the listener (handleEvent): FrameController's constructor
    // calls this before the subclass's fields exist, so an arrow-function field would be undefined.
    this.host.addEventListener('keydown', this, { capture: true });
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.host.removeEventListener('keydown', this, { capture: true });
    this.store.update({ quiz: null, quizAim: null });
  }

  private get state(): QuizState | null {
    return this.store.state.quiz;
  }

  /** Start a quiz; options the page got wrong are an `error` event ("usage"), never an exception. */
  start(options: QuizOptions = {}): void {
    const { points, markers } = this.store.state;
    const placed = new Set(markers.map((marker) => marker.code));
    // Before the body is loaded every point can be asked; after, only points on this body.
    const available = points.map((point) => point.code).filter((code) => placed.size === 0 || placed.has(code));
    const checked = checkQuizOptions(options, available);
    if (typeof checked === 'string') {
      reportError(this.host, this.store, 'usage', `startQuiz: ${checked}`, false);
      return;
    }
    const { codes, count } = checked;
    this.store.update({ quiz: createQuiz(codes, count), quizGuess: null, quizOffBody: false, selected: null });
    this.ask();
    this.focusBar();
  }

  stop(): void {
    this.store.update({ quiz: null, quizGuess: null, quizAim: null });
  }

  /** A click on the stage at CSS pixel (x, y); true if the quiz took it. */
  handleClick(x: number, y: number): boolean {
    const { quiz: state, body: view } = this.store.state;
    if (state?.phase === 'asking' && view?.lastPressWasDrag) return true;
    return this.answerAt(x, y);
  }

  /** Answer at CSS pixel (x, y) in the host: a click's or the keyboard aim's; true if the quiz took it. */
  private answerAt(x: number, y: number): boolean {
    const { quiz: state, body: view, model, points } = this.store.state;
    if (!state || state.phase !== 'asking' || !view || !model) return false;
    const code = currentCode(state)!;
    const point = points.find((p) => p.code === code);
    const clicked = view.pick(x, y);
    this.store.set('quizOffBody', clicked === null);
    const miss = clicked && point ? view.quizMiss(point, clicked) : null;
    if (!clicked || !miss) return true;
    this.store.set('quizGuess', clicked);
    this.record(answer(state, miss.errorCun, miss.toleranceCun, miss.clicked?.code ?? null));
    // The mark is placed after each frame; when no frame follows the answer it would stay
    // at the stage's corner, so place it as soon as it is rendered.
    void this.host.updateComplete.then(() => this.position());
    return true;
  }

  /**
   * While a question is asked and the stage or the quiz bar itself (where focus lands when a
   * question is asked) has focus: the arrow keys move the aim (Shift: larger steps) and
   * Enter or Space answers there. Keys on the bar's buttons stay theirs.
   */
  handleEvent(event: KeyboardEvent): void {
    if (this.state?.phase !== 'asking' || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || !target.matches('.stage, .mode-bar.quiz')) return;
    const bounds = this.stageBounds();
    if (!bounds) return;
    const aim = clampAim(this.store.state.quizAim ?? aimCentre(bounds), bounds);
    if (isAimKey(event.key)) this.store.set('quizAim', moveAim(aim, event.key, event.shiftKey, bounds));
    else if (event.key === 'Enter' || event.key === ' ') this.answerAt(aim.x, aim.y);
    else return;
    // Also keeps Enter's keypress from clicking the "Next question" button focus moves to.
    event.preventDefault();
    event.stopPropagation();
  }

  /** The stage's box in the host's CSS pixels (the space handleClick's x and y are in). */
  private stageBounds(): AimBounds | null {
    const stage = this.host.renderRoot.querySelector<HTMLElement>('.stage');
    if (!stage) return null;
    const host = this.host.getBoundingClientRect();
    const box = stage.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return null;
    return { left: box.left - host.left, top: box.top - host.top, width: box.width, height: box.height };
  }

  /** A click on bare skin or background: the quiz takes it as an answer. */
  readonly onStageClick = (event: MouseEvent): void => {
    const rect = this.host.getBoundingClientRect();
    this.handleClick(event.clientX - rect.left, event.clientY - rect.top);
  };

  skip(): void {
    if (this.state?.phase !== 'asking') return;
    this.store.set('quizGuess', null);
    this.record(skip(this.state));
  }

  next(): void {
    if (!this.state) return;
    const state = next(this.state);
    this.store.update({ quiz: state, quizGuess: null, quizOffBody: false, quizAim: null });
    if (state.phase === 'asking') this.ask();
    this.focusBar();
  }

  /** After each frame: the student's click stays on the skin where it was made. */
  position(): void {
    const dot = this.host.renderRoot.querySelector<HTMLElement>('.quiz-guess');
    const { body: view, quizGuess: guess } = this.store.state;
    if (!dot || !view || !guess) return;
    const at = view.project(guess, null);
    dot.hidden = !at.visible;
    dot.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px)`;
  }

  /**
   * The stage's label while a question is asked: the arrow keys move the aim ring
   * (quiz-aim.ts) and the points are hidden. Null otherwise (the element's own label).
   */
  stageLabel(): string | null {
    return this.state?.phase === 'asking' ? this.store.state.language.t('stage.labelQuiz') : null;
  }

  /** The quiz bar (in place of the mode bar) and the click mark (in the stage). */
  render(): TemplateResult | typeof nothing {
    const state = this.state;
    if (!state) return nothing;
    const tr = this.store.state.language;
    const { correct, answered, total } = score(state);
    const tally = html`<span class="score">${tr.t('quiz.score', { correct, answered })}</span>`;
    if (state.phase === 'finished') {
      return html`<div class="quiz mode-bar" part="quiz" role="group" aria-label=${tr.t('quiz.label')} tabindex="-1">
        <p class="prompt" role="status">${tr.t('quiz.finished', { correct, total, cun: CORRECT_WITHIN_CUN })}</p>
        <button class="chip primary" @click=${() => this.start({ points: [...state.questions] })}>${tr.t('quiz.again')}</button>
        <button class="chip" @click=${() => this.stop()}>${tr.t('quiz.close')}</button>
      </div>`;
    }
    const code = currentCode(state)!;
    const point = localPoints(this.store.state).find((p) => p.code === code);
    // "BL23 Shenshu", or "BL23 肾俞" for a Chinese reader, as the markers and the panel name it.
    const name = point ? spokenTitle(point, tr) : code;
    const progress = tr.t('quiz.progress', { index: state.index + 1, total });
    if (state.phase === 'asking') {
      return html`<div class="quiz mode-bar" part="quiz" role="group" aria-label=${tr.t('quiz.label')} tabindex="-1">
        <p class="prompt" role="status">
          <span class="progress">${progress}</span>
          <strong>${tr.t('quiz.find', { name })}</strong>${point ? html`<span class="hint">${point.english}</span>` : nothing}
          <span class="hint">${tr.t(this.store.state.quizOffBody ? 'quiz.offBody' : 'quiz.clickHint')}</span>
        </p>
        ${tally}
        <button
          class="chip"
          aria-pressed=${this.store.state.showAnatomy ? 'true' : 'false'}
          aria-label=${tr.t('quiz.hintLabel')}
          title=${tr.t('quiz.hintTitle')}
          @click=${() => this.store.set('showAnatomy', !this.store.state.showAnatomy)}
        >${tr.t('quiz.hint')}</button>
        <button class="chip" @click=${() => this.skip()}>${tr.t('quiz.skip')}</button>
        <button class="chip" @click=${() => this.stop()}>${tr.t('quiz.stop')}</button>
      </div>`;
    }
    const result = lastResult(state)!;
    const within = tr.t('quiz.within', { cun: formatCun(result.withinCun ?? CORRECT_WITHIN_CUN, tr) });
    const off = result.errorCun === null ? '' : formatCun(result.errorCun, tr);
    const verdict = result.errorCun === null
      ? tr.t('quiz.skipped', { name })
      : result.correct
        ? tr.t('quiz.correct', { cun: off, code, within })
        : result.clicked
          ? tr.t('quiz.wrongOther', { clicked: result.clicked, cun: off, code })
          : tr.t('quiz.wrong', { cun: off, code, within });
    return html`<div class="quiz mode-bar" part="quiz" role="group" aria-label=${tr.t('quiz.label')} tabindex="-1" data-result=${result.correct ? 'correct' : 'wrong'}>
      <p class="prompt" role="status"><span class="progress">${progress}</span><strong>${verdict}</strong></p>
      ${tally}
      <button class="chip primary" @click=${() => this.next()}>${tr.t(state.index + 1 < total ? 'quiz.next' : 'quiz.seeScore')}</button>
      <button class="chip" @click=${() => this.stop()}>${tr.t('quiz.stop')}</button>
    </div>`;
  }

  /** The mark where the student clicked, while the answer is shown; the keyboard's aim while asked. */
  renderGuess(): TemplateResult | typeof nothing {
    const { quizGuess: guess, quizAim: aim } = this.store.state;
    if (this.state?.phase === 'asking' && aim) {
      // Moved in steps, never animated (reduced motion or not): each key press puts it there.
      return html`<div class="quiz-aim" aria-hidden="true" style="transform: translate(${aim.x.toFixed(1)}px, ${aim.y.toFixed(1)}px)"></div>`;
    }
    return guess && this.state?.phase === 'answered'
      ? html`<div class="quiz-guess" aria-hidden="true" data-result=${lastResult(this.state)?.correct ? 'correct' : 'wrong'}></div>`
      : nothing;
  }

  /** Keyboard and screen-reader users land on the quiz bar, which announces the question. */
  private focusBar(): void {
    // Not just ".quiz": the hotspot layer carries that class during a quiz too.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.mode-bar.quiz')?.focus());
  }

  private ask(): void {
    // The aim starts at the stage's centre for each question, shown from the start so a
    // keyboard user sees what the arrow keys will move.
    const bounds = this.stageBounds();
    this.store.set('quizAim', bounds ? aimCentre(bounds) : null);
    const code = currentCode(this.state!)!;
    emit<QuizQuestionDetail>(this.host, 'quiz-question', { code });
  }

  private record(state: QuizState): void {
    this.store.update({ quiz: state, quizAim: null });
    const result = lastResult(state)!;
    emit<QuizAnswerDetail>(this.host, 'quiz-answer', { code: result.code, correct: result.correct, errorCun: result.errorCun, clicked: result.clicked ?? null });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.quiz .primary')?.focus());
  }
}

/**
 * The codes and count a quiz asks with, or what is wrong with the page's options (any
 * value may come from a page: `{count: NaN}`, `{points: "BL23"}`, `"ten"`).
 */
export function checkQuizOptions(options: unknown, available: readonly string[]): { codes: string[]; count: number } | string {
  const example = 'e.g. {points: ["BL23", "BL40"], count: 2}';
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return `its options must be an object, ${example}.`;
  const { points, count } = options as { points?: unknown; count?: unknown };
  if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 1)) {
    return `count must be a whole number of 1 or more, not ${JSON.stringify(count) ?? String(count)}.`;
  }
  let codes = [...available];
  if (points !== undefined) {
    if (!Array.isArray(points) || !points.every((code) => typeof code === 'string')) return `points must be a list of point codes, ${example}.`;
    if (points.length === 0) return 'points is empty: give at least one point code.';
    const chosen = new Set(points as string[]);
    codes = codes.filter((code) => chosen.has(code));
    if (codes.length === 0) {
      const listed = (points as string[]).slice(0, 5).join(', ');
      return `none of the points asked for (${listed}) is in the current set on the body.`;
    }
  }
  if (codes.length === 0) return 'there are no points on the body to ask about.';
  return { codes, count: (count as number | undefined) ?? (points !== undefined ? codes.length : DEFAULT_QUESTIONS) };
}
