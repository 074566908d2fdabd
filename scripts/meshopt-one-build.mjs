// For the self-contained bundle: three's meshopt decoder module carries two builds of its
// WebAssembly (with SIMD and without, about 3.5 kB gzipped each) and picks one when it runs.
// src/scene/meshopt-simd.ts and meshopt-base.ts both re-export it; here each gets its own
// copy of the module holding only its build, so a page fetches one. model-loader.ts picks
// the chunk with the decoder's own SIMD test (src/scene/wasm-simd.ts), checked here to be
// the same bytes, so the chunk fetched is the build the decoder would have picked.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DECODER = /[\\/]meshopt_decoder\.module\.js$/;
const IMPORTERS = /[\\/]src[\\/]scene[\\/]meshopt-(simd|base)\.ts$/;
const PREFIX = '\0meshopt_decoder.';

/** The numbers of a `new Uint8Array([...])` after `name`, as one string. */
function bytesOf(code, name, file) {
  const match = new RegExp(`${name}\\s*=\\s*new Uint8Array\\(\\[([\\d,\\s]+)\\]\\)`).exec(code);
  if (!match) throw new Error(`meshopt-one-build: no ${name} bytes in ${file}`);
  return match[1].split(',').map((n) => n.trim()).filter(Boolean).join(',');
}

/** The decoder module's source with only one WebAssembly build kept. */
export function oneBuild(code, variant) {
  const keep = variant === 'simd' ? 'wasm_simd' : 'wasm_base';
  const drop = variant === 'simd' ? 'wasm_base' : 'wasm_simd';
  const choice = 'WebAssembly.validate(detector) ? unpack(wasm_simd) : unpack(wasm_base)';
  const blob = new RegExp(`\\n\\s*var ${drop} =\\s*'[^']*';`);
  // The SIMD test goes too: the choice was made before the chunk was fetched.
  const detector = /\n\s*var detector = new Uint8Array\(\[[\d,\s]+\]\);/;
  if (!code.includes(choice) || !blob.test(code) || !detector.test(code)) throw new Error('meshopt-one-build: the meshopt decoder module changed; see scripts/meshopt-one-build.mjs');
  return code.replace(blob, '').replace(detector, '').replace(choice, `unpack(${keep})`);
}

export function meshoptOneBuild() {
  const require = createRequire(import.meta.url);
  const decoderFile = require.resolve('three/examples/jsm/libs/meshopt_decoder.module.js', { paths: [root] });
  return {
    name: 'acupoint-map:meshopt-one-build',
    enforce: 'pre',
    resolveId(source, importer) {
      const variant = importer && IMPORTERS.exec(importer)?.[1];
      return variant && DECODER.test(source) ? `${PREFIX}${variant}.js` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const code = readFileSync(decoderFile, 'utf8');
      const ours = readFileSync(`${root}src/scene/wasm-simd.ts`, 'utf8');
      if (bytesOf(code, 'detector', decoderFile) !== bytesOf(ours, 'SIMD_DETECTOR', 'src/scene/wasm-simd.ts')) {
        this.error("src/scene/wasm-simd.ts's SIMD_DETECTOR is not the meshopt decoder's detector any more: copy it again");
      }
      return oneBuild(code, id.slice(PREFIX.length, -'.js'.length));
    },
  };
}
