/**
 * Chinese punctuation and names, as a Chinese reader expects them: a label ends in the
 * full-width "：" with no space before its value, sentences follow each other with no
 * space, items that hold commas are joined with "；", and a marker is announced by its
 * characters (simplified or traditional, as the page asks), not pinyin. German and Spanish
 * keep ": ".
 */
import { expect } from '@esm-bundle/chai';
import { cleanup, hotspots, mount, panel, shadow, until } from '../helpers.js';
import { mountReady } from '../mode-helpers.js';
import de from '../../../src/i18n/ui/de.js';
import es from '../../../src/i18n/ui/es.js';
import zhHans from '../../../src/i18n/ui/zh-Hans.js';
import zhHant from '../../../src/i18n/ui/zh-Hant.js';

const HAN = /[\u4e00-\u9fff]/;
const exactLine = (element: HTMLElement & { lang: string }) => panel(element as never)?.querySelector('.exact')?.textContent?.trim() ?? '';
const cautions = (element: HTMLElement) => [...panel(element as never).querySelectorAll('details li')].map((li) => li.textContent!.trim());

describe('Chinese punctuation and names', () => {
  afterEach(cleanup);

  it('ends the panel\'s labels in "：" with no space in zh-Hans; German and Spanish keep ": "', async () => {
    const element = mount({ lang: 'zh-Hans', selected: 'BL23' });
    await until(() => HAN.test(exactLine(element)), 'the Chinese panel', 60000);
    const location = exactLine(element);
    expect(location).to.not.include(': ');
    expect(location.startsWith(`${zhHans['panel.exactLocationWho']}：`), location).to.equal(true);
    expect(location).to.not.match(/： /);
    const items = cautions(element);
    expect(items.length).to.be.greaterThan(1);
    for (const item of items) expect(item, item).to.match(/^[^:：\s]+：\S/);

    element.lang = 'de';
    await until(() => exactLine(element).startsWith(de['panel.exactLocationWho']), 'the German panel');
    expect(exactLine(element)).to.match(/^Genaue Lage \(WHO 2008\): \S/);
    expect(cautions(element)[0]).to.match(/^\S[^:]*: \S/);

    element.lang = 'es';
    await until(() => exactLine(element).startsWith(es['panel.exactLocationWho']), 'the Spanish panel');
    expect(exactLine(element).startsWith(`${es['panel.exactLocationWho']}: `)).to.equal(true);
    expect(cautions(element)[0]).to.match(/^\S[^:]*: \S/);
  });

  it('names a marker by its characters in the page\'s script, with its code', async () => {
    const element = await mountReady({ lang: 'zh-Hans' });
    await until(() => HAN.test(hotspots(element, 'BL23')[0]?.getAttribute('aria-label') ?? ''), 'the Chinese marker names', 60000);
    const simplified = hotspots(element, 'BL23')[0].getAttribute('aria-label')!;
    expect(simplified.startsWith('BL23 肾俞，'), simplified).to.equal(true);
    expect(simplified).to.not.include('Shenshu');
    expect(simplified).to.not.include(', ');

    element.lang = 'zh-Hant';
    await until(() => (hotspots(element, 'BL23')[0]?.getAttribute('aria-label') ?? '').includes('腎俞'), 'the Traditional Chinese marker names', 60000);
    expect(hotspots(element, 'BL40')[0].getAttribute('aria-label')).to.match(/^BL40 委中，/);

    element.lang = 'en';
    await until(() => /^BL23 Shenshu, Kidney Shu, /.test(hotspots(element, 'BL23')[0]?.getAttribute('aria-label') ?? ''), 'the English marker names');
  });

  it('names the quiz\'s point and the protocol card\'s points by their characters with the code, as the markers do', async () => {
    const element = await mountReady({ lang: 'zh-Hans', mode: 'practitioner' });
    const root = shadow(element);
    // The card opens when the practitioner picks the protocol (the attribute only highlights it).
    const picker = root.querySelector<HTMLSelectElement>('.protocol-picker select')!;
    picker.value = 'chronic-nonspecific';
    picker.dispatchEvent(new Event('change'));
    const heading = () => panel(element).querySelector('h3')?.textContent?.trim();
    const links = () => [...panel(element).querySelectorAll('.protocol-points .link-button')].map((b) => b.textContent!.trim());
    await until(() => heading() === zhHans['protocol.points'], 'the Chinese protocol card', 60000);
    expect(links()).to.include.members(['BL23 肾俞', 'EX-B2 夹脊', 'KI3 太溪']);
    expect(links().join(' ')).to.not.match(/Shenshu|Taixi/);

    element.lang = 'zh-Hant';
    await until(() => links().includes('BL23 腎俞'), 'the Traditional Chinese protocol card', 60000);
    expect(links()).to.include('EX-B2 夾脊');

    element.mode = 'student';
    element.startQuiz({ points: ['BL40'] });
    const prompt = () => root.querySelector('[part~="quiz"] .prompt strong')?.textContent?.trim() ?? '';
    await until(() => prompt() !== '', 'the quiz prompt', 60000);
    expect(prompt()).to.equal(zhHant['quiz.find'].replace('{name}', 'BL40 委中'));

    element.lang = 'en';
    await until(() => prompt() === 'Find BL40 Weizhong', 'the English quiz prompt', 60000);
  });

  it('writes the depth view\'s sentences in zh-Hans with no ASCII "; " or space between them', async () => {
    const element = await mountReady({ lang: 'zh-Hans', mode: 'student' });
    element.select('BL23');
    await until(() => !!shadow(element).querySelector('[part~="depth"] svg') && HAN.test(shadow(element).querySelector('[part~="depth"] figcaption')?.textContent ?? ''), 'the cross-section', 120000);
    const caption = shadow(element).querySelector('[part~="depth"] figcaption')!.textContent!;
    expect(caption).to.not.include('; ');
    expect(caption, caption).to.not.match(/[。）] /);
    expect(caption, caption).to.match(/。有风险的结构：/);
    const underPoint = panel(element).querySelector('li.depth-risk')!.textContent!.trim();
    expect(underPoint, underPoint).to.match(/^穴位下方：有风险的结构：/);
  });
});
