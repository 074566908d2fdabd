import { BufferAttribute, BufferGeometry, Group, Matrix4, Mesh, Object3D, Quaternion, Vector3 } from 'three';
import { parseJsonSteps } from '../catalogue/json-in-slices.js';
import { runInSlices } from '../yield-to-main.js';
import { checkGltfJson, GlbFormatError, MODEL_LIMITS, type GltfJson, type GltfNode, type GltfPrimitive } from './gltf-json.js';

export { GlbFormatError, MODEL_LIMITS } from './gltf-json.js';

/**
 * A small reader for binary glTF (.glb) body models: meshes of triangles, the node tree
 * with names and transforms (landmarks are named empty nodes), KHR_mesh_quantization and
 * EXT_meshopt_compression. Materials and textures are ignored: the widget paints its own
 * skin. three's full GLTFLoader brings animation, skinning, cameras, lights and texture
 * code the widget never uses, about 22 KB gzipped of a 190 KB budget.
 */

/** The meshopt decoder's glTF entry point (three/addons/libs/meshopt_decoder.module.js). */
export interface MeshoptDecoderLike {
  supported: boolean;
  ready: Promise<void>;
  decodeGltfBuffer(target: Uint8Array, count: number, size: number, source: Uint8Array, mode: string, filter?: string): void;
}

const SUPPORTED_EXTENSIONS = new Set(['KHR_mesh_quantization', 'EXT_meshopt_compression', 'KHR_materials_unlit']);
const ITEM_SIZE: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };
type TypedArrayConstructor =
  | Int8ArrayConstructor
  | Uint8ArrayConstructor
  | Int16ArrayConstructor
  | Uint16ArrayConstructor
  | Uint32ArrayConstructor
  | Float32ArrayConstructor;
const COMPONENT: Record<number, TypedArrayConstructor> = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
};
const ATTRIBUTE_NAMES: Record<string, string> = { POSITION: 'position', NORMAL: 'normal', TEXCOORD_0: 'uv' };
const ATTRIBUTE_TYPES: Record<string, string> = { POSITION: 'VEC3', NORMAL: 'VEC3', TEXCOORD_0: 'VEC2' };

/**
 * Parse a .glb into a three.js node tree. Throws GlbFormatError with a readable reason.
 * The JSON, each buffer view, each attribute and the checks of long arrays are separate
 * slices between which the page runs (runInSlices): a large model never makes one long
 * task of its reading, except a single meshopt-compressed view, decoded in one call.
 */
export async function readGlb(
  data: ArrayBuffer,
  decoder: MeshoptDecoderLike | null | (() => Promise<MeshoptDecoderLike | null>),
): Promise<Object3D> {
  const { json, bin } = await splitChunks(data);
  const triangles = sceneTriangles(json);
  if (triangles > MODEL_LIMITS.triangles) {
    throw new GlbFormatError(
      `it has ${triangles.toLocaleString('en')} triangles; the widget draws at most ${MODEL_LIMITS.triangles.toLocaleString('en')} (simplify the mesh)`,
    );
  }
  const unsupported = (json.extensionsRequired ?? []).filter((name) => !SUPPORTED_EXTENSIONS.has(name));
  if (unsupported.length) throw new GlbFormatError(`it needs glTF extensions this widget does not read: ${unsupported.join(', ')}`);
  const needsMeshopt = (json.bufferViews ?? []).some((view) => view.extensions?.EXT_meshopt_compression);
  // A function is called only when the file needs the decoder (it may import and probe WebAssembly).
  const meshopt = typeof decoder === 'function' ? (needsMeshopt ? await decoder() : null) : decoder;
  if (needsMeshopt) {
    if (!meshopt?.supported) throw new GlbFormatError('it is meshopt-compressed and this page cannot run the decoder (WebAssembly is blocked)');
    await meshopt.ready;
  }
  return runInSlices(sceneSteps(json, bin, meshopt));
}

