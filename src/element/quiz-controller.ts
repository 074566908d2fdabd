import { html, nothing, type TemplateResult } from 'lit';
import { formatCun } from '../catalogue/measurement-text.js';
import {
  answer, CORRECT_WITHIN_CUN, createQuiz, currentCode, DEFAULT_QUESTIONS, lastResult, next, score, skip,
  type QuizState,
} from '../modes/quiz.js';
import { emit, type QuizAnswerDetail, type QuizQuestionDetail } from './events.js';
import { pointTitle } from './names.js';
import { localPoints } from './localized.js';
import type { QuizOptions } from './quiz-options.js';
import { reportError } from './report-error.js';
import { FrameController } from './frame-controller.js';

export type { QuizOptions } from './quiz-options.js';

/**
 * "Find BL40": the markers hide, the student clicks the body where they think the point is,
 * and the quiz answers with the distance in B-cun, shows the real marker and keeps score.
 * Keyboard and screen-reader users hear each question and can skip it to see the answer.
 */
export class QuizController extends FrameController {
  override hostDisconnected(): void {
    super.hostDisconnected();
    this.store.set('quiz', null);
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
    this.store.update({ quiz: null, quizGuess: null });
  }

  /** A click on the stage at CSS pixel (x, y); true if the quiz took it. */
  handleClick(x: number, y: number): boolean {
    const { quiz: state, body: view, model, points } = this.store.state;
    if (!state || state.phase !== 'asking' || !view || !model) return false;
    if (view.lastPressWasDrag) return true;
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
    this.store.update({ quiz: state, quizGuess: null, quizOffBody: false });
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
    const name = point ? pointTitle(point) : code;
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

  /** The mark where the student clicked, while the answer is shown. */
  renderGuess(): TemplateResult | typeof nothing {
    return this.store.state.quizGuess && this.state?.phase === 'answered'
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
  }

  private record(state: QuizState): void {
    this.store.set('quiz', state);
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
