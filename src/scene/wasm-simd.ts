/**
 * Whether this browser's WebAssembly has SIMD, asked the way the meshopt decoder asks: its
 * `detector` module, byte for byte (scripts/meshopt-one-build.mjs checks they agree). The
 * decoder carries two builds of its WebAssembly, with SIMD and without; the bundle splits
 * them into two chunks and this picks the one to fetch (about 2 kB gzipped less for every
 * page that loads the shipped body).
 */
const SIMD_DETECTOR = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 3, 2, 0, 0, 5, 3, 1, 0, 1, 12, 1, 0, 10, 22, 2, 12, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0,
  11, 7, 0, 65, 0, 253, 15, 26, 11,
]);

export function hasWasmSimd(): boolean {
  return WebAssembly.validate(SIMD_DETECTOR);
}