function* sceneSteps(json: GltfJson, bin: Uint8Array | null, meshopt: MeshoptDecoderLike | null): Generator<void, Object3D, void> {
  const views = new Map<number, Uint8Array>();
  const viewBytes = (index: number): Uint8Array => {
    let bytes = views.get(index);
    if (!bytes) {
      bytes = decodeBufferView(json, index, bin, meshopt);
      views.set(index, bytes);
    }
    return bytes;
  };

  const geometries = new Map<number, BufferGeometry[]>();
  const attributes = new Map<number, BufferAttribute>();
  function* meshGeometries(index: number): Generator<void, BufferGeometry[], void> {
    let list = geometries.get(index);
    if (!list) {
      list = [];
      for (const [k, primitive] of json.meshes![index].primitives.entries()) {
        list.push(yield* geometrySteps(json, primitive, viewBytes, `mesh ${index} primitive ${k}`, attributes));
      }
      geometries.set(index, list);
    }
    return list;
  }

  // checkGltfJson made the scene a set of separate trees, at most MODEL_LIMITS.depth deep:
  // built with a queue, each node once.
  const root = new Group();
  const queue: [number, Object3D][] = (json.scenes?.[json.scene ?? 0]?.nodes ?? []).map((index) => [index, root]);
  for (let next = 0; next < queue.length; next++) {
    const [index, parent] = queue[next];
    const node = json.nodes![index];
    const object = new Group();
    object.name = node.name ?? '';
    applyTransform(object, node);
    if (node.mesh !== undefined) {
      for (const geometry of yield* meshGeometries(node.mesh)) object.add(new Mesh(geometry));
    }
    parent.add(object);
    // Its lighter stand-in (MSFT_lod), its meshes only, beside it and hidden: drawn instead
    // of the node's own meshes while the view moves (model-loader.ts).
    const lod = standIn(json, node);
    if (lod !== undefined) {
      const light = new Group();
      applyTransform(light, json.nodes![lod]);
      for (const geometry of yield* meshGeometries(json.nodes![lod].mesh!)) light.add(new Mesh(geometry));
      light.visible = false;
      light.userData.standInFor = object;
      parent.add(light);
    }
    for (const child of node.children ?? []) queue.push([child, object]);
    yield;
  }
  return root;
}

/**
 * The node a mesh node names first as its lighter stand-in (MSFT_lod), if it is a node with
 * a mesh; an optional extension, so anything else is ignored.
 */
function standIn(json: GltfJson, node: GltfNode): number | undefined {
  const id = (node.extensions?.MSFT_lod?.ids as unknown[] | undefined)?.[0];
  return node.mesh !== undefined && Number.isSafeInteger(id) && json.nodes![id as number]?.mesh !== undefined ? (id as number) : undefined;
}

/** Triangles the scene would draw (each use of a mesh counts, stand-ins too), from the accessors' counts. */
function sceneTriangles(json: GltfJson): number {
  let triangles = 0;
  const count = (mesh: number | undefined) => {
    for (const primitive of mesh === undefined ? [] : json.meshes![mesh].primitives) {
      const counted = primitive.indices ?? primitive.attributes.POSITION;
      triangles += counted === undefined ? 0 : Math.floor(json.accessors![counted].count / 3);
    }
  };
  const stack = [...(json.scenes?.[json.scene ?? 0]?.nodes ?? [])];
  while (stack.length) {
    const node = json.nodes![stack.pop()!];
    count(node.mesh);
    const lod = standIn(json, node);
    if (lod !== undefined) count(json.nodes![lod].mesh);
    stack.push(...(node.children ?? []));
  }
  return triangles;
}

async function splitChunks(data: ArrayBuffer): Promise<{ json: GltfJson; bin: Uint8Array | null }> {
  const view = new DataView(data);
  if (data.byteLength < 20 || view.getUint32(0, true) !== 0x46546c67) {
    throw new GlbFormatError('it is not a binary glTF (.glb) file');
  }
  if (view.getUint32(4, true) !== 2) throw new GlbFormatError('only glTF 2.0 is supported');
  let offset = 12;
  let json: GltfJson | null = null;
  let bin: Uint8Array | null = null;
  while (offset + 8 <= data.byteLength) {
    const length = view.getUint32(offset, true);
    const type = view.getUint32(offset + 4, true);
    const start = offset + 8;
    if (start + length > data.byteLength) throw new GlbFormatError('a chunk runs past the end of the file');
    if (type === 0x4e4f534a) {
      let parsed: unknown;
      try {
        parsed = await runInSlices(parseJsonSteps(new Uint8Array(data, start, length)));
      } catch {
        throw new GlbFormatError('its JSON chunk is not valid JSON');
      }
      json = checkGltfJson(parsed);
    } else if (type === 0x004e4942) {
      bin = new Uint8Array(data, start, length);
    }
    offset = start + length;
  }
  if (!json) throw new GlbFormatError('it has no JSON chunk');
  return { json, bin };
}

