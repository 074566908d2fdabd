import { expect } from '@esm-bundle/chai';
import type { AcuPoint } from '../../../src/index.js';
import { cleanup, hotspots, mount, nextEvent, panel, shadow, until, wait } from '../helpers.js';
import { watchPageErrors, type PageErrorWatch } from '../support/page-errors.js';
import { builtInPoints, pointsFileUrl, revokeFileUrls } from '../support/point-files.js';
import { pointList } from '../support/point-list.js';

declare global {
  interface Window {
    __xss?: string[];
  }
}

const IMG = '<img src=x onerror="(window.__xss ??= []).push(\'img\')">';
const SCRIPT = '<script>(window.__xss ??= []).push("script")</script>';
const SVG = '<svg onload="(window.__xss ??= []).push(\'svg\')"></svg>';

/** BL40 with markup in every text field a page shows (code and id are pattern-checked). */
function hostilePoint(): AcuPoint {
  const [point] = builtInPoints(['BL40']);
  point.pinyin = `Wěizhōng ${IMG}`;
  point.english = `Middle of the Crook ${SCRIPT}`;
  point.channel = `Bladder ${SVG}`;
  point.hanzi.traditional = `委中 ${IMG}`;
  point.location.patient = `Behind the knee ${IMG}`;
  point.location.practitioner = `Posterior knee ${SCRIPT}`;
  point.role.reason = `Distal point ${SVG}`;
  point.needling.angle = `perpendicular ${IMG}`;
  point.needling.notes = `Notes ${SCRIPT}`;
  point.cautions.depth = `Deep ${IMG}`;
  point.sources[0].title = `Source ${SCRIPT}`;
  point.sources[0].detail = `Detail ${SVG}`;
  point.markers[0].label = '<b id="hostile-label">x</b>';
  return point;
}

/**
 * Elements point text could have made. The widget's own drawings are left out: the still
 * picture of the body shown until the 3D view is drawn, and the depth view's cross-section
 * (an SVG drawn from the anatomy model; opening every <details> opens it, and whether it is
 * drawn within the test's wait depends on the machine's load).
 */
function markupElementsIn(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('img, script, svg, b#hostile-label, iframe, object')].filter(
    (element) => !element.matches('img.placeholder') && !(element.localName === 'svg' && element.parentElement?.matches('figure[part~="depth"]')),
  );
}

describe('point text is text, never HTML', () => {
  let pageErrors: PageErrorWatch;

  beforeEach(() => {
    delete window.__xss;
    pageErrors = watchPageErrors();
  });

  afterEach(() => {
    cleanup();
    revokeFileUrls();
    pageErrors.stop();
    expect(pageErrors.errors).to.deep.equal([]);
  });

  it('markup in a points-src file shows literally in the panel, list and marker names, and runs nothing', async () => {
    const point = hostilePoint();
    const element = mount({ 'points-src': pointsFileUrl({ points: [point, ...builtInPoints(['BL23'])] }) });
    await nextEvent(element, 'load');
    await until(() => element.points.length === 2, 'the hostile file loaded');
    element.select('BL40');
    await element.updateComplete;
    // Open every collapsed part so that all of the point's text is rendered.
    for (const details of panel(element).querySelectorAll('details')) details.open = true;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="point-list"]')!.click();
    await element.updateComplete;
    await wait(300);

    const text = panel(element).textContent!;
    for (const literal of [IMG, SCRIPT, SVG]) expect(text, 'literal markup in the panel').to.include(literal);
    expect(pointList(element).textContent).to.include(IMG);
    const labels = hotspots(element, 'BL40').map((button) => button.getAttribute('aria-label')!);
    expect(labels.some((label) => label.includes('<b id="hostile-label">x</b>')), 'label as text').to.equal(true);
    expect(markupElementsIn(shadow(element)), 'elements made from point text').to.deep.equal([]);
    expect(document.querySelectorAll('img, svg, b#hostile-label').length).to.equal(0);
    expect(window.__xss, 'no handler ran').to.equal(undefined);
  });

  it('the announcement and the panel title stay text too', async () => {
    const element = mount({ 'points-src': pointsFileUrl({ points: [hostilePoint()] }) });
    await nextEvent(element, 'load');
    await until(() => element.points.length === 1, 'the hostile file loaded');
    element.select('BL40');
    await element.updateComplete;
    const live = shadow(element).querySelector('[aria-live]')!;
    expect(live.textContent).to.include(SCRIPT);
    expect(shadow(element).querySelector('#panel-title')!.textContent).to.include(IMG);
    expect(markupElementsIn(shadow(element))).to.deep.equal([]);
    await wait(200);
    expect(window.__xss).to.equal(undefined);
  });
});
