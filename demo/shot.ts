// A page with one full-window widget, configured from the query string; used by
// scripts/screenshots.ts. It logs "acupoint-map:load" once the first frame is drawn.
import '../src/index.js';

const element = document.createElement('acupoint-map');
element.setAttribute('loading', 'eager');
for (const [name, value] of new URLSearchParams(location.search)) element.setAttribute(name, value);
element.addEventListener('load', () => console.log('acupoint-map:load'));
document.body.append(element);
