/**
 * What follows from the store's state, computed where it is needed (never stored twice):
 * the plan's codes, the chosen protocol, the selected point. (The quiz's, read only by the
 * 3D stage, are in quiz-selectors.ts.)
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

/**
 * What the stage tells a screen reader it does: without WebGL, nothing; otherwise the arrow
 * keys turn the body. (While a quiz question is asked the 3D stage's QuizController gives
 * the label instead: its words come with that stage.)
 */
export function stageLabelKey(state: Readonly<MapState>): UiKey {
  return state.webgl === false ? 'stage.labelUnavailable' : 'stage.label';
}
