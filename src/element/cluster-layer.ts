import type { AcuPoint } from '../catalogue/types.js';
import type { Translator } from '../i18n/translator.js';
import type { MarkerEmphasis } from '../modes/marker-emphasis.js';
import type { Cluster } from './marker-clusters.js';
import { spokenTitle } from './names.js';

/** Regions with words of their own (`region.<name>` in the interface strings). */
const REGIONS = new Set(['lumbar', 'sacral', 'buttock', 'thigh', 'knee', 'leg', 'ankle', 'hand', 'abdomen', 'face', 'foot']);

/** A cluster's region (a point's `region`) as a visitor would say it. */
function regionName(region: string, tr: Translator): string {
  if (REGIONS.has(region)) return tr.t(`region.${region}` as `region.lumbar`);
  return region.charAt(0).toUpperCase() + region.slice(1);
}

/**
 * How a cluster stands out, from its points: the plan numbers inside it, whether a chosen
 * protocol's (or the plan's) points are among them, and its label tag (with show-labels).
 */
export interface ClusterLook {
  /** Plan numbers of its points, ascending (empty: none in the plan). */
  numbers: number[];
  /** 'focus' when any of its points is highlighted, 'dimmed' when none is while others are. */
  emphasis: MarkerEmphasis;
  /** How many of its points are highlighted. */
  focused: number;
  /** Show its label tag (show-labels). */
  tag: boolean;
}

/** The region most of the points are in, in a visitor's words. */
export function clusterRegion(points: readonly AcuPoint[], tr: Translator): string {
  const regions = new Map<string, number>();
  for (const point of points) regions.set(point.region, (regions.get(point.region) ?? 0) + 1);
  return regionName([...regions].sort((a, b) => b[1] - a[1])[0][0], tr);
}

/**
 * What a cluster button says: its region and points, and what of a practitioner's plan or
 * a chosen protocol is inside ("Lower back, 6 points: GV4, BL23, ...; plan points 1 and 3.
 * Zoom in").
 */
export function clusterLabel(points: readonly AcuPoint[], markerCount: number, tr: Translator, look?: ClusterLook): string {
  if (points.length === 1) return tr.t('cluster.onePoint', { name: spokenTitle(points[0], tr), count: markerCount, note: note(look, true, tr) });
  const codes = tr.list(points.map((point) => point.code));
  return tr.t('cluster.points', { region: clusterRegion(points, tr), count: points.length, codes, note: note(look, false, tr) });
}

function note(look: ClusterLook | undefined, single: boolean, tr: Translator): string {
  if (!look) return '';
  if (look.numbers.length) {
    if (single) return tr.t('marker.planPoint', { number: look.numbers[0] });
    return tr.plural('cluster.planPoints', look.numbers.length, { numbers: tr.and(look.numbers.map((n) => tr.number(n))) });
  }
  if (look.emphasis !== 'focus') return '';
  return single ? tr.t('marker.inProtocol') : tr.t('cluster.inProtocol', { count: look.focused });
}

/** What each button shows now (plan numbers, emphasis, tag): rewritten only when it changes. */
const looks = new WeakMap<HTMLButtonElement, string>();

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.setAttribute('aria-hidden', 'true');
  // Text, never HTML: point data may come from a page's own file.
  element.textContent = text;
  return element;
}

/**
 * The cluster buttons over the body: created and moved imperatively each frame (like the
 * markers' positions), in a container Lit renders empty. One button per cluster, reused.
 */
export class ClusterLayer {
  private readonly buttons: HTMLButtonElement[] = [];
  /** Which cluster each shown button stands for this frame. */
  private readonly assigned = new Map<HTMLButtonElement, Cluster>();

  constructor(
    private readonly container: HTMLElement,
    private readonly activate: (cluster: Cluster, button: HTMLButtonElement) => void,
  ) {}

