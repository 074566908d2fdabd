// Long tasks (over 50 ms) on the page's main thread while the benchmark's single-widget page
// loads, until a second after the widget's `load`, each split into script, layout and
// paint time (scripts/bench/long-tasks.ts). For developers, not CI.
//
//   npm run build && npx tsx scripts/long-tasks.ts [acupoint-map|model-viewer] [single|twelve]
import { launchBrowser, root } from './browser.js';
import { allPages, type ContenderId } from './bench/pages.js';
import { startStaticServer } from './bench/static-server.js';
import { describeTask, measureLongTasks } from './bench/long-tasks.js';

const id = (process.argv[2] ?? 'acupoint-map') as ContenderId;
const pageName = process.argv[3] ?? 'single';
const server = await startStaticServer(
  { '/dist/': `${root}dist/`, '/model-viewer/': `${root}node_modules/@google/model-viewer/dist/` },
  allPages(),
);
const browser = await launchBrowser();
try {
  const result = await measureLongTasks(browser, server.base, id, pageName);
  console.log(`${id} (${pageName}): load at ${result.loadAt.toFixed(0)} ms; ${result.tasks.length} long tasks`);
  for (const task of result.tasks) console.log(`  ${describeTask(task)}`);
} finally {
  await browser.close();
  await server.close();
}
