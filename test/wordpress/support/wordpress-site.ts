/**
 * A real WordPress for the plugin's test, from Debian's packages (wordpress, php, php-mysql,
 * mariadb-server; .ci/run installs them when missing), on localhost only:
 *   - a private MariaDB in a temporary folder (its own socket, no network),
 *   - Debian's WordPress in /usr/share/wordpress with a config file of its own in
 *     /etc/wordpress named after a test-only host (acupoint-map-test.localhost), which
 *     puts wp-content (plugins, uploads) in the temporary folder,
 *   - PHP's built-in web server.
 * stop() kills both servers and removes the folder and the config file, also after a failure.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, symlinkSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A host name of this run only (Chromium sends *.localhost to the loopback address): Debian's
 * wp-config.php picks /etc/wordpress/config-<host>.php by it, so two runs never share a
 * config file, and none can clash with a real site's.
 */
export const HOST = `acupoint-map-test-${randomBytes(4).toString('hex')}.localhost`;
const WORDPRESS = '/usr/share/wordpress';
const CONFIG = `/etc/wordpress/config-${HOST}.php`;
const CONFIG_MARK = "// Written by acupoint-map's WordPress test";

/** Config files of earlier runs that were killed before they could clean up (over an hour old). */
function removeStaleConfigs(): void {
  for (const name of readdirSync('/etc/wordpress')) {
    const path = `/etc/wordpress/${name}`;
    if (!/^config-acupoint-map-test-[0-9a-f]+\.localhost\.php$/.test(name)) continue;
    if (Date.now() - statSync(path).mtimeMs < 3600_000) continue;
    if (readFileSync(path, 'utf8').includes(CONFIG_MARK)) rmSync(path, { force: true });
  }
}

export const ADMIN = { user: 'admin', password: randomBytes(9).toString('base64url') };

export interface WordPressSite {
  base: string;
  /** Runs PHP with WordPress loaded (as the admin) and returns what it prints. */
  php(code: string): string;
  stop(): Promise<void>;
}

/** What is missing to run WordPress here, or null. */
export function missingPackages(): string | null {
  const needs: [string, string][] = [
    ['/usr/bin/php', 'php'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    [`${WORDPRESS}/wp-load.php`, 'wordpress'],
  ];
  const missing = needs.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
  if (existsSync('/usr/bin/php') && !/^mysqli$/m.test(execFileSync('php', ['-m'], { encoding: 'utf8' }))) missing.push('php-mysql');
  return missing.length ? `apt-get install ${missing.join(' ')}` : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, timeoutMs: number, log?: () => string): Promise<void> {
  const start = Date.now();
  while (!(await ready())) {
    if (Date.now() - start > timeoutMs) throw new Error(`${what} did not start in ${timeoutMs / 1000} s${log ? `:\n${log()}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Ends a server started with `detached` (its own process group) and the workers it forked. */
function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child?.pid) return Promise.resolve();
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup('SIGKILL');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signalGroup('SIGKILL');
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      // PHP's workers are children of the server: end any left in the group.
      signalGroup('SIGKILL');
      resolve();
    });
    signalGroup('SIGTERM');
  });
}

