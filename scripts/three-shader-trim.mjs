// For the self-contained bundle: leave out the GLSL of three's materials that the widget
// never draws with. three's ShaderChunk module imports every material's shaders into one
// object, so the bundler cannot drop any of them by itself; here the unused ones become
// a GLSL `#error` line instead, which would fail loudly, with the reason, if one were ever
// compiled. Saves about 20 KB raw, 1.3 KB gzipped (three 0.187). Chunks of the kept programs
// that are one `#ifdef` of a MeshPhysicalMaterial feature the widget never turns on
// (transmission, iridescence, clearcoat...) become empty: about 2 KB gzipped more.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Programs that can run: MeshStandardMaterial (meshphysical), three's own background
 * passes, and meshbasic for a basic or unlit material. Lambert, Phong, toon, matcap,
 * normal, points, sprite and dashed lines are left out, and so are the shadow and depth
 * passes (the bundle has no shadow maps: three-unused.mjs).
 */
const KEPT_PROGRAMS = ['background', 'backgroundCube', 'cube', 'equirect', 'meshbasic', 'meshphysical'];
/**
 * Defines no program of the widget ever has: MeshPhysicalMaterial's extra features, and
 * shadow maps (three-unused.mjs). A chunk that is all one `#ifdef` of these is never used.
 */
const NEVER_DEFINED = new Set(['USE_TRANSMISSION', 'USE_IRIDESCENCE', 'USE_SHEEN', 'USE_CLEARCOAT', 'USE_ANISOTROPY', 'USE_DISPERSION', 'USE_SHADOWMAP']);

/** The define a chunk's GLSL is wholly wrapped in (`#ifdef X` ... `#endif`), or null. */
function wrappingDefine(source) {
  const glsl = /`([\s\S]*)`/.exec(source);
  if (!glsl) return null;
  const lines = glsl[1]
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter(Boolean);
  const first = /^#ifdef\s+(\w+)$/.exec(lines[0] ?? '');
  if (!first || lines[lines.length - 1] !== '#endif') return null;
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('#if')) depth++;
    else if (lines[i].startsWith('#endif') && --depth === 0 && i !== lines.length - 1) return null;
  }
  return first[1];
}
/** Chunks WebGLProgram reads by name rather than through an #include. */
const KEPT_BY_NAME = ['tonemapping_pars_fragment', 'colorspace_pars_fragment'];

const includes = (source) => [...source.matchAll(/#include +<([\w\d./]+)>/g)].map((match) => match[1]);

/** Every `#include` in our own sources (ShaderMaterial code), so their chunks stay. */
function ownIncludes(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => /\.ts$/.test(file))
    .flatMap((file) => includes(readFileSync(join(dir, file), 'utf8')));
}

export function threeShaderTrim({ sourceDir }) {
  return {
    name: 'acupoint-map:three-shader-trim',
    transform(code, id) {
      if (!/[\\/]three[\\/]src[\\/]renderers[\\/]shaders[\\/]ShaderChunk\.js$/.test(id)) return null;
      const dir = dirname(id);
      const read = (path) => readFileSync(join(dir, path), 'utf8');
      const chunkPath = new Map([...code.matchAll(/^import (\w+) from '(\.\/ShaderChunk\/[\w.]+)';$/gm)].map((m) => [m[1], m[2]]));
      const programPath = new Map([...code.matchAll(/^import \* as (\w+) from '(\.\/ShaderLib\/[\w.]+)';$/gm)].map((m) => [m[1], m[2]]));
      for (const name of KEPT_PROGRAMS) if (!programPath.has(name)) throw new Error(`three-shader-trim: no ShaderLib program "${name}" in this three`);
      // The chunks the kept programs reach, following includes inside chunks too.
      const pending = [...KEPT_PROGRAMS.flatMap((name) => includes(read(programPath.get(name)))), ...KEPT_BY_NAME, ...ownIncludes(sourceDir)];
      const kept = new Set();
      while (pending.length) {
        const name = pending.pop();
        if (kept.has(name)) continue;
        if (!chunkPath.has(name)) throw new Error(`three-shader-trim: #include <${name}> is not a chunk of this three`);
        kept.add(name);
        pending.push(...includes(read(chunkPath.get(name))));
      }
      const left = (what) => JSON.stringify(`#error acupoint-map bundle: three's ${what} shader was left out (scripts/three-shader-trim.mjs)`);
      const trimmed = code
        .replace(/^import (\w+) from '\.\/ShaderChunk\/[\w.]+';$/gm, (line, name) => {
          if (!kept.has(name)) return `const ${name} = ${left(name)};`;
          return NEVER_DEFINED.has(wrappingDefine(read(chunkPath.get(name)))) ? `const ${name} = '';` : line;
        })
        .replace(/^import \* as (\w+) from '\.\/ShaderLib\/[\w.]+';$/gm, (line, name) =>
          KEPT_PROGRAMS.includes(name) ? line : `const ${name} = { vertex: ${left(name)}, fragment: ${left(name)} };`,
        );
      return { code: trimmed, map: null };
    },
  };
}
