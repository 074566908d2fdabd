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
 * Programs that can run: MeshStandardMaterial (meshphysical) and meshbasic for a basic or
 * unlit material. Lambert, Phong, toon, matcap, normal, points, sprite and dashed lines are
 * left out, and so are the shadow and depth passes (the bundle has no shadow maps) and the
 * background, cube and equirect passes (no textured backgrounds): see three-unused.mjs.
 */
const KEPT_PROGRAMS = ['meshbasic', 'meshphysical'];
/**
 * Conditions no program of the widget ever meets: the widget's materials have no texture
 * of any kind (its glTF reader ignores them, and it makes none), no environment map, no
 * MeshPhysicalMaterial feature, no shadows (three-unused.mjs), no morph targets, skinning,
 * batching, alpha hash or clipping planes, and no spot lights or light probes. A chunk that
 * is nothing but blocks under these conditions is never used.
 */
const NEVER_DEFINED = new Set([
  'USE_TRANSMISSION', 'USE_IRIDESCENCE', 'USE_SHEEN', 'USE_CLEARCOAT', 'USE_ANISOTROPY', 'USE_DISPERSION',
  'USE_SHADOWMAP', 'USE_ENVMAP', 'USE_MAP', 'USE_ALPHAMAP', 'USE_AOMAP', 'USE_LIGHTMAP', 'USE_NORMALMAP', 'USE_BUMPMAP',
  'USE_DISPLACEMENTMAP', 'USE_EMISSIVEMAP', 'USE_ROUGHNESSMAP', 'USE_METALNESSMAP', 'USE_SPECULARMAP',
  'USE_MORPHTARGETS', 'USE_MORPHNORMALS', 'USE_MORPHCOLORS', 'USE_SKINNING', 'USE_BATCHING', 'USE_BATCHING_COLOR',
  'USE_ALPHAHASH', 'USE_CLIPPING_PLANES',
]);
const NEVER_TRUE = [
  ...[...NEVER_DEFINED].flatMap((name) => [`#ifdef ${name}`, `#if defined( ${name} )`, `#if defined(${name})`]),
  '#if NUM_SPOT_LIGHT_COORDS > 0',
  '#if NUM_SPOT_LIGHT_MAPS > 0',
  '#if NUM_LIGHT_PROBE_GRIDS > 0',
];

/** Whether a chunk's GLSL is nothing but top-level `#if` blocks whose conditions never hold. */
function neverUsed(source) {
  const glsl = /`([\s\S]*)`/.exec(source);
  if (!glsl) return false;
  const lines = glsl[1]
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (lines.length === 0) return false;
  let depth = 0;
  for (const line of lines) {
    if (depth === 0 && !NEVER_TRUE.includes(line)) return false;
    if (line.startsWith('#if')) depth++;
    else if (line.startsWith('#endif')) depth--;
    // An #else or #elif at the top level of a block would be code that can run.
    else if (depth === 1 && (line.startsWith('#else') || line.startsWith('#elif'))) return false;
  }
  return depth === 0;
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
          return neverUsed(read(chunkPath.get(name))) ? `const ${name} = '';` : line;
        })
        .replace(/^import \* as (\w+) from '\.\/ShaderLib\/[\w.]+';$/gm, (line, name) =>
          KEPT_PROGRAMS.includes(name) ? line : `const ${name} = { vertex: ${left(name)}, fragment: ${left(name)} };`,
        );
      return { code: trimmed, map: null };
    },
  };
}
