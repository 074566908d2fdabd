/**
 * Fetching the widget's files (the body model, a points file) with the limits a page
 * needs from an embedded widget: a server that stops sending is given up on, a file
 * larger than the widget reads is refused before it fills memory, and every failure is
 * said in words a clinic's web person can act on. Used by the scene and the element.
 */

/** How long a fetch may go without receiving anything before it is given up (README, "Limits"). */
export const FETCH_TIMING = {
  stallMs: 30_000,
};

/** Why a file did not arrive; `message` is a full sentence naming the file. */
export class FetchFileError extends Error {
  override name = 'FetchFileError';
  constructor(
    message: string,
    readonly reason: 'timeout' | 'too-large' | 'http' | 'network',
  ) {
    super(message);
  }
}

export interface FetchFileOptions {
  /** "Body model", "Points file": how messages name the file. */
  what: string;
  /** Refuse a file larger than this many bytes. */
  maxBytes: number;
  signal?: AbortSignal;
}

/**
 * The bytes of `url`. Rejects with a FetchFileError that says what went wrong, or with an
 * AbortError when `signal` aborts. The stall timer starts again whenever bytes arrive, so
 * a large file on a slow line is not cut off while it is still coming.
 */
export async function fetchFile(url: string, { what, maxBytes, signal }: FetchFileOptions): Promise<Uint8Array> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  if (signal?.aborted) abort();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const progress = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, FETCH_TIMING.stallMs);
  };
  const name = `${what} ${url}`;
  const tooLarge = () =>
    new FetchFileError(`${name} is larger than ${formatBytes(maxBytes)}, the most the widget reads.`, 'too-large');
  try {
    progress();
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (error) {
      throw failure(error);
    }
    progress();
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      // 404 and 410 mean the file is not there (not deployed, or a wrong address).
      const missing = response.status === 404 || response.status === 410 ? ' The file is missing on the server.' : '';
      throw new FetchFileError(`${name} could not be loaded: the server answered HTTP ${status}.${missing}`, 'http');
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge();
    if (!response.body) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        throw failure(error);
      }
      if (bytes.byteLength > maxBytes) throw tooLarge();
      return bytes;
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch (error) {
        throw failure(error);
      }
      if (step.done) break;
      progress();
      length += step.value.byteLength;
      if (length > maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(step.value);
    }
    if (chunks.length === 1) return chunks[0];
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }

  function failure(error: unknown): Error {
    if (error instanceof FetchFileError) return error;
    if (stalled) {
      return new FetchFileError(
        `${name} did not arrive: the server sent nothing for ${Math.round(FETCH_TIMING.stallMs / 1000)} seconds, so the widget stopped waiting.`,
        'timeout',
      );
    }
    if (signal?.aborted || (error as Error)?.name === 'AbortError') return abortError();
    return new FetchFileError(`${name} could not be loaded: ${networkHint(url)}`, 'network');
  }
}

/** fetch() says only "Failed to fetch": the likely causes, by whether the file is on another site. */
function networkHint(url: string): string {
  const here = globalThis.location?.href;
  let crossOrigin = false;
  try {
    crossOrigin = here !== undefined && new URL(url, here).origin !== new URL(here).origin;
  } catch {
    return 'the address is not a valid URL.';
  }
  return crossOrigin
    ? 'the request failed. The file is on another site, so that server must allow this page to read it ' +
        '(CORS: it must send an Access-Control-Allow-Origin header); otherwise the server is down or the address is wrong.'
    : 'the request failed (the server did not answer, or the connection was lost).';
}

function abortError(): Error {
  return new DOMException('The fetch was aborted', 'AbortError');
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
