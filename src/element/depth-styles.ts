import { css } from 'lit';

/**
 * The depth view in the panel. Part of the depth view's chunk: the controller adds it to the
 * shadow root's adopted style sheets when the chunk arrives (CSP-safe, no style attribute).
 */
export const depthStyles = css`
  .depth-details {
    margin-block: 10px;
  }
  .depth-details summary {
    cursor: pointer;
    font-weight: 600;
  }
  .depth {
    margin: 8px 0 0;
  }
  .depth svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: 300px;
    aspect-ratio: 4 / 3;
    background: #fbfaf8;
    border-radius: 8px;
    font-family: var(--acupoint-font, system-ui), sans-serif;
  }
  .depth figcaption {
    margin-top: 6px;
    font-size: 13px;
    line-height: 1.45;
  }
  .depth figcaption span {
    display: block;
    margin-top: 4px;
  }
  .depth .depth-source {
    color: var(--_muted, #4b5563);
    font-size: 12px;
  }
  .depth-wait {
    padding: 24px 8px;
    text-align: center;
    color: var(--_muted, #4b5563);
    background: #fbfaf8;
    border-radius: 8px;
  }
`;
