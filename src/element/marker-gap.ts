/**
 * Distance between the centres of two shown buttons: 24 px marker targets and 26 px
 * cluster buttons never overlap (WCAG 2.2 target size and spacing). A module of its own:
 * the first stage needs the number (revealing a selected point's markers), not the
 * clustering, which comes with the 3D stage.
 */
export const MARKER_GAP = 26;
