// The embed builder (demo/embed-builder.html): a clinic picks the settings, sees the live
// widget, and copies a snippet. The preview is set up by the same code as dist/embed.html
// (readEmbedSettings + applyEmbedSettings on the URL parameters the iframe snippet carries),
// so what the clinic sees here is what its iframe shows.
import '../src/index.js';
import type { AcupointMap } from '../src/index.js';
import { applyEmbedSettings } from '../src/embed/apply.js';
import { accentOnWhite, parseRgb } from '../src/embed/colour.js';
import { readEmbedSettings, safeLinkUrl, type Catalogue, type Switch } from '../src/embed/settings.js';
import { DEFAULT_CHOICE, choiceParameters, embedUrl, iframeSnippet, scriptSnippet, type EmbedChoice } from '../src/embed/snippets.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const notes = document.querySelector<HTMLElement>('#notes')!;
const scriptOut = document.querySelector<HTMLTextAreaElement>('#script-snippet')!;
const iframeOut = document.querySelector<HTMLTextAreaElement>('#iframe-snippet')!;
const embedLink = document.querySelector<HTMLAnchorElement>('#embed-link')!;
const copied = document.querySelector<HTMLElement>('#copied')!;
const accentWarning = document.querySelector<HTMLElement>('#accent-warning')!;
const ctaWarning = document.querySelector<HTMLElement>('#cta-warning')!;

let preview = document.querySelector<AcupointMap>('#preview')!;
const catalogue: Catalogue = { protocols: preview.protocols, pointCodes: preview.points.map((point) => point.code) };

const field = <T extends Element = HTMLInputElement>(name: string) => form.elements.namedItem(name) as unknown as T;

for (const protocol of preview.protocols) field<HTMLSelectElement>('protocol').add(new Option(protocol.name, protocol.id));
for (const point of preview.points) field<HTMLSelectElement>('point').add(new Option(`${point.code} ${point.english}`, point.code));
// This server's dist/ (after `npm run build`); a clinic replaces it with where it hosts its copy.
field('base').value = new URL('../dist/', location.href).href;

function readChoice(): EmbedChoice {
  const value = (name: string) => field<HTMLInputElement | HTMLSelectElement>(name).value;
  const checked = (name: string) => field<HTMLInputElement>(name).checked;
  const switches: Partial<Record<Switch, boolean>> = {};
  for (const name of ['show-meridians', 'show-labels', 'auto-rotate'] as const) switches[name] = checked(name);
  const height = Number(value('height'));
  return {
    ...DEFAULT_CHOICE,
    mode: (form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'patient') as EmbedChoice['mode'],
    protocol: value('protocol'),
    plan: value('plan'),
    point: value('point'),
    view: value('view') as EmbedChoice['view'],
    lang: value('lang'),
    switches,
    accent: checked('use-accent') ? value('accent') : '',
    skin: checked('use-skin') ? value('skin') : '',
    ctaLabel: value('cta-label'),
    ctaUrl: value('cta-url'),
    ctaNewTab: checked('cta-new-tab'),
    height: Number.isFinite(height) ? Math.min(2000, Math.max(240, Math.round(height))) : DEFAULT_CHOICE.height,
    base: value('base'),
  };
}

function warn(element: HTMLElement, text: string | null): void {
  element.hidden = !text;
  element.textContent = text ?? '';
}

let shownSkin = '';

function update(): void {
  const choice = readChoice();
  // The skin colour is read when the body is drawn: a new colour needs a fresh widget.
  if (choice.skin !== shownSkin) {
    shownSkin = choice.skin;
    const fresh = document.createElement('acupoint-map') as AcupointMap;
    fresh.id = 'preview';
    fresh.setAttribute('loading', 'eager');
    preview.replaceWith(fresh);
    preview = fresh;
  }
  const settings = readEmbedSettings(new URLSearchParams(choiceParameters(choice)), catalogue, (name) => CSS.supports('color', name));
  applyEmbedSettings(preview, settings);
  preview.style.height = `${choice.height}px`;
  notes.textContent = settings.notes.join(' ');

  scriptOut.value = scriptSnippet(choice);
  iframeOut.value = iframeSnippet(choice);
  embedLink.href = new URL(embedUrl(choice), location.href).href;

  const accent = parseRgb(choice.accent);
  const ratio = accent ? accentOnWhite(accent) : 21;
  warn(
    accentWarning,
    ratio < 4.5
      ? `This accent reads at ${ratio.toFixed(1)}:1 against white; links in the panel use it, and text needs at least 4.5:1. A darker shade keeps the widget readable for everyone.`
      : null,
  );
  warn(
    ctaWarning,
    choice.ctaUrl.trim() && !safeLinkUrl(choice.ctaUrl)
      ? 'The booking address must be a full address starting with https:// (or http://); the button is left out until then.'
      : null,
  );
  copied.textContent = '';
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
    try {
      await navigator.clipboard.writeText(source.value);
    } catch {
      // No clipboard permission (an http:// page, an old browser): the classic way.
      source.select();
      document.execCommand('copy');
    }
    copied.textContent = `Copied: ${button.textContent!.replace(/^Copy the /, '')}. Paste it into your page.`;
  });
}

update();
