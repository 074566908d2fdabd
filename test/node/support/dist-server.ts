/**
 * Serves dist/ over node:http with a page around one <acupoint-map>, for tests that load
 * the built bundle in Chromium the way a clinic's site does (headers, no dev server).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const dist = join(root, 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.webp': 'image/webp',
};

export interface PageSpec {
  /** Response headers for every file (e.g. a Content-Security-Policy). */
  headers: Record<string, string>;
  /** The document: the bundle is loaded from /acupoint-map.bundle.js. */
  html: string;
  /** Extra files by path ('/probe.js', '/page.css'), served with the same headers. */
  files: Record<string, string>;
}

export interface DistServer {
  server: Server;
  base: string;
  /** Paths requested since the last `reset`. */
  requests: string[];
  spec: PageSpec;
  close(): void;
}

export function requireDist(): void {
  for (const file of ['acupoint-map.bundle.js', 'body.glb', 'body.quantized.glb']) {
    assert.ok(existsSync(join(dist, file)), `dist/${file} is missing: run \`npm run build\` first (.ci/run does).`);
  }
}

export async function serveDist(spec: PageSpec): Promise<DistServer> {
  const state: DistServer = { spec, requests: [], base: '', server: null as unknown as Server, close: () => {} };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    state.requests.push(path);
    const headers = { ...state.spec.headers, 'cache-control': 'no-store' };
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      response.end(state.spec.html);
    } else if (state.spec.files[path] !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'text/plain' });
      response.end(state.spec.files[path]);
    } else if (/^(\/[\w-][\w.-]*)+$/.test(path) && existsSync(join(dist, path)) && !statSync(join(dist, path)).isDirectory()) {
      // A file of dist/ or of a folder in it (the bundle's worker is in assets/); a segment
      // cannot start with a dot, so never "..".
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(readFileSync(join(dist, path)));
    } else {
      response.writeHead(404, headers);
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  state.server = server;
  state.base = `http://127.0.0.1:${port}`;
  state.close = () => server.close();
  return state;
}
