import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Vec3 } from '../catalogue/types.js';
import { formatCun } from '../catalogue/measurement-text.js';
import { quizMiss } from '../modes/quiz-distance.js';
import {
  answer, CORRECT_WITHIN_CUN, createQuiz, currentCode, DEFAULT_QUESTIONS, lastResult, next, score, skip,
  type QuizState,
} from '../modes/quiz.js';
import { emit, type QuizAnswerDetail, type QuizQuestionDetail } from './events.js';
import type { MapInternals } from './map-internals.js';
import type { QuizOptions } from './quiz-options.js';
import { pointTitle } from './names.js';

export type { QuizOptions } from './quiz-options.js';

interface QuizHost extends LitElement {
  clearSelection(): void;
}

/**
 * "Find BL40": the markers hide, the student clicks the body where they think the point is,
 * and the quiz answers with the distance in B-cun, shows the real marker and keeps score.
 * Keyboard and screen-reader users hear each question and can skip it to see the answer.
 */
export class QuizController implements ReactiveController {
  state: QuizState | null = null;
  /** Where the student clicked for the current answer. */
  private guess: Vec3 | null = null;
  /** "That was not on the body": shown until the next click. */
  private offBody = false;

  constructor(
    private readonly host: QuizHost,
    private readonly internals: MapInternals,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.state = null;
  }

  /** The quiz is running (asking, or showing an answer). */
  get running(): boolean {
    return this.state !== null && this.state.phase !== 'finished';
  }

  /** The point whose markers are shown as the answer, or null. */
  get revealed(): string | null {
    return this.state?.phase === 'answered' ? currentCode(this.state) : null;
  }

  start(options: QuizOptions = {}): void {
    const { points, markers } = this.internals;
    const placed = new Set(markers.map((marker) => marker.code));
    const chosen = options.points ? new Set(options.points) : null;
    // Before the body is loaded every point can be asked; after, only points on this body.
    const codes = points
      .map((point) => point.code)
      .filter((code) => (placed.size === 0 || placed.has(code)) && (!chosen || chosen.has(code)));
    const count = options.count ?? (chosen ? codes.length : DEFAULT_QUESTIONS);
    this.state = createQuiz(codes, count);
    this.guess = null;
    this.offBody = false;
    this.host.clearSelection();
    this.ask();
    this.focusBar();
  }

  stop(): void {
    this.state = null;
    this.guess = null;
    this.host.requestUpdate();
  }

  /** A click on the stage at CSS pixel (x, y); true if the quiz took it. */
  handleClick(x: number, y: number): boolean {
    const state = this.state;
    const view = this.internals.view;
    const model = this.internals.model;
    if (!state || state.phase !== 'asking' || !view || !model) return false;
    if (view.lastPressWasDrag) return true;
    const code = currentCode(state)!;
    const point = this.internals.points.find((p) => p.code === code);
    const clicked = view.pick(x, y);
    this.offBody = clicked === null;
    if (!clicked || !point) {
      this.host.requestUpdate();
      return true;
    }
    const miss = quizMiss(point, this.internals.markers, clicked, model.landmarks);
    this.guess = clicked;
    this.record(answer(state, miss.errorCun));
    // The mark is placed after each frame; when no frame follows the answer it would stay
    // at the stage's corner, so place it as soon as it is rendered.
    void this.host.updateComplete.then(() => this.position());
    return true;
  }

  skip(): void {
    if (this.state?.phase !== 'asking') return;
    this.guess = null;
    this.record(skip(this.state));
  }

  next(): void {
    if (!this.state) return;
    this.guess = null;
    this.offBody = false;
    this.state = next(this.state);
    if (this.state.phase === 'asking') this.ask();
    else this.host.requestUpdate();
    this.focusBar();
  }

