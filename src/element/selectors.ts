/**
 * What follows from the store's state, computed where it is needed (never stored twice):
 * the plan's codes, the chosen protocol, the selected point, the quiz's answer on show.
 */
import type { Protocol } from '../catalogue/protocols.js';
import type { AcuPoint } from '../catalogue/types.js';
import { parsePlan } from '../modes/plan.js';
import { findProtocol } from '../modes/protocol-highlight.js';
import type { UiKey } from '../i18n/ui/en.js';
import type { Audience } from './panel.js';
import { localPoints, localProtocols } from './localized.js';
import type { MapState } from './store.js';

/** The plan's codes, in order, limited to points in the current set. */
export function planCodes(state: Readonly<MapState>): string[] {
  return parsePlan(state.plan, state.points.map((point) => point.code));
}

/** The selected point in the widget's language (for what is shown). */
export function selectedPoint(state: Readonly<MapState>): AcuPoint | undefined {
  return state.selected ? localPoints(state).find((point) => point.code === state.selected) : undefined;
}

/** The selected point as loaded (for what is measured: its needling angle, its placement). */
export function selectedSourcePoint(state: Readonly<MapState>): AcuPoint | undefined {
  return state.selected ? state.points.find((point) => point.code === state.selected) : undefined;
}

export function activeProtocol(state: Readonly<MapState>): Protocol | undefined {
  return findProtocol(localProtocols(state), state.protocol);
}

export function audience(state: Readonly<MapState>): Audience {
  return state.mode === 'practitioner' || state.mode === 'student' ? state.mode : 'patient';
}

/** The quiz is running (asking, or showing an answer). */
export function quizRunning(state: Readonly<MapState>): boolean {
  return state.quiz !== null && state.quiz.phase !== 'finished';
}

/** The point whose markers the quiz shows as the answer, or null. */
export function quizRevealed(state: Readonly<MapState>): string | null {
  // The question just answered (modes/quiz.ts's currentCode, written out: the quiz's code
  // comes with the 3D stage, and this selector is read before it).
  return state.quiz?.phase === 'answered' ? state.quiz.questions[state.quiz.index] : null;
}

/**
 * What the stage tells a screen reader it does: without WebGL, nothing; while a quiz
 * question is asked the arrow keys move the aim ring (quiz-aim.ts) and the points are
 * hidden; otherwise they turn the body.
 */
export function stageLabelKey(state: Readonly<MapState>): UiKey {
  if (state.webgl === false) return 'stage.labelUnavailable';
  return state.quiz?.phase === 'asking' ? 'stage.labelQuiz' : 'stage.label';
}
