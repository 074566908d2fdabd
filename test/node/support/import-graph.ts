/**
 * The import graph of src/, read from the source text: which module imports which, and
 * whether for types only (erased by the compiler, so nothing is loaded) or for values.
 * Dynamic `import()` is listed apart: it is what splits the stages.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripComments } from './strip-comments.js';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface ImportEdge {
  /** Path relative to the repository ("src/scene/body-view.ts"), or a package name ("three"). */
  target: string;
  typeOnly: boolean;
  dynamic: boolean;
}

/** Every .ts file under `dir` (repository-relative). */
export function sourceFiles(dir = 'src'): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(join(root, at))) {
      const path = join(at, name);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

const STATIC = /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE = /(?:^|[;\n])\s*import\s+['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveSpecifier(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) {
    // "three/src/...", "lit/directives/..." -> the package.
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  }
  const path = relative(root, resolve(root, dirname(from), specifier));
  return path.replace(/\.js$/, '.ts');
}

/** The imports of one source file. */
export function importsOf(file: string): ImportEdge[] {
  const text = stripComments(readFileSync(join(root, file), 'utf8'));
  const edges: ImportEdge[] = [];
  for (const match of text.matchAll(STATIC)) {
    const [, , typeKeyword, clause, specifier] = match;
    // `import { type A, type B }` is type-only too (every named binding marked `type`).
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1].split(',').map((name) => name.trim()).filter(Boolean);
    const allTypes = names !== undefined && names.length > 0 && names.every((name) => name.startsWith('type '));
    edges.push({ target: resolveSpecifier(file, specifier), typeOnly: Boolean(typeKeyword) || allTypes, dynamic: false });
  }
  for (const match of text.matchAll(BARE)) edges.push({ target: resolveSpecifier(file, match[1]), typeOnly: false, dynamic: false });
  for (const match of text.matchAll(DYNAMIC)) edges.push({ target: resolveSpecifier(file, match[1]), typeOnly: false, dynamic: true });
  return edges;
}

/**
 * Every module loaded when `entry` is: static value imports, followed transitively (type
 * imports load nothing; dynamic imports wait until called). Returns each module with the
 * chain of imports that reached it.
 */
export function staticClosure(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (!file.endsWith('.ts')) continue;
    for (const edge of importsOf(file)) {
      if (edge.typeOnly || edge.dynamic || reached.has(edge.target)) continue;
      reached.set(edge.target, [...reached.get(file)!, edge.target]);
      queue.push(edge.target);
    }
  }
  return reached;
}
