/**
 * fetchFile against a real local server that misbehaves: one that never answers, one that
 * stops half-way, one that sends more than the limit, one that answers 404. (issue 17)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FETCH_TIMING, FetchFileError, fetchFile } from '../../../src/net/fetch-file.js';

let server: Server;
let base = '';
const open = new Set<ServerResponse>();

before(async () => {
  server = createServer((request, response) => {
    open.add(response);
    response.on('close', () => open.delete(response));
    switch (request.url) {
      case '/hang':
        return; // headers never come
      case '/stall':
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.write(new Uint8Array(1000)); // then nothing
        return;
      case '/slow': {
        // A byte every 100 ms for a second: slow, but never silent for the stall time.
        response.writeHead(200);
        let sent = 0;
        const timer = setInterval(() => {
          response.write('x');
          if (++sent === 10) {
            clearInterval(timer);
            response.end();
          }
        }, 100);
        return;
      }
      case '/big-declared':
        response.writeHead(200, { 'content-length': String(5000) });
        return void response.end(new Uint8Array(5000));
      case '/big-chunked':
        response.writeHead(200);
        for (let i = 0; i < 10; i++) response.write(new Uint8Array(1000));
        return void response.end();
      case '/ok':
        return void response.end('hello');
      default:
        response.writeHead(404, 'Not Found');
        return void response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  FETCH_TIMING.stallMs = 400;
});

after(() => {
  for (const response of open) response.destroy();
  server.close();
  FETCH_TIMING.stallMs = 30_000;
});

const options = { what: 'Body model', maxBytes: 2000 };

async function failure(path: string): Promise<FetchFileError> {
  const error = await fetchFile(`${base}${path}`, options).then(() => assert.fail('it loaded'), (e: unknown) => e);
  assert.ok(error instanceof FetchFileError, String(error));
  return error;
}

test('a server that never answers: timeout, said in words', async () => {
  const started = Date.now();
  const error = await failure('/hang');
  assert.equal(error.reason, 'timeout');
  assert.match(error.message, /^Body model http:\/\/127\.0\.0\.1:\d+\/hang did not arrive: the server sent nothing for 0 seconds/);
  assert.ok(Date.now() - started < 3000);
});

test('a server that stops half-way: timeout', async () => {
  assert.equal((await failure('/stall')).reason, 'timeout');
});

test('a slow server that keeps sending is not cut off', async () => {
  FETCH_TIMING.stallMs = 400;
  const bytes = await fetchFile(`${base}/slow`, options);
  assert.equal(new TextDecoder().decode(bytes), 'xxxxxxxxxx');
});

test('a file larger than the limit is refused (declared or streamed)', async () => {
  for (const path of ['/big-declared', '/big-chunked']) {
    const error = await failure(path);
    assert.equal(error.reason, 'too-large');
    assert.match(error.message, /is larger than 2 KB, the most the widget reads\./);
  }
});

test('HTTP errors name the status', async () => {
  const error = await failure('/missing');
  assert.match(error.message, /could not be loaded: the server answered HTTP 404 Not Found\./);
});

test('an abort from the caller is an AbortError, not a message', async () => {
  const controller = new AbortController();
  const pending = fetchFile(`${base}/hang`, { ...options, signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(pending, (error: Error) => error.name === 'AbortError');
});

test('a good file arrives whole', async () => {
  assert.equal(new TextDecoder().decode(await fetchFile(`${base}/ok`, options)), 'hello');
});
