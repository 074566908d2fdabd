import { expect } from '@esm-bundle/chai';
import type { AcupointMap } from '../../../src/index.js';
import { cleanup, mount, panel, shadow, until } from '../helpers.js';
import { ENGLISH } from '../../../src/i18n/translator.js';
import de from '../../../src/i18n/ui/de.js';
import zhHant from '../../../src/i18n/ui/zh-Hant.js';
import es from '../../../src/i18n/ui/es.js';
import deContent from '../../../src/i18n/content/de.js';
import zhHantContent from '../../../src/i18n/content/zh-Hant.js';

/** The language chunks this page has requested so far (src/i18n/locales/<lang>.ts). */
function requestedLanguages(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/i18n\/locales\/([\w-]+)\.(?:ts|js)/.exec(entry.name)?.[1])
    .filter((code): code is string => !!code)
    .sort();
}

const headings = (element: AcupointMap) => [...panel(element).querySelectorAll('h3')].map((h) => h.textContent!.trim());

describe('the widget speaks the language of its page', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    cleanup();
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('switches live with the element\'s and the document\'s lang, open panel included, loading only the active language', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const element = mount({ selected: 'BL23' });
    await until(() => panel(element)?.hidden === false && headings(element).includes(ENGLISH.t('panel.where')), 'the English panel');
    expect(requestedLanguages(), 'English needs no chunk').to.deep.equal([]);

    element.setAttribute('lang', 'de-AT');
    await until(() => headings(element).includes(de['panel.where']), 'the German panel');
    expect(panel(element).textContent).to.include(deContent['point.BL23.english']);
    // The patient's session section (a chunk of its own) in German too.
    await until(() => (panel(element).querySelector('[part~="session-info"] summary')?.textContent ?? '') === deContent['session.heading'], 'the German session section');
    expect(shadow(element).querySelector('[part~="toolbar"]')!.textContent).to.include(de['toolbar.evidence']);
    expect(shadow(element).querySelector('.lang-root')!.getAttribute('lang')).to.equal('de');
    expect(requestedLanguages(), 'only German was fetched').to.deep.equal(['de']);

    // The element's own lang goes: the page's decides (Traditional Chinese for Taiwan).
    document.documentElement.setAttribute('lang', 'zh-TW');
    element.removeAttribute('lang');
    await until(() => headings(element).includes(zhHant['panel.where']), 'the Traditional Chinese panel');
    expect(panel(element).textContent).to.include(zhHantContent['point.BL23.english']);
    expect(panel(element).querySelector('.hanzi [lang]')!.getAttribute('lang')).to.equal('zh-Hant');
    expect(requestedLanguages()).to.deep.equal(['de', 'zh-Hant']);

    // A language the widget does not speak: English, quietly.
    document.documentElement.setAttribute('lang', 'fr');
    await until(() => headings(element).includes(ENGLISH.t('panel.where')), 'English again');
    expect(requestedLanguages()).to.deep.equal(['de', 'zh-Hant']);
  });

  it('takes the lang of an ancestor across shadow roots, and follows its change', async () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'es-MX');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('section');
    root.append(wrapper);
    const element = document.createElement('acupoint-map') as AcupointMap;
    element.setAttribute('selected', 'BL23');
    element.style.cssText = 'display:block;width:640px;height:520px';
    wrapper.append(element);
    try {
      await until(() => panel(element)?.hidden === false && headings(element).includes(es['panel.where']), 'the Spanish panel');
      wrapper.setAttribute('lang', 'de');
      await until(() => headings(element).includes(de['panel.where']), 'German from the nearer ancestor');
    } finally {
      host.remove();
    }
  });
});
