/**
 * A practitioner's plan and a chosen protocol are never hidden inside a cluster: a cluster
 * holding plan points shows their numbers and says them, one holding highlighted points is
 * ringed like a highlighted marker, one holding none is dimmed; with show-labels it has a
 * tag that overlaps no other tag or target.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, frames, mountLoaded, shadow } from '../helpers.js';

const PLAN = ['BL23', 'BL25', 'EX-B2', 'BL40', 'BL57', 'KI3'];

function clusters(element: AcupointMap): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="cluster"]')].filter((b) => !b.hidden);
}

/** A cluster's badge beside it: its plan numbers or its label tag. */
function badge(button: HTMLButtonElement, kind: 'plan' | 'tag'): HTMLElement | null {
  return button.parentElement!.querySelector<HTMLElement>(`:scope > .${kind}`);
}

async function settled(element: AcupointMap): Promise<void> {
  await element.updateComplete;
  await frames(3);
}

describe('clusters show the plan and the protocol', () => {
  before(async () => {
    await setViewport({ width: 375, height: 812 });
    await emulateMedia({ reducedMotion: 'reduce' });
    document.body.style.margin = '0';
  });

  afterEach(() => cleanup());

  after(async () => {
    document.body.style.removeProperty('margin');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('a cluster with plan points shows and says their numbers; one without is dimmed', async () => {
    const element = await mountLoaded({ mode: 'practitioner', plan: PLAN.join(' ') }, { width: 375, height: 812 });
    await settled(element);
    const shown = clusters(element);
    const withPlan = shown.filter((b) => b.dataset.codes!.split(' ').some((code) => PLAN.includes(code)));
    expect(withPlan.length, 'clusters holding plan points in the back view').to.be.at.least(2);
    for (const button of withPlan) {
      const numbers = button.dataset.codes!.split(' ').map((code) => PLAN.indexOf(code) + 1).filter((n) => n > 0).sort((a, b) => a - b);
      expect(button.classList.contains('focus'), button.dataset.codes).to.equal(true);
      expect(badge(button, 'plan')?.textContent, button.dataset.codes).to.equal(numbers.join(' · '));
      // Listed as English lists them ("1 and 3", "1, 2, and 3").
      const said = numbers.length > 1 ? `plan points ${new Intl.ListFormat('en').format(numbers.map(String))}` : `plan point ${numbers[0]}`;
      expect(button.getAttribute('aria-label'), button.dataset.codes).to.contain(said);
      // The badge stays beside the button: its own text is its count, which its name says
      // (WCAG 2.5.3, label in name).
      expect(button.textContent).to.match(/^\d+$/);
      expect(button.getAttribute('aria-label')).to.contain(button.textContent!);
    }
    const without = shown.filter((b) => !b.dataset.codes!.split(' ').some((code) => PLAN.includes(code)));
    expect(without.length, 'clusters with no plan point').to.be.at.least(1);
    for (const button of without) {
      expect(button.classList.contains('dimmed'), button.dataset.codes).to.equal(true);
      expect(badge(button, 'plan'), button.dataset.codes).to.equal(null);
    }
    // Clearing the plan takes the numbers and the emphasis away at once.
    element.plan = null;
    await settled(element);
    for (const button of clusters(element)) {
      expect(badge(button, 'plan')).to.equal(null);
      expect(button.classList.contains('focus') || button.classList.contains('dimmed')).to.equal(false);
    }
  });

  it('a chosen protocol rings the clusters holding its points and says how many', async () => {
    const element = await mountLoaded({ mode: 'practitioner', protocol: 'chronic-nonspecific' }, { width: 375, height: 812 });
    await settled(element);
    const ringed = clusters(element).filter((b) => b.classList.contains('focus'));
    expect(ringed.length, 'clusters with protocol points').to.be.at.least(1);
    for (const button of ringed) expect(button.getAttribute('aria-label')).to.match(/; \d+ in the chosen protocol\. Zoom in$|, in the chosen protocol\. Open and zoom in$/);
  });

  it('with show-labels a cluster has a region tag, and no kept tag overlaps another or a target', async () => {
    const element = await mountLoaded({ mode: 'student', 'show-labels': '' }, { width: 375, height: 812 });
    await settled(element);
    const root = shadow(element);
    const lumbar = clusters(element).find((b) => b.dataset.codes!.split(' ').includes('BL23'))!;
    expect(badge(lumbar, 'tag')?.textContent).to.equal('Lower back');
    const tags = [...root.querySelectorAll<HTMLElement>('.hotspot:not([hidden]) .tag:not([hidden]), .cluster:not([hidden]) ~ .tag:not([hidden])')].map((t) => t.getBoundingClientRect());
    expect(tags.length).to.be.at.least(3);
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (let i = 0; i < tags.length; i++) for (let j = i + 1; j < tags.length; j++) expect(overlaps(tags[i], tags[j]), `tags ${i} and ${j}`).to.equal(false);
    for (const button of clusters(element)) {
      const r = button.getBoundingClientRect();
      const centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      for (const tag of tags) expect(centre.x > tag.left && centre.x < tag.right && centre.y > tag.top && centre.y < tag.bottom, 'a tag over a cluster').to.equal(false);
    }
  });
});
