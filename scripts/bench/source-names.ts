// Names a position in a built file of dist/ by its source (file:line and the name there),
// through the file's source map; for the developer scripts that read profiles and traces.
import { existsSync, readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const maps = new Map<string, TraceMap | null>();

/** `file` is a name in dist/ (no folder); line 1-based, column 0-based. Unmapped: null. */
export function sourceName(distDir: string, file: string, line: number, column: number): string | null {
  if (!maps.has(file)) {
    const path = `${distDir}${file}.map`;
    maps.set(file, file.endsWith('.js') && existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  const map = maps.get(file);
  if (!map) return null;
  const at = originalPositionFor(map, { line, column: Math.max(0, column) });
  if (!at.source) return null;
  return `${at.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${at.line}${at.name ? ` ${at.name}` : ''}`;
}
