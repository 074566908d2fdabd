// A plain static file server for the benchmark pages: each contender is loaded the way a
// clinic's site would serve it, from files over HTTP (no dev server, no transforms).
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.map': 'application/json',
};

export interface StaticServer {
  base: string;
  /** Requests served so far, in order (path only). */
  log: string[];
  close(): Promise<void>;
}

/**
 * Serves `mounts` (URL prefix -> directory) and `pages` (URL path -> text; the type follows
 * the extension). Files are
 * sent with `no-store`, so every page load fetches everything again (text gzipped when the
 * client accepts it); the benchmark gzips what it counts itself, the same for everyone.
 */
export async function startStaticServer(mounts: Record<string, string>, pages: Record<string, string>): Promise<StaticServer> {
  const log: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    log.push(path);
    // Text is gzipped for clients that accept it, as any web server does (Lighthouse's
    // simulated network would otherwise charge for the raw bytes); models go as they are.
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      const compress = gzip && /^(text\/|application\/json)/.test(type);
      const bytes = compress ? gzipSync(body) : body;
      response.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(bytes),
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      response.end(bytes);
    };
    if (pages[path] !== undefined) {
      send(200, pages[path], TYPES[extname(path)] ?? TYPES['.html']);
      return;
    }
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((candidate) => path.startsWith(candidate));
    if (!prefix) {
      send(404, 'not found');
      return;
    }
    const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    const file = join(mounts[prefix], relative);
    readFile(file).then(
      (body) => send(200, body, TYPES[extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
