/**
 * What the element may know of the 3D view: types and plain data only, no three.js, so
 * the element's public declarations do not name three.
 */

/** Camera presets and their azimuths; azimuth 0 looks at the subject's face (+z). */
export const VIEWS = {
  back: Math.PI,
  front: 0,
  left: Math.PI / 2,
  right: -Math.PI / 2,
} as const;
export type ViewName = keyof typeof VIEWS;

export function isViewName(value: unknown): value is ViewName {
  return typeof value === 'string' && Object.hasOwn(VIEWS, value);
}
