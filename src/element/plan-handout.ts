import type { AcuPoint, PlacedMarker } from '../catalogue/types.js';
import { bandAround, crowdedGroup } from '../modes/handout-close-up.js';
import type { BodyView } from '../scene/body-view.js';
import type { Translator } from '../i18n/translator.js';
import { CLOSE_UP, drawNumbers, NUMBER_RADIUS, PICTURE, planSpots, printHandout } from './print-handout.js';

// The English words of the handout; ModeController adds them to the translators on arrival.
export { EN_UI_HANDOUT } from '../i18n/ui/en-handout.js';

export interface PlanHandout {
  plan: readonly string[];
  points: readonly AcuPoint[];
  markers: readonly PlacedMarker[];
  /** The 3D view for the pictures; without one the handout has words only. */
  view: BodyView | null;
  /** The page address with the plan, printed on the sheet. */
  link: string;
  accent: string;
  font: string;
  language: Translator;
}

/**
 * Print the plan as a one-page handout: the back of the body with the plan's points
 * numbered (and a closer picture where numbers would crowd), then each point in plain words.
 * Returns the frame it was laid out in, or null where the page may not lay one out;
 * `blocked` hears why printing cannot happen here (see printHandout).
 */
export function printPlan(
  { plan, points, markers, view, link, accent, font, language }: PlanHandout,
  blocked?: (message: string) => void,
): HTMLIFrameElement | null {
  const snapshot = view?.snapshot('back', PICTURE.width, PICTURE.height, PICTURE.scale) ?? null;
  const spots = snapshot ? planSpots(snapshot, markers, plan) : [];
  // Numbers that would cover each other on the whole figure go on a closer picture.
  const crowded = crowdedGroup(spots, NUMBER_RADIUS);
  if (snapshot) drawNumbers(snapshot.canvas, spots, accent, PICTURE.scale, crowded);
  const close = crowded.length ? view!.snapshot('back', CLOSE_UP.width, CLOSE_UP.height, CLOSE_UP.scale, bandAround(crowded)) : null;
  if (close) drawNumbers(close.canvas, planSpots(close, markers, plan), accent, CLOSE_UP.scale);
  const seen = new Set(spots.map((spot) => spot.code));
  const byCode = new Map(points.map((point) => [point.code, point]));
  return printHandout({
    entries: plan.map((code, index) => ({ number: index + 1, point: byCode.get(code)!, inPicture: seen.has(code) })),
    picture: snapshot?.canvas ?? null,
    closeUp: close?.canvas ?? null,
    link,
    accent,
    font,
    language,
  }, blocked);
}
