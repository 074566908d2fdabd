/**
 * The chosen protocol and the plan's numbering. (Which markers stand out follows from them:
 * marker-emphasis.ts, which only the 3D stage needs.)
 */
import type { Protocol } from '../catalogue/protocols.js';

export function findProtocol(protocols: readonly Protocol[], id: string | null | undefined): Protocol | undefined {
  return id ? protocols.find((protocol) => protocol.id === id) : undefined;
}

/** 1-based place of `code` in the plan (the number on its marker and in the handout), or 0. */
export function planNumber(plan: readonly string[], code: string): number {
  return plan.indexOf(code) + 1;
}
