/** What dist/embed.html reads from its address (src/embed/settings.ts), and the builder's snippets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEmbedSettings, readColour, safeLinkUrl, DEFAULT_CTA_LABEL } from '../../../src/embed/settings.js';
import { contrastRatio, normaliseHex, parseRgb, textOn } from '../../../src/embed/colour.js';
import { DEFAULT_CHOICE, embedUrl, iframeSnippet, scriptSnippet, type EmbedChoice } from '../../../src/embed/snippets.js';
import { PROTOCOLS } from '../../../src/catalogue/protocols.js';
import { LOW_BACK_PAIN_POINTS } from '../../../src/catalogue/data/low-back-pain.js';

const catalogue = { protocols: PROTOCOLS, pointCodes: LOW_BACK_PAIN_POINTS.points.map((p) => p.code) };
const read = (search: string) => readEmbedSettings(search, catalogue, (name) => ['navy', 'rebeccapurple'].includes(name));

test('good settings become attributes, colours and a call to action', () => {
  const s = read('?mode=Practitioner&protocol=sciatica-posterior-leg&plan=bl23+BL25,bl40&point=bl23&view=left&lang=zh-Hans&show-meridians=1&show-labels&auto-rotate=0&accent=2F5D8A&skin=%23c8a080&cta=Book+a+visit&cta-url=https://clinic.example/book?x=1');
  assert.deepEqual(s.notes, []);
  assert.deepEqual(s.attributes, {
    mode: 'practitioner',
    view: 'left',
    protocol: 'sciatica-posterior-leg',
    plan: 'BL23 BL25 BL40',
    selected: 'BL23',
    lang: 'zh-Hans',
    'show-meridians': '',
    'show-labels': '',
  });
  assert.equal(s.accent, '#2f5d8a');
  assert.equal(s.skin, '#c8a080');
  assert.deepEqual(s.cta, { label: 'Book a visit', url: 'https://clinic.example/book?x=1', newTab: false });
  assert.equal(read('cta-url=https://c.example/&cta-target=new').cta?.newTab, true);
  assert.match(read('cta-url=https://c.example/&cta-target=popup').notes[0], /cta-target "popup" should be top or new/);
});

test('no parameters: no attributes, no notes (every default stays)', () => {
  assert.deepEqual(read(''), { attributes: {}, accent: null, skin: null, cta: null, notes: [] });
});

test('each bad value is dropped with a note, the good ones are kept', () => {
  const s = read('mode=doctor&view=top&protocol=nope&plan=BL23+XX9&point=ZZ1&lang=<b>&show-labels=maybe&accent=url(x)&skin=var(--x)&cta=Go&cta-url=javascript:alert(1)&colour=red&utm_source=mail');
  assert.deepEqual(s.attributes, { plan: 'BL23' });
  assert.equal(s.accent, null);
  assert.equal(s.skin, null);
  assert.equal(s.cta, null);
  const text = s.notes.join('\n');
  for (const expected of ['"colour"', 'mode "doctor"', 'view "top"', 'protocol "nope"', '"XX9"', 'point "ZZ1"', 'lang "<b>"', 'show-labels "maybe"', 'accent "url(x)"', 'skin "var(--x)"', 'cta-url "javascript:alert(1)"']) {
    assert.ok(text.includes(expected), `a note mentions ${expected}:\n${text}`);
  }
  assert.ok(!text.includes('utm_source'), 'tracking parameters added by hosts are not the clinic\'s mistake');
  assert.equal(s.notes.length, 11);
});

test('the call-to-action address must be an absolute http(s) URL', () => {
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '/book', 'book.html', '//evil.example', 'https://user:pw@clinic.example/', 'ftp://clinic.example/', '']) {
    assert.equal(safeLinkUrl(bad), null, bad);
  }
  assert.equal(safeLinkUrl(' https://clinic.example/book '), 'https://clinic.example/book');
  assert.equal(safeLinkUrl('http://clinic.example'), 'http://clinic.example/');
  assert.equal(read('cta-url=https://c.example/').cta?.label, DEFAULT_CTA_LABEL);
  assert.match(read('cta=Book').notes[0], /cta-url is missing/);
  const long = read(`cta=${'x'.repeat(80)}&cta-url=https://c.example/`);
  assert.equal(long.cta?.label.length, 60);
  assert.match(long.notes[0], /shortened/);
});

test('colours: hex with or without #, CSS names only when the browser knows them, never functions', () => {
  assert.equal(readColour('#25A'), '#2255aa');
  assert.equal(readColour('2255aa'), '#2255aa');
  assert.equal(readColour('navy', (n) => n === 'navy'), 'navy');
  assert.equal(readColour('navy'), null);
  for (const bad of ['url(a)', 'var(--x)', 'rgb(1,2,3)', 'expression(x)', '#12345', 'red;background:url(x)']) assert.equal(readColour(bad, () => true), null, bad);
  assert.equal(normaliseHex('#ABC'), '#aabbcc');
  assert.deepEqual(parseRgb('rgb(10, 20, 30)'), { r: 10, g: 20, b: 30 });
  assert.equal(textOn(parseRgb('#0b6b66')!), '#ffffff');
  assert.equal(textOn(parseRgb('#ffd60a')!), '#111827', 'dark text on a yellow brand colour');
  assert.ok(Math.abs(contrastRatio(parseRgb('#000')!, parseRgb('#fff')!) - 21) < 1e-9);
});

const choice = (over: Partial<EmbedChoice>): EmbedChoice => ({ ...DEFAULT_CHOICE, ...over });

test('the iframe address carries only what differs from the defaults, and the page reads it back', () => {
  assert.equal(embedUrl(choice({ base: 'https://maps.example/acupoint-map' })), 'https://maps.example/acupoint-map/embed.html');
  const c = choice({ mode: 'practitioner', protocol: 'chronic-nonspecific', point: 'BL23', lang: 'es', switches: { 'show-labels': true }, accent: '#7a3b8f', ctaLabel: 'Reserve', ctaUrl: 'https://clinic.example/book', base: 'https://maps.example/am/' });
  const url = embedUrl(c);
  assert.equal(url, 'https://maps.example/am/embed.html?mode=practitioner&protocol=chronic-nonspecific&point=BL23&lang=es&show-labels=1&accent=7a3b8f&cta=Reserve&cta-url=https%3A%2F%2Fclinic.example%2Fbook');
  const back = read(new URL(url).search);
  assert.deepEqual(back.notes, []);
  assert.deepEqual(back.attributes, { mode: 'practitioner', protocol: 'chronic-nonspecific', selected: 'BL23', lang: 'es', 'show-labels': '' });
  assert.deepEqual(back.cta, { label: 'Reserve', url: 'https://clinic.example/book', newTab: false });
  const newTab = embedUrl(choice({ ctaUrl: 'https://clinic.example/book', ctaNewTab: true }));
  assert.ok(newTab.endsWith('cta-url=https%3A%2F%2Fclinic.example%2Fbook&cta-target=new'), newTab);
  assert.equal(read(new URL(newTab, 'https://x.example/').search).cta?.newTab, true);
  assert.ok(scriptSnippet(choice({ ctaUrl: 'https://clinic.example/book', ctaNewTab: true })).includes('<a slot="cta" href="https://clinic.example/book" target="_blank" rel="noopener">'));
  assert.equal(back.accent, '#7a3b8f');
});

test('snippets escape what the clinic typed and reserve the box', () => {
  const c = choice({ mode: 'student', switches: { 'show-meridians': true }, accent: '#ffd60a', ctaLabel: 'Book <now> & "save"', ctaUrl: 'https://clinic.example/book?a=1&b=2', height: 520 });
  const script = scriptSnippet(c);
  assert.match(script, /^<style>acupoint-map \{ display: block; height: 520px;/);
  assert.ok(script.includes('<script type="module" src="/acupoint-map/acupoint-map.bundle.js"></script>'));
  assert.ok(script.includes('<acupoint-map mode="student" show-meridians style="--acupoint-accent: #ffd60a; --acupoint-accent-contrast: #111827">'));
  assert.ok(script.includes('<a slot="cta" href="https://clinic.example/book?a=1&amp;b=2">Book &lt;now&gt; &amp; &quot;save&quot;</a>'));
  const frame = iframeSnippet(c);
  assert.ok(frame.startsWith('<iframe src="/acupoint-map/embed.html?mode=student&amp;show-meridians=1&amp;accent=ffd60a&amp;cta=Book+%3Cnow%3E+%26+%22save%22&amp;cta-url='));
  assert.ok(frame.includes('height:520px'));
  assert.ok(frame.includes('title="Acupuncture points for low back pain: interactive 3D map"'));
  const unsafe = scriptSnippet(choice({ ctaUrl: 'javascript:alert(1)' }));
  assert.ok(!unsafe.includes('javascript'), 'an unsafe booking link never reaches a snippet');
});
