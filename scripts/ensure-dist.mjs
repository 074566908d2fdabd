// Runs before `npm test`: a few tests load the built bundle the way a clinic's page does,
// so build first when dist/ is missing or older than what it is built from. A fresh
// checkout can then run `npm test` alone; CI, which has just built, skips the rebuild.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist/acupoint-map.bundle.js');
// The whole scripts/ folder rather than a list of the build's own files, so a new build
// plugin cannot be missed; editing another script only costs one extra build.
const inputs = ['src', 'models/body.glb', 'models/body.quantized.glb', 'scripts', 'package-lock.json'];

/** The newest modification time under a file or folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((input) => join(root, input)).filter(existsSync).map(newest));
if (builtAt < changedAt) {
  console.log(builtAt ? 'dist/ is older than its sources: building it first' : 'no dist/ yet: building it first');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
