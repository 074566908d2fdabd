/**
 * What follows from the quiz's state in the store. Only the 3D stage reads these (the
 * markers hide and reveal with the quiz), so they come with it; the rest are selectors.ts.
 */
import type { MapState } from './store.js';

/** The quiz is running (asking, or showing an answer). */
export function quizRunning(state: Readonly<MapState>): boolean {
  return state.quiz !== null && state.quiz.phase !== 'finished';
}

/** The point whose markers the quiz shows as the answer, or null. */
export function quizRevealed(state: Readonly<MapState>): string | null {
  // The question just answered (modes/quiz.ts's currentCode, written out).
  return state.quiz?.phase === 'answered' ? state.quiz.questions[state.quiz.index] : null;
}
