// For the self-contained bundle: parts of three's WebGLRenderer that it always imports but
// the widget never uses, swapped for small stand-ins (like three-no-xr.mjs):
// - WebGLShadowMap (with its depth and distance materials and the VSM shaders): no light
//   of the widget casts a shadow and shadowMap.enabled stays false;
// - PMREMGenerator: no material or scene of the widget has an environment map.
// About 4.5 kB gzipped of the 3D stage (three 0.187). A stand-in that is ever used throws
// with its reason rather than drawing wrongly.
import { fileURLToPath } from 'node:url';

const standIn = (file) => fileURLToPath(new URL(`./three-unused/${file}`, import.meta.url));

/** [specifier, importer path ending] -> stand-in file. */
const SWAPS = [
  ['./webgl/WebGLShadowMap.js', /[\\/]three[\\/]src[\\/]renderers[\\/]WebGLRenderer\.js$/, standIn('WebGLShadowMap.js')],
  ['../../extras/PMREMGenerator.js', /[\\/]three[\\/]src[\\/]renderers[\\/]webgl[\\/]WebGLEnvironments\.js$/, standIn('PMREMGenerator.js')],
];

export function threeUnused() {
  return {
    name: 'acupoint-map:three-unused',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      for (const [specifier, from, file] of SWAPS) if (source === specifier && from.test(importer)) return file;
      return null;
    },
  };
}
