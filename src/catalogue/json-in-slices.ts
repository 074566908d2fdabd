/**
 * JSON.parse for a large file without one long task: the steps of a generator (run them
 * with runInSlices, src/yield-to-main.ts). The bytes are decoded a megabyte at a time; the
 * text is scanned for the arrays directly inside the top-level object (a points file's
 * `points`), each of their items parsed on its own, and the rest parsed as a small
 * skeleton. Whatever the scan cannot split, and any text that is not valid JSON, goes to
 * JSON.parse whole: the result, and the error message, are JSON.parse's own. Pure: runs in
 * Node.
 */

/** Characters scanned, or bytes decoded, between two steps. */
const SCAN_CHUNK = 1 << 16;
const DECODE_CHUNK = 1 << 20;
/** Stands in the skeleton for a split array: a file cannot guess it (it changes per parse). */
const placeholder = () => `\u0000acupoint-map ${Math.random().toString(36).slice(2)} `;

interface SplitArray {
  /** Offsets in the text of `[` and just after `]`. */
  start: number;
  end: number;
  /** [start, end) of each item. */
  items: [number, number][];
}

/** The text of UTF-8 `bytes`, then the value it holds; throws JSON.parse's SyntaxError. */
export function* parseJsonSteps(bytes: Uint8Array): Generator<void, unknown, void> {
  const text = yield* decodeSteps(bytes);
  const arrays = yield* splitSteps(text);
  if (!arrays) return JSON.parse(text);
  const PLACEHOLDER = placeholder();
  let skeleton = '';
  let from = 0;
  arrays.forEach((array, n) => {
    skeleton += `${text.slice(from, array.start)}${JSON.stringify(PLACEHOLDER + n)}`;
    from = array.end;
  });
  skeleton += text.slice(from);
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(skeleton) as Record<string, unknown>;
  } catch {
    return JSON.parse(text);
  }
  for (const key of Object.keys(value)) {
    const held = value[key];
    if (typeof held !== 'string' || !held.startsWith(PLACEHOLDER)) continue;
    const { items } = arrays[Number(held.slice(PLACEHOLDER.length))];
    const list: unknown[] = [];
    for (const [start, end] of items) {
      try {
        list.push(JSON.parse(text.slice(start, end)));
      } catch {
        // The scan let through what is not JSON: JSON.parse says where and why.
        return JSON.parse(text);
      }
      yield;
    }
    // Own property, also for a key named "__proto__".
    Object.defineProperty(value, key, { value: list, writable: true, enumerable: true, configurable: true });
  }
  return value;
}

function* decodeSteps(bytes: Uint8Array): Generator<void, string, void> {
  const decoder = new TextDecoder();
  let text = '';
  for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
    const end = Math.min(bytes.length, at + DECODE_CHUNK);
    text += decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    yield;
  }
  return text + decoder.decode();
}

/**
 * The arrays directly inside a top-level object, with their items; null when the text is
 * not such an object, or is not well formed enough to split (JSON.parse then says why).
 */
function* splitSteps(text: string): Generator<void, SplitArray[] | null, void> {
  const arrays: SplitArray[] = [];
  let depth = 0;
  let inString = false;
  /** The array being split (opened at depth 1), if the scan is inside one. */
  let current: SplitArray | null = null;
  let itemStart = 0;
  let first = true;
  // One index across chunks: an escape at a chunk's end skips the first character of the next.
  let i = 0;
  while (i < text.length) {
    const end = Math.min(text.length, i + SCAN_CHUNK);
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (c === 0x5c) i++;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (first) {
        // Only an object is split; anything else is parsed whole.
        if (c !== 0x7b) return null;
        first = false;
      }
      if (c === 0x22) {
        inString = true;
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
        if (depth === 2 && c === 0x5b) {
          current = { start: i, end: -1, items: [] };
          itemStart = i + 1;
        }
      } else if (c === 0x7d || c === 0x5d) {
        if (depth === 2 && current) {
          if (c !== 0x5d) return null;
          const last = text.slice(itemStart, i).trim();
          // "[1,]" is not JSON: the last item may be empty only in "[]".
          if (last) current.items.push([itemStart, i]);
          else if (current.items.length) return null;
          current.end = i + 1;
          arrays.push(current);
          current = null;
        }
        depth--;
        if (depth < 0) return null;
      } else if (c === 0x2c && depth === 2 && current) {
        current.items.push([itemStart, i]);
        itemStart = i + 1;
      }
    }
    yield;
  }
  return depth === 0 && !inString && !first ? arrays : null;
}
