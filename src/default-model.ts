/**
 * Where the shipped body model is, relative to this module. In the source tree it is
 * models/body.glb; the build defines `__ACUPOINT_MODEL_DIR__` as './' because dist/
 * holds the model beside the bundle, so copying dist/ to any static host works.
 */
declare const __ACUPOINT_MODEL_DIR__: string | undefined;

const modelDir = typeof __ACUPOINT_MODEL_DIR__ === 'string' ? __ACUPOINT_MODEL_DIR__ : '../models/';

/**
 * The default model's URL. Pages whose Content-Security-Policy forbids WebAssembly get
 * the variant that is only quantised, which three decodes without the meshopt decoder.
 */
export function defaultModelUrl(wasmAllowed: boolean): string {
  const file = wasmAllowed ? 'body.glb' : 'body.quantized.glb';
  return new URL(modelDir + file, import.meta.url).href;
}

/**
 * The anatomy model's URL (bones, nerves, kidneys, vessels of the shipped body), beside the
 * body. It is meshopt-compressed only: a page that forbids WebAssembly cannot show it.
 */
export function defaultAnatomyUrl(): string {
  return new URL(`${modelDir}anatomy.glb`, import.meta.url).href;
}
