import { css } from 'lit';

/** The anatomy legend (top left of the view) and the depth view in the panel. */
export const anatomyStyles = css`
  .anatomy-legend {
    position: absolute;
    inset-inline-start: 10px;
    inset-block-start: var(--_top-space, 54px);
    max-inline-size: 170px;
    padding: 8px 10px;
    border-radius: var(--_radius);
    background: rgb(255 255 255 / 0.92);
    box-shadow: 0 2px 10px rgb(15 23 42 / 0.12);
    font-size: 13px;
    z-index: 2;
  }
  .anatomy-legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 3px 10px;
  }
  .anatomy-legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .anatomy-legend .swatch {
    inline-size: 12px;
    block-size: 12px;
    flex: none;
  }
  .anatomy-legend p {
    margin: 6px 0 0;
    font-size: 11.5px;
    color: var(--_muted, #4b5563);
  }
  .anatomy-legend .anatomy-wait {
    margin: 0 0 6px;
  }
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
