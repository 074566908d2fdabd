// For the self-contained bundle: parts of three's WebGLRenderer that it always imports but
// the widget never uses, swapped for small stand-ins (like three-no-xr.mjs):
// - WebGLShadowMap (with its depth and distance materials and the VSM shaders): no light
//   of the widget casts a shadow and shadowMap.enabled stays false;
// - WebGLEnvironments (with PMREMGenerator and the cube render targets): no material or
//   scene of the widget has an environment map or a textured background;
// - WebGLUniformsGroups: no ShaderMaterial of the widget has uniform buffer objects;
// - WebGLMorphtargets: the widget's glTF reader makes no morph targets;
// - WebGLBackground's textured and cube backgrounds (their meshes, materials and the
//   background, cube and equirect programs): the widget's scenes have no background or a
//   colour, and the stand-in keeps the clear colour exactly as three does;
// - every class's toJSON (three's scene serialisation: Material's alone is 10 KB of
//   source): the widget never serialises a scene, and only other toJSON methods call them.
// About 9 kB gzipped of the 3D stage (three 0.187). A stand-in that is ever used throws
// with its reason rather than drawing wrongly.
import { fileURLToPath } from 'node:url';

const standIn = (file) => fileURLToPath(new URL(`./three-unused/${file}`, import.meta.url));

/** [specifier, importer path ending] -> stand-in file. */
const RENDERER = /[\\/]three[\\/]src[\\/]renderers[\\/]WebGLRenderer\.js$/;
const SWAPS = [
  ['./webgl/WebGLShadowMap.js', RENDERER, standIn('WebGLShadowMap.js')],
  ['./webgl/WebGLEnvironments.js', RENDERER, standIn('WebGLEnvironments.js')],
  ['./webgl/WebGLUniformsGroups.js', RENDERER, standIn('WebGLUniformsGroups.js')],
  ['./webgl/WebGLMorphtargets.js', RENDERER, standIn('WebGLMorphtargets.js')],
  ['./webgl/WebGLBackground.js', RENDERER, standIn('WebGLBackground.js')],
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

const NO_JSON = "acupoint-map bundle: three's toJSON was left out (scripts/three-unused.mjs)";

/** `toJSON( meta ) { ... }` class methods of three's source, each made a one-line throw. */
export function withoutToJson(code) {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(/\n\ttoJSON\([^)]*\)\s*\{/g)) {
    if (match.index < from) continue;
    let depth = 0;
    let end = -1;
    for (let i = match.index + match[0].length - 1; i < code.length; i++) {
      if (code[i] === '{') depth++;
      else if (code[i] === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    if (end < 0) return code;
    out += code.slice(from, match.index) + `\n\ttoJSON() {\n\t\tthrow new Error(${JSON.stringify(NO_JSON)});\n\t}`;
    from = end;
  }
  return out + code.slice(from);
}

export function threeNoToJson() {
  return {
    name: 'acupoint-map:three-no-to-json',
    transform(code, id) {
      if (!/[\\/]three[\\/]src[\\/].*\.js$/.test(id) || !code.includes('\ttoJSON(')) return null;
      return { code: withoutToJson(code), map: null };
    },
  };
}
