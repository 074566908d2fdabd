// npm run build:wordpress: build/acupoint-map.zip, the WordPress plugin ready to upload
// (Plugins > Add New > Upload Plugin). It holds wordpress/acupoint-map/, the plugin's own
// copy of the widget from dist/, and catalogue.json (protocols and points for the block's
// sidebar and the shortcode's checks, from the same catalogue the widget uses).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROTOCOLS } from '../src/catalogue/protocols.js';
import { LOW_BACK_PAIN_POINTS } from '../src/catalogue/data/low-back-pain.js';
import { MODES, VIEWS } from '../src/embed/settings.js';
import { zip } from './zip.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = join(root, 'wordpress/acupoint-map');
const dist = join(root, 'dist');
export const zipPath = join(root, 'build/acupoint-map.zip');

/**
 * The files of dist/ a page needs to run the bundle: acupoint-map.bundle.js, every file it
 * names beside itself (chunks loaded with import(), workers, decoders), and theirs in turn,
 * found by reading the built code rather than by a list of names, so a new chunk cannot be
 * missed; plus the body models and the licences. Not the npm build (it imports bare "lit"
 * and "three"), types, source maps or the iframe page.
 */
export function widgetFiles(dist: string): string[] {
  const present = new Set(walk(dist).map((path) => relative(dist, path).split(sep).join('/')));
  const needed = new Set(['acupoint-map.bundle.js']);
  const queue = ['acupoint-map.bundle.js'];
  while (queue.length) {
    const file = queue.pop()!;
    const code = readFileSync(join(dist, file), 'utf8');
    // Names such as "./chunk-x.js", `assets/surface-worker-x.js` or "body.glb", resolved
    // against dist/ (how the bundle's import.meta.url lookups work) or the naming file's folder.
    for (const [, name] of code.matchAll(/["'`](?:\.\/)?((?:[\w-]+\/)*[\w.-]+\.(?:js|mjs|wasm|glb|webp|png))["'`?#]/g)) {
      const folder = posix.dirname(file);
      for (const candidate of [name, posix.join(folder, name)]) {
        if (present.has(candidate) && !needed.has(candidate)) {
          needed.add(candidate);
          if (/\.m?js$/.test(candidate)) queue.push(candidate);
        }
      }
    }
  }
  for (const name of present) if (/^[\w.-]+\.glb$|^body-\w+\.webp$|^THIRD-PARTY-LICENSES\.md$/.test(name)) needed.add(name);
  return [...needed].sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function catalogueJson(): string {
  return `${JSON.stringify(
    {
      modes: MODES,
      views: VIEWS,
      protocols: PROTOCOLS.map(({ id, name }) => ({ id, name })),
      points: LOW_BACK_PAIN_POINTS.points.map(({ code, english }) => ({ code, name: english })),
    },
    null,
    2,
  )}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Build dist/ first when it is missing or older than its sources.
  execFileSync(process.execPath, [join(root, 'scripts/ensure-dist.mjs')], { stdio: 'inherit' });
  const files = [
    ...walk(plugin).map((path) => ({ path: `acupoint-map/${relative(plugin, path)}`, data: readFileSync(path) })),
    { path: 'acupoint-map/catalogue.json', data: Buffer.from(catalogueJson()) },
    ...widgetFiles(dist).map((name) => ({
      path: `acupoint-map/dist/${name}`,
      data: readFileSync(join(dist, name)),
    })),
  ].sort((a, b) => a.path.localeCompare(b.path));
  if (!files.some((file) => file.path === 'acupoint-map/dist/acupoint-map.bundle.js')) throw new Error('dist/ has no acupoint-map.bundle.js');
  mkdirSync(join(root, 'build'), { recursive: true });
  const archive = zip(files);
  writeFileSync(zipPath, archive);
  console.log(`${relative(root, zipPath)}: ${files.length} files, ${(archive.length / 1024).toFixed(0)} KB`);
}