export async function startWordPress(): Promise<WordPressSite> {
  const missing = missingPackages();
  if (missing) throw new Error(`WordPress test needs Debian packages: ${missing}`);
  removeStaleConfigs();
  const dir = mkdtempSync(join(tmpdir(), 'acupoint-wp-'));
  let database: ChildProcess | null = null;
  let web: ChildProcess | null = null;
  // If the test process ends without calling stop() (a crash, Ctrl-C), still end the
  // servers and remove the config file: nothing of the test may outlive it.
  const stopNow = () => {
    for (const child of [web, database]) {
      try {
        if (child?.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(CONFIG, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stopNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', stopNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = async () => {
    await stopProcess(web);
    await stopProcess(database);
    rmSync(CONFIG, { force: true });
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', stopNow);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  try {
    // The database: a private MariaDB on a socket in the folder.
    const socket = join(dir, 'mysql.sock');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    database = spawn('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${dir}/mysql.pid`, `--log-error=${dir}/mysql.err`], { stdio: 'ignore', detached: true });
    await waitFor('MariaDB', () => existsSync(socket), 60_000, () => (existsSync(`${dir}/mysql.err`) ? readFileSync(`${dir}/mysql.err`, 'utf8') : ''));
    const dbPassword = randomBytes(9).toString('base64url');
    execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', `CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${dbPassword}'; GRANT ALL ON wp.* TO 'wp'@'localhost';`]);

    // wp-content of our own: the plugin goes here; the default theme is linked from Debian's.
    const content = join(dir, 'wp-content');
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'themes'), { recursive: true });
    mkdirSync(join(content, 'uploads'), { recursive: true });
    symlinkSync(`${WORDPRESS}/wp-content/themes/twentytwentythree`, join(content, 'themes/twentytwentythree'));

    const port = await freePort();
    const base = `http://${HOST}:${port}`;
    const salt = () => randomBytes(24).toString('base64url');
    writeFileSync(
      CONFIG,
      `<?php
${CONFIG_MARK} (test/wordpress/); removed when it ends.
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', '${dbPassword}');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define('${k}', '${salt()}');`).join('\n')}
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${base}/wp-content');
define('WP_HOME', '${base}');
define('WP_SITEURL', '${base}');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${dir}/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// The test site makes no request to the internet (update checks, fonts, oEmbed).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
`,
    );

    // PHP's web server: WordPress from Debian's folder, /wp-content/ from ours.
    const router = join(dir, 'router.php');
    writeFileSync(
      router,
      `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strpos($path, '/wp-content/') === 0) {
  $file = realpath('${content}' . substr($path, strlen('/wp-content')));
  if ($file === false || !is_file($file) || substr($file, -4) === '.php') { http_response_code(404); return true; }
  $types = ['js' => 'text/javascript', 'css' => 'text/css', 'glb' => 'model/gltf-binary', 'json' => 'application/json', 'png' => 'image/png', 'svg' => 'image/svg+xml', 'woff2' => 'font/woff2', 'md' => 'text/plain'];
  header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
  readfile($file);
  return true;
}
return false;
`,
    );
    web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, router], {
      stdio: 'ignore',
      detached: true,
      // Two workers: the block editor loads many files at once.
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' },
    });
    await waitFor('PHP server', async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/wp-includes/images/blank.gif`, { headers: { host: `${HOST}:${port}` } });
        return true;
      } catch {
        return false;
      }
    }, 30_000);

    const php = (code: string) =>
      execFileSync('php', ['-d', 'display_errors=stderr', '-r', `$_SERVER['HTTP_HOST'] = '${HOST}:${port}'; $_SERVER['REQUEST_URI'] = '/'; ${code}`], {
        cwd: WORDPRESS,
        encoding: 'utf8',
      });
    return { base, php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Installs WordPress on the site, unpacks the plugin's zip with WordPress's own unzip_file()
 * (as Plugins > Upload does), activates it, and publishes one page per `pages` entry
 * (title to content). Returns each page's address by title.
 */
export function installWithPlugin(site: WordPressSite, zipPath: string, pages: Record<string, string>): Record<string, string> {
  site.php(`define('WP_INSTALLING', true); require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    $r = wp_install('Riverside Clinic', '${ADMIN.user}', 'admin@clinic.example', true, '', '${ADMIN.password}');
    if (empty($r['user_id'])) { fwrite(STDERR, 'install failed'); exit(1); }`);
  const out = site.php(`require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/file.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php';
    WP_Filesystem();
    $unzipped = unzip_file(${JSON.stringify(zipPath)}, WP_PLUGIN_DIR);
    if (is_wp_error($unzipped)) { fwrite(STDERR, $unzipped->get_error_message()); exit(1); }
    $activated = activate_plugin('acupoint-map/acupoint-map.php');
    if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message()); exit(1); }
    wp_set_current_user(1);
    $urls = array();
    foreach (json_decode(base64_decode('${Buffer.from(JSON.stringify(pages)).toString('base64')}'), true) as $title => $content) {
      $urls[$title] = get_permalink(wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title, 'post_content' => $content), true));
    }
    echo json_encode($urls);`);
  return JSON.parse(out);
}

/** Logs the admin in, in a Chromium page. */
export async function logIn(page: import('playwright-core').Page, site: WordPressSite): Promise<void> {
  await page.goto(`${site.base}/wp-login.php`, { timeout: 120_000 });
  await page.fill('#user_login', ADMIN.user);
  await page.fill('#user_pass', ADMIN.password);
  await Promise.all([page.waitForURL(/wp-admin/, { timeout: 120_000 }), page.click('#wp-submit')]);
}
