/**
 * A fetch that never answers for matching URLs (a server that holds the connection), and
 * a count of the fetches made per URL. Restored by the returned function.
 */
export interface FetchStub {
  /** How many times a URL containing `part` was fetched. */
  count(part: string): number;
  restore(): void;
}

export function stubFetch({ hang = [] as string[] } = {}): FetchStub {
  const real = window.fetch;
  const seen: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push(url);
    if (!hang.some((part) => url.includes(part))) return real(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
    });
  };
  return {
    count: (part) => seen.filter((url) => url.includes(part)).length,
    restore: () => {
      window.fetch = real;
    },
  };
}
