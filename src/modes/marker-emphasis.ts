/**
 * Which markers stand out: a chosen protocol's points, else the plan's; the rest are dimmed.
 * With neither, every marker looks the same. (Markers are the 3D stage's: this comes with it.)
 */
import type { Protocol } from '../catalogue/protocols.js';

export type MarkerEmphasis = 'focus' | 'dimmed' | 'normal';

/** The codes in focus, or null when nothing is highlighted. */
export function focusCodes(protocol: Protocol | undefined, plan: readonly string[]): ReadonlySet<string> | null {
  if (protocol) return new Set(protocol.points);
  return plan.length ? new Set(plan) : null;
}

export function emphasisOf(code: string, focus: ReadonlySet<string> | null): MarkerEmphasis {
  if (!focus) return 'normal';
  return focus.has(code) ? 'focus' : 'dimmed';
}