  /** After each frame: the student's click stays on the skin where it was made. */
  position(): void {
    const dot = this.host.renderRoot.querySelector<HTMLElement>('.quiz-guess');
    const view = this.internals.view;
    if (!dot || !view || !this.guess) return;
    const at = view.project(this.guess, null);
    dot.hidden = !at.visible;
    dot.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px)`;
  }

  /** The quiz bar (in place of the mode bar) and the click mark (in the stage). */
  render(): TemplateResult | typeof nothing {
    const state = this.state;
    if (!state) return nothing;
    const { correct, answered, total } = score(state);
    const tally = html`<span class="score">Score ${correct} of ${answered}</span>`;
    if (state.phase === 'finished') {
      return html`<div class="quiz mode-bar" part="quiz" role="group" aria-label="Quiz" tabindex="-1">
        <p class="prompt" role="status">Quiz finished: you found ${correct} of ${total} points within ${CORRECT_WITHIN_CUN} B-cun.</p>
        <button class="chip primary" @click=${() => this.start({ points: [...state.questions] })}>Try again</button>
        <button class="chip" @click=${() => this.stop()}>Close quiz</button>
      </div>`;
    }
    const code = currentCode(state)!;
    const point = this.internals.points.find((p) => p.code === code);
    const name = point ? pointTitle(point) : code;
    const progress = `Question ${state.index + 1} of ${total}`;
    if (state.phase === 'asking') {
      return html`<div class="quiz mode-bar" part="quiz" role="group" aria-label="Quiz" tabindex="-1">
        <p class="prompt" role="status">
          <span class="progress">${progress}</span>
          <strong>Find ${name}</strong>${point ? html`<span class="hint">${point.english}</span>` : nothing}
          ${this.offBody ? html`<span class="hint">That was not on the body: click on the skin.</span>` : html`<span class="hint">Click the body where it is. Drag to turn.</span>`}
        </p>
        ${tally}
        <button class="chip" @click=${() => this.skip()}>Skip and show me</button>
        <button class="chip" @click=${() => this.stop()}>Stop quiz</button>
      </div>`;
    }
    const result = lastResult(state)!;
    const verdict = result.errorCun === null
      ? `Skipped. ${name} is shown on the body.`
      : result.correct
        ? `Correct: ${formatCun(result.errorCun)} B-cun from ${code}.`
        : `Not quite: ${formatCun(result.errorCun)} B-cun from ${code}. Its marker is shown on the body.`;
    return html`<div class="quiz mode-bar" part="quiz" role="group" aria-label="Quiz" tabindex="-1" data-result=${result.correct ? 'correct' : 'wrong'}>
      <p class="prompt" role="status"><span class="progress">${progress}</span><strong>${verdict}</strong></p>
      ${tally}
      <button class="chip primary" @click=${() => this.next()}>${state.index + 1 < total ? 'Next question' : 'See score'}</button>
      <button class="chip" @click=${() => this.stop()}>Stop quiz</button>
    </div>`;
  }

  /** The mark where the student clicked, while the answer is shown. */
  renderGuess(): TemplateResult | typeof nothing {
    return this.guess && this.state?.phase === 'answered'
      ? html`<div class="quiz-guess" aria-hidden="true" data-result=${lastResult(this.state)?.correct ? 'correct' : 'wrong'}></div>`
      : nothing;
  }

  /** Keyboard and screen-reader users land on the quiz bar, which announces the question. */
  private focusBar(): void {
    // Not just ".quiz": the hotspot layer carries that class during a quiz too.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.mode-bar.quiz')?.focus());
  }

  private ask(): void {
    const code = currentCode(this.state!)!;
    emit<QuizQuestionDetail>(this.host, 'quiz-question', { code });
    this.host.requestUpdate();
  }

  private record(state: QuizState): void {
    this.state = state;
    const result = lastResult(state)!;
    emit<QuizAnswerDetail>(this.host, 'quiz-answer', { code: result.code, correct: result.correct, errorCun: result.errorCun });
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.quiz .primary')?.focus());
  }
}
