import type { AcuPoint } from '../catalogue/types.js';

/** `point-select`: a point was selected (click, tap, keyboard, attribute or method). */
export interface PointSelectDetail {
  code: string;
  point: AcuPoint;
}

/**
 * `selection-change`: the user changed the selection (a marker, the list, the close button,
 * Escape, a plan or deep link, or a new point set without the point). Not fired when the page
 * sets `selected` or calls `select()` / `clearSelection()`, so a controlled framework
 * component never hears back what it set itself. `code` and `point` are null when nothing
 * is selected any more.
 */
export interface SelectionChangeDetail {
  code: string | null;
  point: AcuPoint | null;
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

/**
 * The element's events by name, for `addEventListener` on an `AcupointMap`. Its `error` is a
 * CustomEvent with a detail, not the ErrorEvent of HTMLElementEventMap.
 */
export interface AcupointMapEventMap extends Omit<HTMLElementEventMap, 'error'> {
  'point-select': CustomEvent<PointSelectDetail>;
  'selection-change': CustomEvent<SelectionChangeDetail>;
  'quiz-question': CustomEvent<QuizQuestionDetail>;
  'quiz-answer': CustomEvent<QuizAnswerDetail>;
  error: CustomEvent<AcupointErrorDetail>;
  load: Event;
}

declare global {
  // These bubble, so a listener on an ancestor or the document is typed too.
  interface HTMLElementEventMap {
    'point-select': CustomEvent<PointSelectDetail>;
    'selection-change': CustomEvent<SelectionChangeDetail>;
    'quiz-question': CustomEvent<QuizQuestionDetail>;
    'quiz-answer': CustomEvent<QuizAnswerDetail>;
  }
}
