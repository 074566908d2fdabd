import { css } from 'lit';

/** The anatomy legend (top left of the view); the depth view's styles come with its chunk. */
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
`;
