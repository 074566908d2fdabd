/**
 * A practitioner's plan: point codes in the order chosen, written as the `plan` attribute
 * ("BL23 BL25 BL40") and carried in a share link (`#acupoint-plan=BL23+BL25+BL40`).
 */
import { PLAN_KEY, readAddressParam, withAddressParam } from './address.js';

/**
 * Codes from text: separated by spaces, commas, semicolons or plus signs, matched to the
 * known codes without regard to case ("bl23" -> "BL23"); unknown codes and repeats are dropped.
 * Without `known`, every code is kept as written (repeats still dropped).
 */
export function parsePlan(text: string | null | undefined, known?: readonly string[]): string[] {
  const byUpper = known ? new Map(known.map((code) => [code.toUpperCase(), code])) : null;
  const codes: string[] = [];
  for (const word of (text ?? '').split(/[\s,;+]+/)) {
    if (!word) continue;
    const code = byUpper ? byUpper.get(word.toUpperCase()) : word;
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** The `plan` attribute's value: codes joined by single spaces. */
export function serialisePlan(codes: readonly string[]): string {
  return codes.join(' ');
}

/** The plan with `code` added at the end, or removed if it was in. */
export function togglePlanCode(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
}

/** A link to `pageHref` that opens with this plan; an empty plan removes it from the link. */
export function planLink(pageHref: string, codes: readonly string[]): string {
  return withAddressParam(pageHref, PLAN_KEY, codes.length ? serialisePlan(codes) : null);
}

/** The plan a link carries, as written (null when the address has none). */
export function planInAddress(href: string): string | null {
  return readAddressParam(href, PLAN_KEY);
}
