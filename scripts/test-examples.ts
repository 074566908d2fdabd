// `npm run test:examples`: the example apps, as a newcomer would use the published package.
//   1. pack the package (npm pack: exactly the files npm would publish);
//   2. copy each example out of the repo (so nothing resolves from the repo's node_modules)
//      and install the tarball and the example's own dependencies from the registry;
//   3. type-check (tsc / vue-tsc with skipLibCheck false) and build (the example's `build`);
//   4. serve the build with a plain static server and check it in Chromium: the body is
//      drawn, selections reach the framework's state, closing the panel clears it.
// Before the apps, arethetypeswrong checks that every entry's types resolve.
// The plain HTML example gets dist/ copied under /vendor/acupoint-map/. The React example is
// also checked under `vite` (dev server), where dependencies are pre-bundled elsewhere.
//
//   tsx scripts/test-examples.ts [react|vue|plain-html ...]   (default: all)
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, root } from './browser.js';
import { checkApp } from './examples/app-checks.js';
import { serveStatic } from './examples/static-server.js';

const ALL = ['react', 'vue', 'plain-html'];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const work = mkdtempSync(join(tmpdir(), 'acupoint-examples-'));
const results: { name: string; ok: boolean; note: string }[] = [];

function run(command: string, args: string[], cwd: string): void {
  console.log(`  $ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(0)} s`;
}

/** npm pack with a fresh dist/ (ensure-dist builds only when dist/ is stale). */
function pack(): string {
  run(process.execPath, ['scripts/ensure-dist.mjs'], root);
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(output) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
  console.log(`packed ${filename}: ${entryCount} files, ${(size / 1024).toFixed(0)} KB (${(unpackedSize / 1024).toFixed(0)} KB unpacked)`);
  return join(work, filename);
}

/** The example, outside the repo, depending on the tarball instead of the working tree. */
function copyExample(name: string, tarball: string): string {
  const target = join(work, name);
  cpSync(join(root, 'examples', name), target, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
  });
  const manifestPath = join(target, 'package.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.dependencies['acupoint-map'] = `file:${tarball}`;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  return target;
}

/** The assets a Vite build emitted for the body: they must be there with no configuration. */
function emittedModels(build: string): string[] {
  const assets = join(build, 'assets');
  return existsSync(assets) ? readdirSync(assets).filter((file) => file.endsWith('.glb')) : [];
}

/** `vite` in the example on a free port; resolves with its address once it listens. */
function startDevServer(cwd: string): Promise<{ base: string; stop(): void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(cwd, 'node_modules/.bin/vite'), ['--port', '0', '--strictPort', 'false', '--host', '127.0.0.1'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`vite dev did not start:\n${output}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /Local:\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ base: match[1], stop: () => child.kill() });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`vite dev exited (${code}):\n${output}`)));
  });
}

/**
 * arethetypeswrong on the tarball: every entry's types resolve under node10, node16 and
 * bundler resolution. The package is ESM only (as lit is), so a CommonJS `require` of it is
 * not a goal; the model and schema exports are files, not modules.
 */
function checkTypesResolve(tarball: string): void {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  // Files in dist/ to fetch (models, the schema), not modules to import.
  const assets = Object.entries(exports)
    .filter(([, target]) => typeof target === 'string' && target.startsWith('./dist/') && !target.endsWith('.js'))
    .map(([subpath]) => subpath);
  const attw = join(root, 'node_modules/.bin/attw');
  run(attw, [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--exclude-entrypoints', ...assets, '--format', 'ascii'], root);
}

async function main(): Promise<void> {
  const started = performance.now();
  const tarball = pack();
  try {
    checkTypesResolve(tarball);
    results.push({ name: 'package types (arethetypeswrong)', ok: true, note: 'no problems' });
  } catch (error) {
    results.push({ name: 'package types (arethetypeswrong)', ok: false, note: (error as Error).message.split('\n')[0] });
  }
  const browser = await launchBrowser();
  try {
    for (const name of chosen) {
      const since = performance.now();
      console.log(`\n== examples/${name}`);
      try {
        const dir = copyExample(name, tarball);
        let site: string;
        if (name === 'plain-html') {
          // As a clinic would: the package's dist/ copied beside the page.
          run('tar', ['xzf', tarball, '-C', dir], dir);
          site = join(dir, 'site');
          cpSync(join(dir, 'index.html'), join(site, 'index.html'));
          cpSync(join(dir, 'package/dist'), join(site, 'vendor/acupoint-map'), { recursive: true });
        } else {
          run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
          run('npm', ['run', 'build'], dir);
          site = join(dir, 'dist');
          const models = emittedModels(site);
          if (!models.some((file) => /^body.*\.glb$/.test(file))) throw new Error(`vite build emitted no body model (assets: ${models.join(', ') || 'none'})`);
          console.log(`  emitted ${models.join(', ')}`);
        }
        const server = await serveStatic(site);
        try {
          const note = await checkApp(browser, `${server.base}/`);
          console.log(`  ok (build): ${note}`);
        } finally {
          await server.close();
        }
        if (name === 'react') {
          const dev = await startDevServer(dir);
          try {
            const note = await checkApp(browser, `${dev.base}/`);
            console.log(`  ok (vite dev): ${note}`);
          } finally {
            dev.stop();
          }
        }
        results.push({ name: `examples/${name}`, ok: true, note: seconds(since) });
      } catch (error) {
        console.error(`  FAILED: ${(error as Error).message}`);
        results.push({ name: `examples/${name}`, ok: false, note: (error as Error).message.split('\n')[0] });
      }
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log('');
  for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}: ${result.note}`);
  const failed = results.filter((result) => !result.ok).length;
  console.log(`examples took ${seconds(started)}`);
  console.log(`examples: ${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
