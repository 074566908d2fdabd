/**
 * The student quiz as plain state: "Find BL40", the student clicks the body, the click is
 * scored by its distance from the point in cun. No DOM here; the element drives it.
 */

/**
 * The widest a click may miss and still count, in B-cun. Each answer uses the point's own
 * tolerance, which is smaller where other points are near (quiz-distance.ts).
 */
export const CORRECT_WITHIN_CUN = 1;
export const DEFAULT_QUESTIONS = 10;

export interface QuizResult {
  code: string;
  correct: boolean;
  /** B-cun from the nearest marker of the point; null when the question was skipped. */
  errorCun: number | null;
  /** The tolerance this answer was scored with, in B-cun; absent when skipped. */
  withinCun?: number;
  /** Another point the click was nearest to, when it was not this one. */
  clicked?: string;
}

export type QuizPhase = 'asking' | 'answered' | 'finished';

export interface QuizState {
  readonly questions: readonly string[];
  /** Index of the current question. */
  readonly index: number;
  readonly results: readonly QuizResult[];
  readonly phase: QuizPhase;
}

/** `count` distinct codes in random order (all of them if there are fewer). */
export function createQuiz(codes: readonly string[], count = DEFAULT_QUESTIONS, random: () => number = Math.random): QuizState {
  const pool = [...new Set(codes)];
  if (pool.length === 0) throw new Error('A quiz needs at least one point.');
  // Fisher-Yates: every order equally likely.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return { questions: pool.slice(0, Math.max(1, count)), index: 0, results: [], phase: 'asking' };
}

/** The code being asked (or just answered); null when the quiz is over. */
export function currentCode(state: QuizState): string | null {
  return state.phase === 'finished' ? null : state.questions[state.index];
}

/**
 * Score a click `errorCun` B-cun from the point, correct within `withinCun`; `clicked` names
 * another point the click was nearer to. Only while asking.
 */
export function answer(state: QuizState, errorCun: number, withinCun = CORRECT_WITHIN_CUN, clicked: string | null = null): QuizState {
  if (state.phase !== 'asking') return state;
  if (!(errorCun >= 0)) throw new Error(`errorCun must be a distance, got ${errorCun}`);
  if (!(withinCun > 0)) throw new Error(`withinCun must be positive, got ${withinCun}`);
  const code = state.questions[state.index];
  const other = clicked !== null && clicked !== code ? clicked : null;
  const result: QuizResult = {
    code,
    correct: errorCun <= withinCun && other === null,
    errorCun,
    withinCun,
    ...(other !== null ? { clicked: other } : {}),
  };
  return { ...state, results: [...state.results, result], phase: 'answered' };
}

/** Give up on the current question: it counts as not found. */
export function skip(state: QuizState): QuizState {
  if (state.phase !== 'asking') return state;
  const result: QuizResult = { code: state.questions[state.index], correct: false, errorCun: null };
  return { ...state, results: [...state.results, result], phase: 'answered' };
}

/** After an answer: the next question, or the end. */
export function next(state: QuizState): QuizState {
  if (state.phase !== 'answered') return state;
  const index = state.index + 1;
  return index < state.questions.length ? { ...state, index, phase: 'asking' } : { ...state, phase: 'finished' };
}

export function lastResult(state: QuizState): QuizResult | undefined {
  return state.results[state.results.length - 1];
}

export function score(state: QuizState): { correct: number; answered: number; total: number } {
  return {
    correct: state.results.filter((result) => result.correct).length,
    answered: state.results.length,
    total: state.questions.length,
  };
}
