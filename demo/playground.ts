import '../src/index.js';
import type { AcupointMap } from '../src/index.js';

const map = document.querySelector<AcupointMap>('#map')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const result = document.querySelector<HTMLOutputElement>('#result')!;

function logEvent(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}  ${text}`;
  log.prepend(item);
  while (log.children.length > 30) log.lastElementChild!.remove();
}

map.addEventListener('load', () => {
  logEvent(`load: ${map.points.length} points, ${map.landmarks.length} landmarks`);
  fillSelectedOptions();
});
map.addEventListener('point-select', (event) => logEvent(`point-select: ${event.detail.code} (${event.detail.point.english})`));
map.addEventListener('error', (event) => {
  const { type, message } = (event as unknown as CustomEvent<{ type: string; message: string }>).detail;
  logEvent(`error [${type}]: ${message}`);
});

function fillSelectedOptions(): void {
  const select = form.elements.namedItem('selected') as HTMLSelectElement;
  select.length = 1;
  for (const point of map.points) select.add(new Option(`${point.code} ${point.english}`, point.code));
}
fillSelectedOptions();

form.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement | HTMLSelectElement;
  const name = input.name;
  if (input instanceof HTMLInputElement && input.type === 'checkbox') {
    map.toggleAttribute(name, input.checked);
  } else if (input.value) {
    map.setAttribute(name, input.value);
  } else {
    map.removeAttribute(name);
  }
});

form.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button');
  if (!button) return;
  if (button.dataset.pointsSrc) map.setAttribute('points-src', button.dataset.pointsSrc);
  if (button.dataset.src) map.setAttribute('src', button.dataset.src);
  const show = (value: unknown) => (result.textContent = JSON.stringify(value));
  switch (button.id) {
    case 'select-bl40':
      map.select('BL40');
      break;
    case 'clear':
      map.clearSelection();
      break;
    case 'set-view-left':
      map.setView('left');
      break;
    case 'query':
      show(map.queryPoint('BL23', 'left'));
      break;
    case 'position':
      show(map.pointPosition('BL23', 'left'));
      break;
    case 'landmark':
      show(map.landmarkPosition('L4'));
      break;
  }
});

// Keep the form in step with the element (selection by click, Escape...).
new MutationObserver(() => {
  (form.elements.namedItem('selected') as HTMLSelectElement).value = map.getAttribute('selected') ?? '';
}).observe(map, { attributes: true, attributeFilter: ['selected'] });
