import { css } from 'lit';

/**
 * Styles of what is drawn over the body, which comes with the 3D stage (stage-3d.ts) and is
 * adopted by the element when that stage arrives: the marker buttons and clusters, their
 * emphasis in each mode, the quiz bar and its click mark, the channel legend and the cun
 * ruler's caption. Colours keep the contrast rules of styles.ts: dimmed markers are smaller
 * but stay >= 3:1 against the lit skin (a dark slate core in a white ring; the lighter
 * slate #475569 fell to 2.8:1 on shaded skin).
 */
export const bodyStyles = css`
  .hotspots {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .hotspot {
    position: absolute;
    left: 0;
    top: 0;
    inline-size: 24px;
    block-size: 24px;
    margin: -12px 0 0 -12px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
    pointer-events: auto;
    will-change: transform;
  }
  .hotspot::before {
    content: '';
    position: absolute;
    inset: calc(12px - var(--dot, 14px) / 2);
    border-radius: 50%;
    background: var(--_marker);
    box-shadow: 0 0 0 2px #ffffff, 0 0 0 3.5px var(--_marker-outline), 0 1px 3px 1px rgb(0 0 0 / 0.35);
    transition: transform 120ms ease;
  }
  .hotspot:hover::before {
    transform: scale(1.3);
  }
  .hotspot[data-alternative]::before {
    background: #ffffff;
    box-shadow: inset 0 0 0 2.5px var(--_marker), 0 0 0 1.5px #ffffff, 0 0 0 3px var(--_marker-outline), 0 1px 3px 1px rgb(0 0 0 / 0.35);
  }
  .hotspot.selected::before {
    inset: calc(12px - var(--dot, 14px) / 2 - 2px);
    background: var(--_selected);
    box-shadow: 0 0 0 2.5px #ffffff, 0 0 0 4px var(--_marker-outline), 0 0 0 6.5px rgb(180 35 24 / 0.35), 0 1px 4px 2px rgb(0 0 0 / 0.35);
  }
  .hotspot.selected {
    z-index: 2;
  }
  /* Markers a few pixels apart overlap: the focused one comes to the front, ring and all. */
  .hotspot:focus-visible {
    z-index: 3;
  }
  .hotspot[hidden] {
    display: none;
  }
  /* Markers too close to tap apart, as one button with their count (marker-clusters.ts). */
  .clusters {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .cluster {
    position: absolute;
    left: 0;
    top: 0;
    inline-size: 26px;
    block-size: 26px;
    margin: -13px 0 0 -13px;
    padding: 0;
    border: 2px solid #ffffff;
    border-radius: 50%;
    background: var(--_marker);
    color: var(--_accent-contrast);
    box-shadow: 0 0 0 1.5px var(--_marker-outline), 0 1px 3px 1px rgb(0 0 0 / 0.35);
    font-size: 13px;
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
    pointer-events: auto;
  }
  /* A cluster's button and its badges (plan numbers, label tag), placed on its centre. */
  .cluster-spot {
    position: absolute;
    left: 0;
    top: 0;
  }
  .cluster[hidden],
  .cluster[hidden] ~ span,
  .hotspots.quiz + .clusters {
    display: none;
  }
  .cluster:focus-visible {
    z-index: 3;
  }
  /* A marker's or a cluster's label tag (show-labels). */
  .hotspot .tag,
  .cluster-spot > .tag {
    position: absolute;
    padding: 0 5px;
    border-radius: 4px;
    background: rgb(255 255 255 / 0.92);
    color: #1f2a37;
    font-size: 12px;
    font-weight: 600;
    white-space: nowrap;
    pointer-events: none;
  }
  .hotspot .tag {
    left: 22px;
    top: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    .hotspot::before {
      transition: none;
    }
  }

  .hotspot.dimmed::before {
    inset: calc(12px - var(--dot, 14px) * 0.35);
    background: #334155;
    box-shadow: 0 0 0 1.5px #ffffff, 0 0 0 2.5px var(--_marker-outline);
  }
  .hotspot.focus::before {
    box-shadow: 0 0 0 2px #ffffff, 0 0 0 4.5px var(--_accent), 0 0 0 5.5px var(--_marker-outline), 0 1px 4px 2px rgb(0 0 0 / 0.35);
  }
  .hotspot.focus {
    z-index: 1;
  }
  .hotspot .num {
    position: absolute;
    inset: 2px;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-contrast);
    box-shadow: 0 0 0 2px #ffffff, 0 0 0 3.5px var(--_marker-outline), 0 1px 3px 1px rgb(0 0 0 / 0.35);
    font-size: 12px;
    font-weight: 700;
    line-height: 1;
    pointer-events: none;
  }
  .hotspot.selected .num {
    background: var(--_selected);
  }
  .hotspot .tag[hidden],
  .cluster-spot > .tag[hidden] {
    display: none;
  }
  /* A cluster holding highlighted points rings like a highlighted marker; one holding none
     is dimmed like its markers, at full size (it stays a 26 px target). */
  .cluster.focus {
    box-shadow: 0 0 0 2.5px var(--_accent), 0 0 0 3.5px var(--_marker-outline), 0 1px 4px 2px rgb(0 0 0 / 0.35);
    z-index: 1;
  }
  .cluster.dimmed {
    background: #334155;
  }
  /* The plan numbers inside a cluster, on a badge at its upper right (the spot's origin is
     the cluster's centre). */
  .cluster-spot > .plan {
    position: absolute;
    /* Over its button (a ringed button is raised). */
    z-index: 2;
    left: 4px;
    bottom: 6px;
    min-inline-size: 17px;
    padding: 2px 4px;
    border-radius: 9px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    box-shadow: 0 0 0 1.5px #ffffff, 0 0 0 2.5px var(--_marker-outline);
    font-size: 11px;
    font-weight: 700;
    line-height: 1;
    text-align: center;
    white-space: nowrap;
    pointer-events: none;
  }
  .cluster-spot > .tag {
    z-index: 2;
    left: 16px;
    top: -9px;
  }
  .hotspots.quiz .hotspot:not(.reveal) {
    display: none;
  }
  .hotspots.quiz .tag,
  .hotspots.quiz + .clusters .tag {
    display: none;
  }
  .hotspot.reveal::before {
    background: var(--_selected);
    box-shadow: 0 0 0 2.5px #ffffff, 0 0 0 4px var(--_marker-outline), 0 0 0 7px rgb(180 35 24 / 0.4);
  }

  .quiz {
    max-inline-size: min(560px, calc(100% - 20px), var(--_bar-max-width, 100%));
  }
  .quiz .prompt {
    margin: 0 6px;
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 8px;
    align-items: baseline;
  }
  .quiz .prompt strong {
    font-size: 17px;
  }
  .quiz .progress,
  .quiz .hint {
    color: var(--_muted);
    font-size: 13px;
  }
  .quiz .progress {
    flex-basis: 100%;
  }
  .quiz[data-result='correct'] strong {
    color: #166534;
  }
  .quiz[data-result='wrong'] strong {
    color: #9f1239;
  }
  .quiz .score {
    margin-inline: 6px auto;
    font-weight: 600;
  }
  .quiz-guess {
    position: absolute;
    left: 0;
    top: 0;
    inline-size: 18px;
    block-size: 18px;
    margin: -9px 0 0 -9px;
    pointer-events: none;
    border-radius: 50%;
    border: 3px solid #111827;
    box-shadow: 0 0 0 2px #ffffff;
  }
  .quiz-guess::before,
  .quiz-guess::after {
    content: '';
    position: absolute;
    background: #111827;
    inset: 4px calc(50% - 1px);
  }
  .quiz-guess::after {
    inset: calc(50% - 1px) 4px;
  }
  .quiz-guess[hidden] {
    display: none;
  }
  /* The keyboard's aim: a ring with a centre dot, answered at its centre. No transition:
     it jumps a step per key press, so nothing moves on its own (reduced motion or not). */
  .quiz-aim {
    position: absolute;
    left: 0;
    top: 0;
    inline-size: 28px;
    block-size: 28px;
    margin: -14px 0 0 -14px;
    box-sizing: border-box;
    pointer-events: none;
    border-radius: 50%;
    border: 3px solid #1d4ed8;
    box-shadow: 0 0 0 2px #ffffff, inset 0 0 0 2px #ffffff;
  }
  .quiz-aim::after {
    content: '';
    position: absolute;
    inset: calc(50% - 2px);
    border-radius: 50%;
    background: #1d4ed8;
    box-shadow: 0 0 0 1.5px #ffffff;
  }

  .legend {
    position: absolute;
    inset-inline-start: 10px;
    inset-block-end: calc(62px + var(--_notice-space, 0px));
    margin: 0;
    padding: 8px 10px;
    list-style: none;
    border-radius: var(--_radius);
    background: rgb(255 255 255 / 0.9);
    box-shadow: 0 2px 10px rgb(15 23 42 / 0.12);
    font-size: 13px;
    z-index: 2;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .legend .swatch {
    inline-size: 22px;
    block-size: 7px;
    flex: none;
  }

  .ruler-label {
    position: absolute;
    left: 0;
    top: 0;
    max-inline-size: 200px;
    padding: 3px 8px;
    border-radius: 8px;
    background: rgb(17 24 39 / 0.88);
    color: #ffffff;
    font-size: 12.5px;
    font-weight: 600;
    line-height: 1.3;
    pointer-events: none;
    z-index: 3;
    inline-size: max-content;
  }
  .ruler-label[data-placement='above'] {
    translate: -50% calc(-100% - 16px);
  }
  .ruler-label[data-placement='left'] {
    translate: calc(-100% - 18px) -50%;
  }
  .ruler-label[data-placement='right'] {
    translate: 18px -50%;
  }
  .ruler-label[hidden] {
    display: none;
  }

`;
