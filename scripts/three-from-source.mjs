// For the self-contained bundle: take three from its source modules instead of its
// prebuilt build/three.module.js. The prebuilt file is one module, so everything in it that
// has a top-level side effect (animation tracks set prototype fields, for example) stays in
// the bundle even when nothing uses it; from src/, a module nothing imports is left out
// (three's package.json marks src/ free of side effects). three's own build compacts the
// GLSL in its shader chunks; glslCompact does the same here, or the source route would be
// larger than the prebuilt file.

/** Resolve bare `three` to its source entry (deep `three/...` imports are left alone). */
export const threeFromSource = { find: /^three$/, replacement: 'three/src/Three.js' };

/** Strips comments, indentation and blank lines from three's GLSL template strings. */
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
          .trim();
        return `\`${glsl}\``;
      });
      return { code: compacted, map: null };
    },
  };
}
