/**
 * Hand-built binary glTF files for the robustness tests: a small valid model to start from,
 * edits that make it hostile, and the GLB container around any JSON. Pure TypeScript, used
 * by the Node tests and the browser tests alike.
 */

export type GltfJsonLike = Record<string, any>;

/** A GLB container: header, a JSON chunk holding `json` (any value, or raw text), an optional BIN chunk. */
export function glb(json: unknown, bin?: Uint8Array, { rawJson }: { rawJson?: string } = {}): ArrayBuffer {
  const text = new TextEncoder().encode(rawJson ?? JSON.stringify(json));
  const jsonLength = align4(text.byteLength);
  const binLength = bin ? align4(bin.byteLength) : 0;
  const total = 12 + 8 + jsonLength + (bin ? 8 + binLength : 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonLength, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.fill(0x20, 20, 20 + jsonLength);
  out.set(text, 20);
  if (bin) {
    const at = 20 + jsonLength;
    view.setUint32(at, binLength, true);
    view.setUint32(at + 4, 0x004e4942, true);
    out.set(bin, at + 8);
  }
  return out.buffer;
}

/** The JSON and BIN chunks of a .glb (the shipped model, to edit). */
export function splitGlb(data: ArrayBuffer): { json: GltfJsonLike; bin: Uint8Array } {
  const view = new DataView(data);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(new Uint8Array(data, 20, jsonLength)));
  const binAt = 20 + jsonLength;
  const binLength = view.getUint32(binAt, true);
  return { json, bin: new Uint8Array(data.slice(binAt + 8, binAt + 8 + binLength)) };
}

/**
 * A valid little model: a tetrahedron mesh (float positions) and a `landmarks` node whose
 * children are `landmarks` at small offsets. `positions` replaces the four corners.
 */
export function tetrahedron(
  { landmarks = [] as string[], positions = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1] } = {},
): { json: GltfJsonLike; bin: Uint8Array } {
  const floats = new Float32Array(positions);
  const indices = new Uint16Array([0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3]);
  const bin = new Uint8Array(floats.byteLength + indices.byteLength);
  bin.set(new Uint8Array(floats.buffer), 0);
  bin.set(new Uint8Array(indices.buffer), floats.byteLength);
  const json: GltfJsonLike = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0, 1] }],
    nodes: [
      { name: 'body', mesh: 0 },
      { name: 'landmarks', children: landmarks.map((_, i) => i + 2) },
      ...landmarks.map((name, i) => ({ name, translation: [0.1 + i * 1e-3, 0.2, 0.3] })),
    ],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1, mode: 4 }] }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: floats.length / 3, type: 'VEC3' },
      { bufferView: 1, componentType: 5123, count: indices.length, type: 'SCALAR' },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: floats.byteLength },
      { buffer: 0, byteOffset: floats.byteLength, byteLength: indices.byteLength },
    ],
    buffers: [{ byteLength: bin.byteLength }],
  };
  return { json, bin };
}

/** Node k lists node k+1 twice: 2^depth objects if shared children were expanded. */
export function sharedChildren(base: { json: GltfJsonLike; bin: Uint8Array }, depth: number): ArrayBuffer {
  const json = structuredClone(base.json);
  const first = json.nodes.length;
  for (let k = 0; k < depth; k++) json.nodes.push({ name: `n${k}`, children: k + 1 < depth ? [first + k + 1, first + k + 1] : [] });
  json.scenes[0].nodes.push(first);
  return glb(json, base.bin);
}

/** A chain of `depth` nested nodes under the scene. */
export function deepChain(base: { json: GltfJsonLike; bin: Uint8Array }, depth: number): ArrayBuffer {
  const json = structuredClone(base.json);
  const first = json.nodes.length;
  for (let k = 0; k < depth; k++) json.nodes.push({ name: `n${k}`, children: k + 1 < depth ? [first + k + 1] : [] });
  json.scenes[0].nodes.push(first);
  return glb(json, base.bin);
}

/** The shipped model with its `landmarks` node emptied. */
export function withoutLandmarks(shipped: ArrayBuffer): ArrayBuffer {
  const { json, bin } = splitGlb(shipped);
  const landmarks = json.nodes.find((node: { name?: string }) => node.name === 'landmarks');
  landmarks.children = [];
  return glb(json, bin);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
