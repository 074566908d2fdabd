import type { AcuPoint } from '../catalogue/types.js';

/** `point-select`: a point was selected (click, tap, keyboard, attribute or method). */
export interface PointSelectDetail {
  code: string;
  point: AcuPoint;
}

/**
 * What failed: the body model (`src`), the point set (`points-src`, including points that
 * cannot be placed on the body), WebGL itself, printing (blocked by a sandboxed frame), or
 * the page's use of the element (`usage`: a method called with values it cannot use,
 * e.g. `setView("bogus")` or `startQuiz({count: NaN})`).
 */
export type AcupointErrorType = 'model' | 'points' | 'webgl' | 'print' | 'usage';

/** `error`: something could not be loaded or shown; the message says what and why. */
export interface AcupointErrorDetail {
  type: AcupointErrorType;
  message: string;
}

/** `quiz-question`: the quiz asks the student to find this point. */
export interface QuizQuestionDetail {
  code: string;
}

/** `quiz-answer`: how the student did; `errorCun` is null when the question was skipped. */
export interface QuizAnswerDetail {
  code: string;
  correct: boolean;
  errorCun: number | null;
  /** Another point the click was nearest to (the student found a neighbour), else null. */
  clicked: string | null;
}

/** Events bubble and cross the shadow boundary, so a page can listen on any ancestor. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'point-select': CustomEvent<PointSelectDetail>;
    'quiz-question': CustomEvent<QuizQuestionDetail>;
    'quiz-answer': CustomEvent<QuizAnswerDetail>;
  }
}