function bufferBytes(json: GltfJson, index: number, bin: Uint8Array | null): Uint8Array {
  // checkGltfJson made every index refer to an item that exists.
  if (json.buffers![index].uri !== undefined) throw new GlbFormatError('external buffers are not supported: use a single .glb');
  if (!bin) throw new GlbFormatError('it has no binary chunk');
  return bin;
}

function decodeBufferView(json: GltfJson, index: number, bin: Uint8Array | null, meshopt: MeshoptDecoderLike | null): Uint8Array {
  const view = json.bufferViews![index];
  const compressed = view.extensions?.EXT_meshopt_compression;
  if (compressed && meshopt) {
    const source = bufferBytes(json, compressed.buffer, bin);
    const start = compressed.byteOffset ?? 0;
    if (start + compressed.byteLength > source.byteLength) throw new GlbFormatError(`buffer view ${index} runs past its buffer`);
    // Bounded: checkGltfJson made count * byteStride the view's byteLength, and the file's
    // triangle count was checked before anything was decoded.
    const target = new Uint8Array(compressed.count * compressed.byteStride);
    try {
      meshopt.decodeGltfBuffer(
        target,
        compressed.count,
        compressed.byteStride,
        source.subarray(start, start + compressed.byteLength),
        compressed.mode,
        compressed.filter,
      );
    } catch {
      throw new GlbFormatError(`the compressed data of buffer view ${index} is damaged`);
    }
    return target;
  }
  const source = bufferBytes(json, view.buffer, bin);
  const start = view.byteOffset ?? 0;
  if (start + view.byteLength > source.byteLength) throw new GlbFormatError(`buffer view ${index} runs past its buffer`);
  return source.subarray(start, start + view.byteLength);
}

/** Copy an accessor into a tightly packed typed array of its own component type. */
function readAccessor(
  json: GltfJson,
  index: number,
  viewBytes: (index: number) => Uint8Array,
): { array: InstanceType<TypedArrayConstructor>; itemSize: number; normalized: boolean } {
  const accessor = json.accessors![index];
  // Own keys only: a file's "type": "constructor" must not find Object's.
  const Component = Object.hasOwn(COMPONENT, accessor.componentType) ? COMPONENT[accessor.componentType] : undefined;
  const itemSize = Object.hasOwn(ITEM_SIZE, accessor.type) ? ITEM_SIZE[accessor.type] : undefined;
  if (!Component || !itemSize) throw new GlbFormatError(`accessor ${index} has an unsupported type`);
  if (accessor.sparse || accessor.bufferView === undefined) throw new GlbFormatError(`accessor ${index} is sparse or empty`);
  const bytes = viewBytes(accessor.bufferView);
  const elementBytes = Component.BYTES_PER_ELEMENT * itemSize;
  const stride = json.bufferViews?.[accessor.bufferView]?.byteStride || elementBytes;
  if (stride < elementBytes) throw new GlbFormatError(`accessor ${index}: its items overlap (byteStride ${stride} is less than ${elementBytes})`);
  const offset = accessor.byteOffset ?? 0;
  if (accessor.count > 0 && offset + stride * (accessor.count - 1) + elementBytes > bytes.byteLength) {
    throw new GlbFormatError(`accessor ${index} runs past its buffer view`);
  }
  const out = new Component(accessor.count * itemSize);
  const outBytes = new Uint8Array(out.buffer);
  if (stride === elementBytes) {
    // Tightly packed: one copy.
    outBytes.set(bytes.subarray(offset, offset + accessor.count * elementBytes));
  } else {
    // Interleaved or padded: byte by byte, without a view object per element (this runs
    // on the page's main thread for every vertex).
    for (let i = 0, to = 0; i < accessor.count; i++) {
      const from = offset + i * stride;
      for (let b = 0; b < elementBytes; b++) outBytes[to++] = bytes[from + b];
    }
  }
  return { array: out, itemSize, normalized: accessor.normalized ?? false };
}

