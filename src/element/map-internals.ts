import type { AcuPoint, PlacedMarker } from '../catalogue/types.js';
import type { BodyModel, BodyView } from '../scene/body-view.js';
import type { ScreenMarker } from '../scene/marker-projector.js';

/**
 * What the element shares with its mode controllers (quiz, overlays, deep links): the
 * view, the loaded body and the placed markers. Getters, so they always see the current ones.
 */
export interface MapInternals {
  readonly view: BodyView | null;
  readonly model: BodyModel | null;
  readonly points: readonly AcuPoint[];
  /** In `BodyView.setMarkers` order: `screen[i]` is where `markers[i]` is. */
  readonly markers: readonly PlacedMarker[];
  readonly screen: readonly ScreenMarker[];
  /** Index into `markers` of the marker last clicked or activated, if any. */
  readonly lastMarkerIndex: number | null;
}
