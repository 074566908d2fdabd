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
map.addEventListener('quiz-question', (event) => logEvent(`quiz-question: find ${event.detail.code}`));
map.addEventListener('quiz-answer', (event) => {
  const { code, correct, errorCun } = event.detail;
  logEvent(`quiz-answer: ${code} ${correct ? 'correct' : 'wrong'}${errorCun === null ? '' : `, ${errorCun.toFixed(2)} cun off`}`);
});
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

const protocolSelect = form.elements.namedItem('protocol') as HTMLSelectElement;
for (const protocol of map.protocols) protocolSelect.add(new Option(protocol.name, protocol.id));

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
    case 'start-quiz':
      map.startQuiz();
      break;
    case 'stop-quiz':
      map.stopQuiz();
      break;
    case 'print':
      map.printHandout();
      break;
  }
});

// Keep the form in step with the element (selection by click, Escape, the practitioner's
// plan toggles, the mode bar's protocol and channel buttons...).
const reflected = ['selected', 'protocol', 'plan', 'mode', 'show-meridians', 'show-labels'];
new MutationObserver(() => {
  for (const name of reflected) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = map.hasAttribute(name);
    else field.value = map.getAttribute(name) ?? '';
  }
}).observe(map, { attributes: true, attributeFilter: reflected });
