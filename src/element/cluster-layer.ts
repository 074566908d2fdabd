import type { AcuPoint } from '../catalogue/types.js';
import type { Translator } from '../i18n/translator.js';
import type { Cluster } from './marker-clusters.js';
import { pointTitle } from './names.js';

/** Regions with words of their own (`region.<name>` in the interface strings). */
const REGIONS = new Set(['lumbar', 'sacral', 'buttock', 'thigh', 'knee', 'leg', 'ankle', 'hand', 'abdomen', 'face', 'foot']);

/** A cluster's region (a point's `region`) as a visitor would say it. */
function regionName(region: string, tr: Translator): string {
  if (REGIONS.has(region)) return tr.t(`region.${region}` as `region.lumbar`);
  return region.charAt(0).toUpperCase() + region.slice(1);
}

/** What a cluster button says: its region and points ("Lower back, 6 points: GV4, BL23, ..."). */
export function clusterLabel(points: readonly AcuPoint[], markerCount: number, tr: Translator): string {
  if (points.length === 1) return tr.t('cluster.onePoint', { name: pointTitle(points[0]), count: markerCount });
  const regions = new Map<string, number>();
  for (const point of points) regions.set(point.region, (regions.get(point.region) ?? 0) + 1);
  const region = [...regions].sort((a, b) => b[1] - a[1])[0][0];
  return tr.t('cluster.points', { region: regionName(region, tr), count: points.length, codes: tr.list(points.map((point) => point.code)) });
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
  update(clusters: readonly Cluster[], pointsOf: (members: readonly number[]) => AcuPoint[], tr: Translator): void {
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
        this.container.append(created);
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
      if (button.dataset.codes !== codes || button.dataset.count !== String(cluster.members.length) || button.dataset.lang !== tr.lang) {
        button.dataset.codes = codes;
        button.dataset.count = String(cluster.members.length);
        button.dataset.lang = tr.lang;
        button.setAttribute('aria-label', clusterLabel(points, cluster.members.length, tr));
        // The number a sighted visitor sees: how many points (or markers of one point) are inside.
        button.textContent = String(points.length > 1 ? points.length : cluster.members.length);
      }
      button.dataset.x = cluster.x.toFixed(1);
      button.dataset.y = cluster.y.toFixed(1);
      button.style.transform = `translate(${cluster.x.toFixed(1)}px, ${cluster.y.toFixed(1)}px)`;
    }
  }

  /** The button showing `cluster` this frame. */
  buttonFor(cluster: Cluster): HTMLButtonElement | undefined {
    for (const [button, shown] of this.assigned) if (shown === cluster && !button.hidden) return button;
    return undefined;
  }

  /** The buttons on screen now (for keyboard navigation and the single tab stop). */
  visibleButtons(): HTMLButtonElement[] {
    return this.buttons.filter((button) => !button.hidden);
  }
}
