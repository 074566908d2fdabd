/**
 * A large point set (issue 17): only the markers shown on their own have a button (a
 * thousand points made three thousand, and every selection re-rendered and restyled them
 * all); what is shown still never covers another target, a click opens the marker under
 * it, and the list holds every point.
 */
import { expect } from '@esm-bundle/chai';
import { MOST_BUTTONS } from '../../../src/element/hotspot-controller.js';
import { listToggle, openList } from '../support/point-list.js';
import { cleanup, frames, hotspots, mountLoaded, panel, shadow, until } from '../helpers.js';
import { builtInPoints, pointsFileUrl, revokeFileUrls } from '../support/point-files.js';

const COUNT = 1000;

describe('a large point set (issue 17)', () => {
  afterEach(() => {
    cleanup();
    revokeFileUrls();
  });

  it(`${COUNT} points: buttons only for the markers shown alone, none covering another, every point in the list`, async () => {
    const element = await mountLoaded({}, { width: 800, height: 600 });
    // The built-in points, and GV4 copied under new codes until there are COUNT: one spot
    // holds hundreds of markers, the others stand apart as they do in the built-in set.
    const base = builtInPoints();
    const gv4 = base.find((point) => point.code === 'GV4')!;
    const copies = Array.from({ length: COUNT - base.length }, (_, i) => ({ ...gv4, code: `X${i}`, altCodes: undefined }));
    const points = [...base, ...copies];
    element.setAttribute('points-src', pointsFileUrl({ points }));
    await until(() => element.points.length === COUNT, `the ${COUNT} points`, 120000);
    const root = shadow(element);
    const shownClusters = () => [...root.querySelectorAll<HTMLElement>('[part~="cluster"]:not([hidden])')];
    await until(() => hotspots(element, 'X0').length === 0 && shownClusters().some((button) => /\bX0\b/.test(button.dataset.codes ?? '')), 'the copies clustered', 120000);
    await frames(3);

    const markers = hotspots(element);
    expect(markers.length, 'marker buttons').to.be.within(1, MOST_BUTTONS);
    expect(markers.filter((button) => button.hidden).map((button) => button.dataset.code), 'hidden marker buttons kept').to.deep.equal([]);
    expect((await openList(element)).querySelectorAll('button[data-code]').length, 'list entries').to.equal(COUNT);
    // Closed again (its entries stay rendered): the markers below are tested with the whole view free.
    listToggle(element).click();
    await element.updateComplete;

    // No shown target's centre is under another shown target.
    const targets = [...markers, ...shownClusters()].map((button) => button.getBoundingClientRect());
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    let covered = 0;
    targets.forEach((box, i) => {
      const { x, y } = centre(box);
      targets.forEach((other, j) => {
        if (i !== j && x > other.left && x < other.right && y > other.top && y < other.bottom) covered++;
      });
    });
    expect(covered, 'marker centres under another button').to.equal(0);
    for (const button of markers) expect(button.getAttribute('aria-label')!.startsWith(`${button.dataset.code} `), 'a name for every marker button').to.equal(true);

    // A click opens the marker under it; its list entry is marked, the one before is not.
    const first = markers[0];
    const code = first.dataset.code!;
    first.click();
    await until(() => !panel(element).hidden && (panel(element).textContent ?? '').includes(code), `the panel of ${code}`);
    expect(root.querySelector(`.point-list button[data-code="${code}"]`)!.getAttribute('aria-current')).to.equal('true');
    element.select('X500');
    // The selection is brought into sight: its markers stand alone (they never merge).
    await until(() => hotspots(element, 'X500').some((button) => !button.hidden), 'the markers of X500 shown', 30000);
    expect(root.querySelector(`.point-list button[data-code="${code}"]`)!.getAttribute('aria-current')).to.equal('false');
    expect(root.querySelector('.point-list button[data-code="X500"]')!.getAttribute('aria-current')).to.equal('true');
    expect(hotspots(element, 'X500').every((button) => button.classList.contains('selected')), 'the selected markers marked').to.equal(true);
    expect(hotspots(element, code).some((button) => button.classList.contains('selected')), 'the one before unmarked').to.equal(false);
  });
});
