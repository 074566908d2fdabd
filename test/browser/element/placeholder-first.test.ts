import { expect } from '@esm-bundle/chai';
import { rendererStats } from '../../../src/index.js';
import { cleanup, mount, until } from '../helpers.js';

/**
 * The placeholder picture comes first: the 3D stage (three.js, then the body) is asked for
 * once the picture has arrived, so on a slow connection the two do not share the line
 * (placeholder.ts). A file of its own: the page must not have fetched the 3D stage before.
 */
describe('the placeholder picture before the 3D stage', () => {
  afterEach(cleanup);

  it('the 3D stage is fetched after the picture has loaded, also for loading="eager"', async () => {
    const element = mount({ view: 'left' });
    expect(element.getAttribute('loading')).to.equal('eager');
    await until(() => rendererStats().views > 0, 'the 3D view made', 30000);
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const picture = entries.find((entry) => /body-left\.webp/.test(entry.name));
    const stage = entries.filter((entry) => /\/stage-3d\.[jt]s/.test(entry.name));
    expect(picture, 'the picture fetched').to.exist;
    expect(stage.length, 'the 3D stage fetched once, by this widget').to.equal(1);
    expect(stage[0].startTime, 'the 3D stage asked for after the picture arrived').to.be.at.least(picture!.responseEnd);
  });
});
