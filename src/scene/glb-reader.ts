import { BufferAttribute, BufferGeometry, Group, Matrix4, Mesh, Object3D, Quaternion, Vector3 } from 'three';

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

export class GlbFormatError extends Error {
  override name = 'GlbFormatError';
}

interface GltfJson {
  asset?: { version?: string };
  scene?: number;
  scenes?: { nodes?: number[] }[];
  nodes?: GltfNode[];
  meshes?: { name?: string; primitives: GltfPrimitive[] }[];
  accessors?: GltfAccessor[];
  bufferViews?: GltfBufferView[];
  buffers?: { byteLength: number; uri?: string }[];
  extensionsRequired?: string[];
}
interface GltfNode {
  name?: string;
  children?: number[];
  mesh?: number;
  matrix?: number[];
  translation?: number[];
  rotation?: number[];
  scale?: number[];
}
interface GltfPrimitive {
  attributes: Record<string, number>;
  indices?: number;
  mode?: number;
}
interface GltfAccessor {
  bufferView?: number;
  byteOffset?: number;
  componentType: number;
  normalized?: boolean;
  count: number;
  type: string;
  sparse?: unknown;
}
interface GltfBufferView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride?: number;
  extensions?: {
    EXT_meshopt_compression?: {
      buffer: number;
      byteOffset?: number;
      byteLength: number;
      byteStride: number;
      count: number;
      mode: string;
      filter?: string;
    };
  };
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

/** Parse a .glb into a three.js node tree. Throws GlbFormatError with a readable reason. */
export async function readGlb(
  data: ArrayBuffer,
  decoder: MeshoptDecoderLike | null | (() => Promise<MeshoptDecoderLike | null>),
): Promise<Object3D> {
  const { json, bin } = splitChunks(data);
  const unsupported = (json.extensionsRequired ?? []).filter((name) => !SUPPORTED_EXTENSIONS.has(name));
  if (unsupported.length) throw new GlbFormatError(`it needs glTF extensions this widget does not read: ${unsupported.join(', ')}`);
  const needsMeshopt = (json.bufferViews ?? []).some((view) => view.extensions?.EXT_meshopt_compression);
  // A function is called only when the file needs the decoder (it may import and probe WebAssembly).
  const meshopt = typeof decoder === 'function' ? (needsMeshopt ? await decoder() : null) : decoder;
  if (needsMeshopt) {
    if (!meshopt?.supported) throw new GlbFormatError('it is meshopt-compressed and this page cannot run the decoder (WebAssembly is blocked)');
    await meshopt.ready;
  }
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
  const meshGeometries = (index: number): BufferGeometry[] => {
    let list = geometries.get(index);
    if (!list) {
      const mesh = json.meshes?.[index];
      if (!mesh) throw new GlbFormatError(`node refers to mesh ${index}, which does not exist`);
      list = mesh.primitives.map((primitive) => buildGeometry(json, primitive, viewBytes));
      geometries.set(index, list);
    }
    return list;
  };

  const root = new Group();
  const sceneNodes = json.scenes?.[json.scene ?? 0]?.nodes ?? [];
  const visiting = new Set<number>();
  const buildNode = (index: number): Object3D => {
    const node = json.nodes?.[index];
    if (!node) throw new GlbFormatError(`node ${index} does not exist`);
    if (visiting.has(index)) throw new GlbFormatError(`node ${index} is its own ancestor`);
    visiting.add(index);
    const object = new Group();
    object.name = node.name ?? '';
    applyTransform(object, node);
    if (node.mesh !== undefined) {
      for (const geometry of meshGeometries(node.mesh)) object.add(new Mesh(geometry));
    }
    for (const child of node.children ?? []) object.add(buildNode(child));
    visiting.delete(index);
    return object;
  };
  for (const index of sceneNodes) root.add(buildNode(index));
  return root;
}

function splitChunks(data: ArrayBuffer): { json: GltfJson; bin: Uint8Array | null } {
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
      try {
        json = JSON.parse(new TextDecoder().decode(new Uint8Array(data, start, length))) as GltfJson;
      } catch {
        throw new GlbFormatError('its JSON chunk is not valid JSON');
      }
    } else if (type === 0x004e4942) {
      bin = new Uint8Array(data, start, length);
    }
    offset = start + length;
  }
  if (!json) throw new GlbFormatError('it has no JSON chunk');
  return { json, bin };
}

function bufferBytes(json: GltfJson, index: number, bin: Uint8Array | null): Uint8Array {
  const buffer = json.buffers?.[index];
  if (!buffer) throw new GlbFormatError(`buffer ${index} does not exist`);
  if (buffer.uri !== undefined) throw new GlbFormatError('external buffers are not supported: use a single .glb');
  if (!bin) throw new GlbFormatError('it has no binary chunk');
  return bin;
}

function decodeBufferView(json: GltfJson, index: number, bin: Uint8Array | null, meshopt: MeshoptDecoderLike | null): Uint8Array {
  const view = json.bufferViews?.[index];
  if (!view) throw new GlbFormatError(`buffer view ${index} does not exist`);
  const compressed = view.extensions?.EXT_meshopt_compression;
  if (compressed && meshopt) {
    const source = bufferBytes(json, compressed.buffer, bin);
    const start = compressed.byteOffset ?? 0;
    const target = new Uint8Array(compressed.count * compressed.byteStride);
    meshopt.decodeGltfBuffer(
      target,
      compressed.count,
      compressed.byteStride,
      source.subarray(start, start + compressed.byteLength),
      compressed.mode,
      compressed.filter,
    );
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
  const accessor = json.accessors?.[index];
  if (!accessor) throw new GlbFormatError(`accessor ${index} does not exist`);
  const Component = COMPONENT[accessor.componentType];
  const itemSize = ITEM_SIZE[accessor.type];
  if (!Component || !itemSize) throw new GlbFormatError(`accessor ${index} has an unsupported type`);
  if (accessor.sparse || accessor.bufferView === undefined) throw new GlbFormatError(`accessor ${index} is sparse or empty`);
  const bytes = viewBytes(accessor.bufferView);
  const elementBytes = Component.BYTES_PER_ELEMENT * itemSize;
  const stride = json.bufferViews?.[accessor.bufferView]?.byteStride || elementBytes;
  const offset = accessor.byteOffset ?? 0;
  if (offset + stride * (accessor.count - 1) + elementBytes > bytes.byteLength) {
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

function buildGeometry(json: GltfJson, primitive: GltfPrimitive, viewBytes: (index: number) => Uint8Array): BufferGeometry {
  if ((primitive.mode ?? 4) !== 4) throw new GlbFormatError('only triangle meshes are supported');
  if (primitive.attributes.POSITION === undefined) throw new GlbFormatError('a mesh has no POSITION attribute');
  const geometry = new BufferGeometry();
  for (const [gltfName, threeName] of Object.entries(ATTRIBUTE_NAMES)) {
    const accessorIndex = primitive.attributes[gltfName];
    if (accessorIndex === undefined) continue;
    const { array, itemSize, normalized } = readAccessor(json, accessorIndex, viewBytes);
    geometry.setAttribute(threeName, new BufferAttribute(array, itemSize, normalized));
  }
  if (primitive.indices !== undefined) {
    const { array } = readAccessor(json, primitive.indices, viewBytes);
    geometry.setIndex(new BufferAttribute(array instanceof Uint8Array ? Uint16Array.from(array) : array, 1));
  }
  if (!geometry.attributes.normal) geometry.computeVertexNormals();
  // No bounding box or sphere: the loader measures the merged body once, and the body is
  // never frustum-culled (two more passes over every vertex on the main thread).
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
