/**
 * Which markers stand out: a chosen protocol's points, else the plan's; the rest are dimmed.
 * With neither, every marker looks the same.
 */
import type { Protocol } from '../catalogue/protocols.js';

export type MarkerEmphasis = 'focus' | 'dimmed' | 'normal';

export function findProtocol(protocols: readonly Protocol[], id: string | null | undefined): Protocol | undefined {
  return id ? protocols.find((protocol) => protocol.id === id) : undefined;
}

/** The codes in focus, or null when nothing is highlighted. */
export function focusCodes(protocol: Protocol | undefined, plan: readonly string[]): ReadonlySet<string> | null {
  if (protocol) return new Set(protocol.points);
  return plan.length ? new Set(plan) : null;
}

export function emphasisOf(code: string, focus: ReadonlySet<string> | null): MarkerEmphasis {
  if (!focus) return 'normal';
  return focus.has(code) ? 'focus' : 'dimmed';
}

/** 1-based place of `code` in the plan (the number on its marker and in the handout), or 0. */
export function planNumber(plan: readonly string[], code: string): number {
  return plan.indexOf(code) + 1;
}
