import { css } from 'lit';

/**
 * Styles of the audience modes: the mode bar, the protocol picker and card, the plan. (The
 * markers' emphasis, the quiz, the channel legend and the ruler caption come with the 3D
 * stage: body-styles.ts.)
 */
export const modeStyles = css`
  .mode-bar {
    position: absolute;
    inset-inline-start: 10px;
    inset-block-end: var(--_bar-bottom, calc(10px + var(--_notice-space, 0px)));
    max-inline-size: min(calc(100% - 20px), var(--_bar-max-width, 100%));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px;
    border-radius: calc(var(--_radius) + 4px);
    background: rgb(255 255 255 / 0.9);
    box-shadow: 0 2px 10px rgb(15 23 42 / 0.14);
    z-index: 3;
    font-size: 14px;
  }
  .mode-bar .chip {
    min-block-size: 30px;
  }
  .chip.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .chip:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .protocol-picker {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
  }
  .protocol-picker select {
    font: inherit;
    font-weight: 400;
    min-block-size: 30px;
    max-inline-size: 16em;
    padding: 2px 6px;
    border: 1px solid rgb(31 42 55 / 0.3);
    border-radius: 8px;
    background: #ffffff;
    color: #1f2a37;
  }
  .plan-count {
    padding-inline: 4px;
    color: var(--_panel-fg);
  }
  .link-status {
    display: inline-flex;
    gap: 6px;
    align-items: center;
    color: var(--_muted);
  }
  .link-status input {
    font: inherit;
    font-size: 13px;
    inline-size: 18em;
  }

  .panel .session {
    margin-top: 14px;
    border-top: 1px solid rgb(31 42 55 / 0.12);
    padding-top: 8px;
  }
  .panel .session p {
    font-size: 14px;
  }
  .panel .plan-toggle {
    margin-top: 12px;
  }
  .protocol-points {
    list-style: none;
    padding: 0;
  }
  .protocol-points li {
    display: flex;
    gap: 8px;
    align-items: baseline;
    padding: 2px 0;
  }
  .protocol-points .muted {
    color: var(--_muted);
    font-size: 13px;
  }
  .point-list .plan-number {
    display: inline-grid;
    place-items: center;
    inline-size: 18px;
    block-size: 18px;
    margin-inline-start: 6px;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 11px;
    font-weight: 700;
  }

  @media print {
    .toolbar,
    .mode-bar,
    .notice,
    .footnote {
      display: none;
    }
  }
`;
