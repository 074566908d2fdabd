/**
 * dist/embed.js: the only script of dist/embed.html. Reads the page's address, puts the
 * settings on the page's `<acupoint-map>`, shows a note for anything it could not use, then
 * loads the widget from beside itself. No inline script anywhere, so the page runs under its
 * own strict Content-Security-Policy.
 */
import { applyEmbedSettings } from './apply.js';
import { readEmbedSettings, type Catalogue } from './settings.js';

/** Beside this script, like the body model and the chunks (rollup leaves the path as it is). */
const WIDGET_MODULE = './acupoint-map.bundle.js';

/** The element's public lists, once it is defined. */
interface MapElement extends HTMLElement {
  protocols?: readonly { id: string }[];
  points?: readonly { code: string }[];
}

const isNamedColour = (name: string) => CSS.supports('color', name);

function showNotes(box: HTMLElement, intro: string, notes: string[]): void {
  const list = document.createElement('ul');
  for (const text of notes) {
    const item = document.createElement('li');
    item.textContent = text;
    list.append(item);
  }
  const heading = document.createElement('p');
  heading.textContent = intro;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => {
    box.hidden = true;
  });
  box.replaceChildren(heading, list, dismiss);
  box.hidden = false;
  for (const text of notes) console.warn(`acupoint-map embed: ${text}`);
}

async function start(): Promise<void> {
  const map = document.querySelector<MapElement>('acupoint-map');
  const box = document.getElementById('embed-note');
  if (!map || !box) return;
  // Before the element upgrades, so it starts in the right mode and view (the lists that
  // protocol, plan and point are checked against come with the element itself).
  applyEmbedSettings(map, readEmbedSettings(location.search, { protocols: [], pointCodes: [] }, isNamedColour));
  try {
    await import(/* @vite-ignore */ WIDGET_MODULE);
  } catch (error) {
    showNotes(box, 'The map could not be loaded.', [`${WIDGET_MODULE} did not load (${String((error as Error)?.message ?? error)}).`]);
    return;
  }
  await customElements.whenDefined('acupoint-map');
  const catalogue: Catalogue = {
    protocols: map.protocols ?? [],
    pointCodes: (map.points ?? []).map((point) => point.code),
  };
  const settings = readEmbedSettings(location.search, catalogue, isNamedColour);
  applyEmbedSettings(map, settings);
  if (settings.notes.length) showNotes(box, 'Some settings of this map were not understood and were left at their defaults:', settings.notes);
}

void start();
