// The meshopt decoder for browsers without WebAssembly SIMD (meshoptDecoder in model-loader.ts picks
// this file or its twin). In the self-contained bundle, scripts/meshopt-one-build.mjs
// leaves only the matching WebAssembly build in it; for npm both are the same module.
export { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
