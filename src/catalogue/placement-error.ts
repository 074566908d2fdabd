/**
 * Why a point could not be put on a body: names the point (when there is one) and what is
 * missing, so a clinic adding its own point file or body model can fix the right thing.
 */
export class PlacementError extends Error {
  override name = 'PlacementError';
  /** The point code, e.g. "BL23"; undefined for span look-ups outside a point. */
  readonly pointCode: string | undefined;

  constructor(pointCode: string | undefined, detail: string) {
    super(pointCode ? `${pointCode}: ${detail}` : detail);
    this.pointCode = pointCode;
  }
}