  /**
   * Show `clusters`; `pointsOf` gives the distinct points of a cluster's members. A cluster
   * with the same members as in the last frame keeps its button, so focus and a pressed
   * finger stay on it while the view moves.
   */
  update(
    clusters: readonly Cluster[],
    pointsOf: (members: readonly number[]) => AcuPoint[],
    lookOf: (points: readonly AcuPoint[]) => ClusterLook,
    tr: Translator,
  ): void {
    const key = (cluster: Cluster) => cluster.members.join(' ');
    const previous = new Map([...this.assigned].map(([button, cluster]) => [key(cluster), button]));
    this.assigned.clear();
    const waiting: Cluster[] = [];
    for (const cluster of clusters) {
      const button = previous.get(key(cluster));
      if (button) this.assigned.set(button, cluster);
      else waiting.push(cluster);
    }
    for (const cluster of waiting) {
      let button = this.buttons.find((candidate) => !this.assigned.has(candidate));
      if (!button) {
        const created = document.createElement('button');
        created.className = 'cluster';
        created.setAttribute('part', 'cluster');
        created.tabIndex = -1;
        created.addEventListener('click', (event) => {
          event.stopPropagation();
          const shown = this.assigned.get(created);
          if (shown) this.activate(shown, created);
        });
        // The button and its badges in one positioned spot: the badges sit beside the button,
        // not in it, so its visible text (the count) stays part of its spoken name (WCAG 2.5.3).
        const spot = document.createElement('div');
        spot.className = 'cluster-spot';
        spot.append(created);
        this.container.append(spot);
        this.buttons.push(created);
        button = created;
      }
      this.assigned.set(button, cluster);
    }
    for (const button of this.buttons) {
      const cluster = this.assigned.get(button);
      // No points: markers of a set being replaced, projected before the new ones were.
      const points = cluster ? pointsOf(cluster.members) : [];
      button.hidden = points.length === 0;
      if (!cluster || points.length === 0) continue;
      const codes = points.map((point) => point.code).join(' ');
      const look = lookOf(points);
      const count = String(cluster.members.length);
      const key = `${look.numbers.join(',')} ${look.emphasis} ${look.focused} ${look.tag} ${tr.lang}`;
      if (button.dataset.codes !== codes || button.dataset.count !== count || looks.get(button) !== key) {
        looks.set(button, key);
        button.dataset.codes = codes;
        button.dataset.count = count;
        button.classList.toggle('focus', look.emphasis === 'focus');
        button.classList.toggle('dimmed', look.emphasis === 'dimmed');
        button.setAttribute('aria-label', clusterLabel(points, cluster.members.length, tr, look));
        // The number a sighted visitor sees: how many points (or markers of one point) are inside.
        button.textContent = String(points.length > 1 ? points.length : cluster.members.length);
        // The plan's numbers inside, on a badge: a practitioner's plan is never hidden in a cluster.
        const badges = [
          ...(look.numbers.length ? [span('plan', look.numbers.join(' · '))] : []),
          ...(look.tag ? [span('tag', points.length > 1 ? clusterRegion(points, tr) : points[0].code)] : []),
        ];
        button.parentElement!.replaceChildren(button, ...badges);
      }
      button.dataset.x = cluster.x.toFixed(1);
      button.dataset.y = cluster.y.toFixed(1);
      button.parentElement!.style.transform = `translate(${cluster.x.toFixed(1)}px, ${cluster.y.toFixed(1)}px)`;
    }
  }

  /** The button showing `cluster` this frame. */
  buttonFor(cluster: Cluster): HTMLButtonElement | undefined {
    for (const [button, shown] of this.assigned) if (shown === cluster && !button.hidden) return button;
    return undefined;
  }

  /** A shown cluster button's label tag (show-labels), beside it in its spot. */
  static tagOf(button: HTMLButtonElement): HTMLElement | null {
    return button.parentElement?.querySelector<HTMLElement>(':scope > .tag') ?? null;
  }

  /** The buttons on screen now (for keyboard navigation and the single tab stop). */
  visibleButtons(): HTMLButtonElement[] {
    return this.buttons.filter((button) => !button.hidden);
  }
}