/** Items checked between two slices in the loops over every vertex or index. */
const CHECK_CHUNK = 1 << 18;

function* geometrySteps(
  json: GltfJson,
  primitive: GltfPrimitive,
  viewBytes: (index: number) => Uint8Array,
  where: string,
  shared: Map<number, BufferAttribute>,
): Generator<void, BufferGeometry, void> {
  if ((primitive.mode ?? 4) !== 4) throw new GlbFormatError('only triangle meshes are supported');
  if (primitive.attributes.POSITION === undefined) throw new GlbFormatError(`${where} has no POSITION attribute`);
  const geometry = new BufferGeometry();
  for (const [gltfName, threeName] of Object.entries(ATTRIBUTE_NAMES)) {
    const accessorIndex = primitive.attributes[gltfName];
    if (accessorIndex === undefined) continue;
    // An accessor two meshes use (a stand-in's vertices are the body's) is read once, so
    // the GPU holds its buffer once.
    let attribute = shared.get(accessorIndex);
    if (!attribute) {
      const { array, itemSize, normalized } = readAccessor(json, accessorIndex, viewBytes);
      yield;
      if (array instanceof Float32Array) {
        for (let from = 0; from < array.length; from += CHECK_CHUNK) {
          for (let i = from, end = Math.min(array.length, from + CHECK_CHUNK); i < end; i++) {
            if (!Number.isFinite(array[i])) throw new GlbFormatError(`${where}: ${gltfName} holds numbers that are not finite (NaN or infinity)`);
          }
          yield;
        }
      }
      shared.set(accessorIndex, (attribute = new BufferAttribute(array, itemSize, normalized)));
    }
    if (attribute.itemSize !== ITEM_SIZE[ATTRIBUTE_TYPES[gltfName]]) throw new GlbFormatError(`${where}: ${gltfName} must be ${ATTRIBUTE_TYPES[gltfName]}`);
    geometry.setAttribute(threeName, attribute);
  }
  const vertexCount = geometry.attributes.position.count;
  if (primitive.indices !== undefined) {
    const { array, itemSize } = readAccessor(json, primitive.indices, viewBytes);
    yield;
    if (itemSize !== 1 || !(array instanceof Uint8Array || array instanceof Uint16Array || array instanceof Uint32Array)) {
      throw new GlbFormatError(`${where}: its indices must be unsigned whole numbers`);
    }
    for (let from = 0; from < array.length; from += CHECK_CHUNK) {
      for (let i = from, end = Math.min(array.length, from + CHECK_CHUNK); i < end; i++) {
        if (array[i] >= vertexCount) throw new GlbFormatError(`${where}: index ${array[i]} refers to a vertex that does not exist`);
      }
      yield;
    }
    if (array.length < 3) throw new GlbFormatError(`${where} has no triangles`);
    geometry.setIndex(new BufferAttribute(array instanceof Uint8Array ? Uint16Array.from(array) : array, 1));
  } else if (vertexCount < 3) {
    throw new GlbFormatError(`${where} has no triangles`);
  }
  if (!geometry.attributes.normal) {
    geometry.computeVertexNormals();
    yield;
  }
  // No bounding box or sphere here: the loader measures them while it merges the body's
  // triangles (model-loader.ts), in the one pass over every vertex it makes anyway.
  return geometry;
}

function applyTransform(object: Object3D, node: GltfNode): void {
  if (node.matrix) {
    new Matrix4().fromArray(node.matrix).decompose(object.position, object.quaternion, object.scale);
    return;
  }
  if (node.translation) object.position.copy(new Vector3().fromArray(node.translation));
  if (node.rotation) object.quaternion.copy(new Quaternion().fromArray(node.rotation));
  if (node.scale) object.scale.copy(new Vector3().fromArray(node.scale));
}
