// For the self-contained bundle: take three from its source modules instead of its
// prebuilt build/three.module.js. The prebuilt file is one module, so everything in it that
// has a top-level side effect (animation tracks set prototype fields, for example) stays in
// the bundle even when nothing uses it; from src/, a module nothing imports is left out
// (three's package.json marks src/ free of side effects). three's own build compacts the
// GLSL in its shader chunks; glslCompact does the same here, or the source route would be
// larger than the prebuilt file.

/** Resolve bare `three` to its source entry (deep `three/...` imports are left alone). */
export const threeFromSource = { find: /^three$/, replacement: 'three/src/Three.js' };

/**
 * `vec3( a, b )` -> `vec3(a,b)`: drops spaces and tabs around punctuation that cannot join
 * two tokens into one. Not around + and - (`a - -b` must not become `a--b`), never across
 * a newline (three's loop unrolling wants `}` and `#pragma` on separate lines), and not in
 * preprocessor lines (`#define X ( 1 )` would become a function-like macro).
 */
function tightenPunctuation(line) {
  return line.startsWith('#') ? line : line.replace(/[ \t]*([=,;(){}[\]*/<>?:!&|])[ \t]*/g, '$1');
}

/** Strips comments, indentation, blank lines and spaces around punctuation from three's GLSL template strings. */
export function glslCompact() {
  return {
    name: 'acupoint-map:glsl-compact',
    transform(code, id) {
      if (!/[\\/]three[\\/]src[\\/].*\.glsl\.js$/.test(id)) return null;
      const compacted = code.replace(/\/\* glsl \*\/`([\s\S]*?)`/g, (_, body) => {
        const glsl = body
          .replace(/\r/g, '')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/[ \t]*\/\/.*$/gm, '')
          .replace(/^[ \t]+/gm, '')
          .replace(/\n{2,}/g, '\n')
          .split('\n')
          .map(tightenPunctuation)
          .join('\n')
          .trim();
        return `\`${glsl}\``;
      });
      return { code: compacted, map: null };
    },
  };
}
