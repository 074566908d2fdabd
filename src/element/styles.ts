import { css } from 'lit';

/**
 * The widget's look. Clinics brand it with the custom properties below and `::part`.
 * Colours are chosen for contrast: text >= 4.5:1 on its background, markers >= 3:1
 * against the skin. A marker is a coloured core in a white ring inside a thin dark ring:
 * whatever the skin tone or shading, one of the two rings differs from it by at least
 * 3.8:1 (white and #1f2937 are 14.6:1 apart, and a colour between them is at least
 * sqrt(14.6) from one of them).
 */
export const styles = css`
  :host {
    --_accent: var(--acupoint-accent, #0b6b66);
    --_accent-contrast: var(--acupoint-accent-contrast, #ffffff);
    --_selected: var(--acupoint-selected, #b42318);
    --_marker: var(--acupoint-marker, var(--_accent));
    --_marker-outline: #1f2937;
    --_panel-bg: var(--acupoint-panel-background, #ffffff);
    /*
     * What the boxes over the 3D view (list, panel, sheet, menu) paint: the panel colour a
     * hair short of opaque (alpha 254 of 255, at most one level of difference). Chromium's
     * software compositor (a phone without a usable GPU) skips the part of a WebGL canvas
     * that an opaque layer covers, but for the canvas (whose picture is stored upside down)
     * it skipped the mirror image of that part: a bottom sheet blanked the view above it.
     * A layer that is not opaque hides nothing, so the whole canvas is drawn.
     */
    --_overlay-bg: color-mix(in srgb, var(--_panel-bg) 99.6%, transparent);
    --_panel-fg: var(--acupoint-panel-color, #1f2a37);
    --_muted: var(--acupoint-muted-color, #4b5563);
    --_stage-bg: var(--acupoint-background, radial-gradient(120% 90% at 50% 35%, #fbfcfd 0%, #e9eef2 70%, #dde4ea 100%));
    --_radius: var(--acupoint-radius, 12px);
    display: block;
    position: relative;
    inline-size: 100%;
    block-size: 540px;
    min-block-size: 320px;
    font-family: var(--acupoint-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 15px;
    line-height: 1.45;
    color: var(--_panel-fg);
    /*
     * Inherited text settings cross the shadow boundary: without these, a page's own (Vite's
     * React starter centres #root's text and spaces its letters) reached every text here and
     * the point panel came out centred. Set on the element itself, a page still can.
     */
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: 400;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    text-shadow: none;
    contain: layout paint;
    overflow: hidden;
    border-radius: var(--_radius);
    isolation: isolate;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  /* The widget's language (acupoint-map.ts): a wrapper without a box of its own. */
  .lang-root {
    display: contents;
  }
  /* Long German and Spanish words break at syllables rather than overflow a narrow panel. */
  .lang-root:lang(de),
  .lang-root:lang(es) {
    hyphens: auto;
    overflow-wrap: break-word;
  }
  /*
   * Chinese: lines break between characters, never before closing punctuation; the system's
   * CJK fonts follow the page's font (nothing is downloaded), in the script's own forms.
   */
  .lang-root:lang(zh) {
    line-break: strict;
    word-break: normal;
    overflow-wrap: anywhere;
  }
  /* Chinese type has no italics: slanted hanzi look broken. The panel's labels stand out by weight. */
  em:lang(zh) {
    font-style: normal;
    font-weight: 600;
  }
  .lang-root:lang(zh-Hans),
  .hanzi:lang(zh-Hans) {
    font-family: var(--acupoint-font, system-ui), 'PingFang SC', 'Hiragino Sans GB',
      'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif;
  }
  .lang-root:lang(zh-Hant),
  .hanzi:lang(zh-Hant) {
    font-family: var(--acupoint-font, system-ui), 'PingFang TC', 'Microsoft JhengHei',
      'Noto Sans CJK TC', 'Source Han Sans TC', 'WenQuanYi Micro Hei', sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--acupoint-focus-ring, #1d4ed8);
    outline-offset: 2px;
  }

  .stage {
    position: absolute;
    inset: 0;
    background: var(--_stage-bg);
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
    overflow: hidden;
  }
  .stage:active {
    cursor: grabbing;
  }
  .stage:focus-visible {
    outline-offset: -4px;
  }
  canvas {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    display: block;
  }
  /* The still picture until the 3D body is drawn: framed like the 3D view (contain, the
     picture's aspect being where the view's fits meet), shifted like it beside a side panel.
     Under the canvas, whose first frames draw the same body over it. */
  .placeholder {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
    transform: translateX(calc(var(--_view-inset, 0px) / -2));
    pointer-events: none;
  }

  .toolbar {
    position: absolute;
    /* A full-screen widget on a notched phone (viewport-fit=cover) keeps clear of the notch. */
    inset-block-start: max(10px, env(safe-area-inset-top));
    inset-inline: max(10px, env(safe-area-inset-left)) max(10px, env(safe-area-inset-right));
    display: flex;
    /* One row at any width: what does not fit goes into the "More" menu (toolbar-fit-controller.ts). */
    flex-wrap: nowrap;
    gap: 6px;
    align-items: center;
    pointer-events: none;
    /* Its "More" menu opens over the mode bar, the sheets and a notice. */
    z-index: 7;
  }
  .toolbar > * {
    pointer-events: auto;
    flex-shrink: 0;
    white-space: nowrap;
  }
  /* Only when even the menu cannot make room (a very narrow widget, a long word): the list's
     label gives way, not the row. */
  .toolbar > .list-button {
    flex-shrink: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip,
  .views button {
    min-block-size: 32px;
    padding: 4px 12px;
    border: 1px solid rgb(31 42 55 / 0.18);
    border-radius: 999px;
    background: rgb(255 255 255 / 0.94);
    cursor: pointer;
    font-size: 14px;
    font-weight: 500;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.08);
  }
  .chip[aria-expanded='true'],
  .chip[aria-pressed='true'],
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .views {
    display: inline-flex;
    gap: 4px;
  }
  .spacer {
    flex: 1;
  }
  .more {
    font-size: 20px;
    line-height: 1;
  }
  /* The "More" menu: the toolbar's groups that did not fit in its row, under its button. */
  .more-items {
    display: none;
    position: absolute;
    inset-block-start: calc(100% + 6px);
    inset-inline-end: 0;
    flex-direction: column;
    align-items: stretch;
    gap: 6px;
    padding: 8px;
    border-radius: var(--_radius);
    background: var(--_overlay-bg);
    box-shadow: 0 8px 28px rgb(15 23 42 / 0.2);
  }
  .more-items[data-open] {
    display: flex;
  }
  .more-items .views {
    display: grid;
    grid-template-columns: 1fr 1fr;
  }
  .sheet-handle,
  .point-list .sheet-handle {
    display: none;
  }

  .point-list {
    position: absolute;
    inset-block: var(--_top-space, 54px) var(--_list-bottom, calc(10px + var(--_notice-space, 0px)));
    inset-inline-start: 10px;
    inline-size: min(280px, calc(100% - 20px), var(--_list-max-width, 280px));
    overflow: auto;
    background: var(--_overlay-bg);
    color: var(--_panel-fg);
    border-radius: var(--_radius);
    box-shadow: 0 8px 28px rgb(15 23 42 / 0.18);
    padding: 6px;
    z-index: 4;
  }
  .point-list[hidden] {
    display: none;
  }
  .point-list h2 {
    font-size: 13px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin: 8px 8px 4px;
  }
  .point-list ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .point-list button {
    display: grid;
    grid-template-columns: 4.6em 1fr;
    inline-size: 100%;
    text-align: start;
    padding: 6px 8px;
    border: 0;
    border-radius: 8px;
    background: none;
    cursor: pointer;
  }
  .point-list button:hover {
    background: rgb(11 107 102 / 0.08);
  }
  .point-list button[aria-current='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .point-list .code {
    font-weight: 700;
  }
  .point-list .english {
    grid-column: 2;
    font-size: 13px;
    opacity: 0.85;
  }
  .point-list summary {
    display: grid;
    grid-template-columns: 4.6em 1fr;
    padding: 6px 8px;
    border-radius: 8px;
    cursor: pointer;
  }
  .point-list summary:hover {
    background: rgb(11 107 102 / 0.08);
  }
  .point-list .unplaced p {
    margin: 4px 8px 8px;
    font-size: 13px;
  }
  .point-list .unplaced .sources {
    color: var(--_muted);
  }

  .panel {
    position: absolute;
    inset-block: var(--_top-space, 54px) calc(10px + var(--_notice-space, 0px));
    inset-inline-end: 10px;
    /* At most 55 % of a widget 561 to 690 px wide (a landscape phone): the body keeps the rest. */
    inline-size: min(380px, calc(100% - 20px), max(280px, 55%));
    overflow: auto;
    background: var(--_overlay-bg);
    color: var(--_panel-fg);
    border-radius: var(--_radius);
    box-shadow: 0 8px 28px rgb(15 23 42 / 0.2);
    padding: 16px 18px 18px;
    z-index: 5;
  }
  .panel[hidden] {
    display: none;
  }
  /*
   * The title and its close button stay at the top while a long panel scrolls (F2: the close
   * button scrolled away with the content). The header reaches over the panel's padding so
   * the text scrolling under it is hidden edge to edge; the panel's scroll padding (its
   * height, measured by LayoutController) keeps a focused link or summary from scrolling
   * under it (WCAG 2.4.11).
   */
  .panel {
    scroll-padding-block-start: var(--_header-space, 0px);
  }
  .panel header {
    display: flex;
    gap: 10px;
    align-items: flex-start;
    position: sticky;
    /* Sticky offsets count from inside the panel's padding: -16px is its very top. */
    inset-block-start: -16px;
    z-index: 1;
    margin: -16px -18px 0;
    padding: 16px 18px 0;
    background: var(--_overlay-bg);
    /* A hairline under it once the content scrolls (where scroll timelines exist). */
    animation: panel-header-rule linear both;
    animation-timeline: scroll(nearest block);
    animation-range: 0 12px;
  }
  @keyframes panel-header-rule {
    from {
      box-shadow: 0 1px 0 transparent;
    }
    to {
      box-shadow: 0 1px 0 rgb(31 42 55 / 0.14);
    }
  }
  .panel h2 {
    margin: 0;
    font-size: 20px;
    line-height: 1.25;
    flex: 1;
  }
  .panel .hanzi {
    font-weight: 400;
    margin-inline-start: 6px;
  }
  .panel .english {
    margin: 2px 0 0;
    color: var(--_muted);
  }
  .panel .close {
    flex: none;
    inline-size: 36px;
    block-size: 36px;
    border: 0;
    border-radius: 50%;
    background: rgb(31 42 55 / 0.07);
    cursor: pointer;
    font-size: 20px;
    line-height: 1;
  }
  .panel h3 {
    font-size: 13px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin: 16px 0 4px;
  }
  .panel p {
    margin: 0 0 6px;
  }
  .panel .exact {
    font-size: 14px;
    color: var(--_muted);
  }
  .panel ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  .panel .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 8px;
  }
  .badge {
    font-size: 12px;
    padding: 2px 8px;
    border-radius: 999px;
    /* The clinic's accent, lightened behind and darkened in front (4.5:1 and more for the
       default and for accents dark enough to carry white text). */
    background: color-mix(in srgb, var(--_accent) 10%, var(--_panel-bg));
    color: color-mix(in srgb, var(--_accent) 65%, var(--_panel-fg));
    font-weight: 600;
  }
  .panel details {
    margin-top: 14px;
    border-top: 1px solid rgb(31 42 55 / 0.12);
    padding-top: 8px;
  }
  .panel summary {
    cursor: pointer;
    font-weight: 600;
  }
  .panel .sources {
    font-size: 13px;
    color: var(--_muted);
  }
  .panel .disclaimer {
    margin-top: 14px;
    font-size: 13px;
    color: var(--_muted);
  }
  .cta {
    margin-top: 14px;
  }
  .cta:not(:has(*)) {
    display: none;
  }
  ::slotted([slot='cta']) {
    display: inline-block;
    padding: 8px 16px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    text-decoration: none;
  }
  .link-button {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    font-size: inherit;
  }

  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    pointer-events: none;
    color: var(--_muted);
    font-size: 15px;
  }
  /* While loading, the picture shows the body: the words sit below it, not across it. */
  .status.loading {
    place-items: end center;
    padding-block-end: 56px;
  }
  .status.loading p {
    margin: 0;
    padding: 4px 12px;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_panel-bg) 85%, transparent);
    font-size: 13px;
  }
  /* When the 3D cannot be shown (no WebGL, the model or its code failed), the still
     picture stays, dimmed, and the message sits over it on a card, beside the point list
     that opened with it (under the list, its words were cut off). */
  .placeholder.unavailable {
    opacity: 0.4;
  }
  .status:not(.loading) p {
    margin: 20px;
    padding: 10px 16px;
    border-radius: var(--_radius);
    background: var(--_overlay-bg);
    text-align: center;
  }
  .lang-root:has(.point-list:not([hidden])) .status:not(.loading) {
    padding-inline-start: 290px;
  }
  .notice {
    position: absolute;
    inset-inline: 10px;
    inset-block-end: 10px;
    display: flex;
    gap: 10px;
    align-items: flex-start;
    padding: 10px 12px;
    border-radius: 10px;
    background: #fff7ed;
    color: #7c2d12;
    border: 1px solid #fdba74;
    z-index: 6;
    font-size: 14px;
  }
  .notice-body {
    flex: 1;
    min-inline-size: 0;
  }
  .notice p {
    margin: 0;
  }
  .notice summary {
    cursor: pointer;
    margin-top: 4px;
    font-size: 13px;
  }
  .notice-detail {
    font-size: 13px;
    white-space: pre-line;
    overflow-wrap: anywhere;
    max-block-size: 8em;
    overflow: auto;
  }
  .notice-dismiss {
    flex: none;
    inline-size: 32px;
    block-size: 32px;
    margin: -6px -6px -6px 0;
    border: 0;
    border-radius: 50%;
    background: none;
    cursor: pointer;
    font-size: 18px;
    font-weight: 700;
    color: inherit;
  }
  .footnote {
    position: absolute;
    inset-inline-end: 12px;
    inset-block-end: var(--_footnote-bottom, 8px);
    font-size: 12px;
    color: var(--_muted);
    background: rgb(255 255 255 / 0.75);
    padding: 1px 6px;
    border-radius: 6px;
    z-index: 1;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /*
   * Narrow widgets (phones): one row of 44 px controls, the less-used ones in a menu; the
   * panel is a bottom sheet with a drag handle (bottom-sheet.ts), a peek of 45 % of the height
   * or all of it below the toolbar.
   */
  @container (max-width: 560px) {
    /* The list is a bottom sheet here: the message is centred in the stage above it. */
    .lang-root:has(.point-list:not([hidden])) .status:not(.loading) {
      padding-inline-start: 0;
      inset-block-end: 45%;
    }
    .chip,
    .views button {
      min-block-size: 44px;
      min-inline-size: 44px;
      padding-inline: 14px;
    }
    /* The panel and (below) the point list are bottom sheets. */
    .panel,
    .point-list {
      inset-block: auto var(--_notice-space, 0px);
      inset-inline: 0;
      inline-size: 100%;
      block-size: 45%;
      /* At most all below the toolbar (and the mode bar riding on the panel: layout-controller.ts). */
      max-block-size: calc(100% - var(--_top-space, 54px) - var(--_notice-space, 0px));
      border-radius: var(--_radius) var(--_radius) 0 0;
      box-shadow: 0 -6px 24px rgb(15 23 42 / 0.2);
      overscroll-behavior: contain;
    }
    [data-sheet='full'] {
      block-size: 100%;
    }
    .panel {
      padding-block: 0 calc(18px + env(safe-area-inset-bottom));
      padding-inline: max(18px, env(safe-area-inset-left)) max(18px, env(safe-area-inset-right));
    }
    /* The point list is a bottom sheet too, over the panel's while both are open (a point
       chosen in it closes it). */
    .point-list {
      padding-block: 0 calc(6px + env(safe-area-inset-bottom));
      padding-inline: max(6px, env(safe-area-inset-left)) max(6px, env(safe-area-inset-right));
      z-index: 6;
    }
    .point-list .sheet-handle {
      display: block;
      inline-size: calc(100% + 12px);
      min-block-size: 0;
      margin: 0 -6px;
      padding: 0;
      background: var(--_overlay-bg);
    }
    /* Rows of at least 44 px: a thumb picks one point, not its neighbour. */
    .point-list button,
    .point-list summary {
      min-block-size: 44px;
    }
    .sheet-handle {
      display: block;
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      inline-size: calc(100% + 36px);
      block-size: 36px;
      margin: 0 -18px;
      padding: 0;
      border: 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: var(--_overlay-bg);
      cursor: ns-resize;
      /* The handle drags the sheet; the browser must not scroll the page instead. */
      touch-action: none;
    }
    .sheet-handle::before {
      content: '';
      display: block;
      inline-size: 40px;
      block-size: 5px;
      margin: 0 auto;
      border-radius: 3px;
      background: #9ca3af;
    }
    .panel .close {
      inline-size: 44px;
      block-size: 44px;
    }
    /* On a sheet the header sticks under the handle, across the safe-area padding. */
    .panel header {
      inset-block-start: 36px;
      margin-block-start: 0;
      margin-inline: calc(-1 * max(18px, env(safe-area-inset-left))) calc(-1 * max(18px, env(safe-area-inset-right)));
      padding-block-start: 0;
      padding-inline: max(18px, env(safe-area-inset-left)) max(18px, env(safe-area-inset-right));
    }
    /* Touch targets of at least 24 px (WCAG 2.5.8) for the panel's disclosures and links. */
    .panel summary {
      padding-block: 8px;
    }
    .link-button {
      min-block-size: 24px;
    }
    .footnote {
      inset-block-end: max(var(--_footnote-bottom, 8px), env(safe-area-inset-bottom));
    }
  }
`;
