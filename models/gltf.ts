/**
 * Writing the figure as glTF binary with gltf-transform: one mesh node `body` with a
 * matte skin material, and a `landmarks` node whose empty children carry the landmark
 * positions as translations.
 *
 * Two files come out of one quantized document (KHR_mesh_quantization): body.glb adds
 * EXT_meshopt_compression (decoded by three's MeshoptDecoder), body.quantized.glb does
 * not, for pages whose Content-Security-Policy forbids WebAssembly. Both decode to the
 * same positions and triangles.
 */
import { Document, Extension, NodeIO, type Node, type ReaderContext, type WriterContext } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

/** Light warm skin tone in sRGB, as a clinic's anatomical mannequin. */
const SKIN_SRGB: [number, number, number] = [0.9, 0.76, 0.66];
export const SKIN_ROUGHNESS = 0.7;

export const POSITION_BITS = 16;
export const NORMAL_BITS = 8;

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export async function createIO(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization, MSFTLod])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

/** A document holding the body mesh only, quantized and reordered for compression. */
export async function quantizedBodyDocument(
  positions: Float32Array<ArrayBuffer>,
  normals: Float32Array<ArrayBuffer>,
  indices: Uint32Array<ArrayBuffer>,
): Promise<Document> {
  const doc = new Document();
  doc.getRoot().getAsset().generator = 'acupoint-map models/generate.ts (gltf-transform)';
  const buffer = doc.createBuffer();
  const position = doc.createAccessor('position').setType('VEC3').setArray(positions).setBuffer(buffer);
  const normal = doc.createAccessor('normal').setType('VEC3').setArray(normals).setBuffer(buffer);
  const index = doc.createAccessor('index').setType('SCALAR').setArray(indices).setBuffer(buffer);
  const material = doc
    .createMaterial('skin')
    .setBaseColorFactor([...SKIN_SRGB.map(srgbToLinear), 1] as [number, number, number, number])
    .setRoughnessFactor(SKIN_ROUGHNESS)
    .setMetallicFactor(0);
  const prim = doc.createPrimitive().setAttribute('POSITION', position).setAttribute('NORMAL', normal).setIndices(index).setMaterial(material);
  const mesh = doc.createMesh('body').addPrimitive(prim);
  const node = doc.createNode('body').setMesh(mesh);
  doc.createScene('figure').addChild(node);
  doc.getRoot().setDefaultScene(doc.getRoot().listScenes()[0]);
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ quantizePosition: POSITION_BITS, quantizeNormal: NORMAL_BITS }),
  );
  return doc;
}

/**
 * MSFT_lod (https://github.com/KhronosGroup/glTF/tree/main/extensions/2.0/Vendor/MSFT_lod):
 * a node names lighter stand-ins for itself, nodes outside every scene. A viewer that does
 * not know the extension draws the node as it is and never sees the stand-ins (model-viewer
 * and three's GLTFLoader among them); the widget draws the lighter one while the view
 * moves (src/scene/glb-reader.ts).
 */
export class MSFTLod extends Extension {
  static override EXTENSION_NAME = 'MSFT_lod';
  override readonly extensionName = 'MSFT_lod';
  /** Each node's stand-ins, from more to less detail. */
  private readonly lods = new Map<Node, Node[]>();

  setLods(node: Node, lods: Node[]): this {
    this.lods.set(node, lods);
    return this;
  }

  listLods(node: Node): Node[] {
    return this.lods.get(node) ?? [];
  }

  override read(context: ReaderContext): this {
    (context.jsonDoc.json.nodes ?? []).forEach((def, index) => {
      const ids = (def.extensions?.MSFT_lod as { ids?: number[] } | undefined)?.ids;
      if (ids?.length) this.lods.set(context.nodes[index], ids.map((id) => context.nodes[id]));
    });
    return this;
  }

  override write(context: WriterContext): this {
    const nodes = context.jsonDoc.json.nodes ?? [];
    for (const [node, lods] of this.lods) {
      const def = nodes[context.nodeIndexMap.get(node)!];
      def.extensions = { ...def.extensions, MSFT_lod: { ids: lods.map((lod) => context.nodeIndexMap.get(lod)!) } };
    }
    return this;
  }
}

/**
 * Give the body node a lighter stand-in (MSFT_lod) drawn while the view moves: `indices`
 * are triangles over the body's own vertices, so the two share the position and normal
 * accessors and the file grows by one index accessor only.
 */
export async function addMovingDetail(doc: Document, triangles: Uint32Array): Promise<void> {
  const indices = await inVertexCacheOrder(triangles);
  const node = bodyNode(doc);
  const prim = node.getMesh()!.listPrimitives()[0];
  const buffer = doc.getRoot().listBuffers()[0];
  // The same index type as the body's (16 bits while it has fewer than 65,536 vertices).
  const array = prim.getIndices()!.getArray() instanceof Uint16Array ? Uint16Array.from(indices) : Uint32Array.from(indices);
  const index = doc.createAccessor('moving-index').setType('SCALAR').setArray(array).setBuffer(buffer);
  const lighter = doc
    .createPrimitive()
    .setAttribute('POSITION', prim.getAttribute('POSITION'))
    .setAttribute('NORMAL', prim.getAttribute('NORMAL'))
    .setIndices(index)
    .setMaterial(prim.getMaterial());
  const lod = doc
    .createNode('body-moving')
    .setMesh(doc.createMesh('body-moving').addPrimitive(lighter))
    .setTranslation(node.getTranslation())
    .setRotation(node.getRotation())
    .setScale(node.getScale());
  doc.createExtension(MSFTLod).setLods(node, [lod]);
}

/**
 * The same triangles, reordered for the GPU's vertex cache (meshoptimizer), the vertices
 * numbered as before (they are shared with the body). The simplifier's order cost a software
 * rasteriser more vertex work and compressed worse (32.4 KB of indices, 27.8 KB reordered).
 */
async function inVertexCacheOrder(triangles: Uint32Array): Promise<Uint32Array> {
  await MeshoptEncoder.ready;
  const reordered = Uint32Array.from(triangles);
  // reorderMesh also renumbers the vertices it sees (remap: old -> new); undone here.
  const [remap] = MeshoptEncoder.reorderMesh(reordered, true, false);
  const oldOf = new Uint32Array(remap.length);
  remap.forEach((to, from) => {
    if (to !== 0xffffffff) oldOf[to] = from;
  });
  return reordered.map((v) => oldOf[v]);
}

/** Positions and triangles as they decode: quantized values through the node's transform. */
export function decodedBody(doc: Document): { positions: Float32Array; indices: Uint32Array } {
  const node = bodyNode(doc);
  const prim = node.getMesh()!.listPrimitives()[0];
  const acc = prim.getAttribute('POSITION')!;
  const m = node.getWorldMatrix();
  const n = acc.getCount();
  const positions = new Float32Array(n * 3);
  const e: number[] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    acc.getElement(i, e);
    positions[i * 3] = m[0] * e[0] + m[4] * e[1] + m[8] * e[2] + m[12];
    positions[i * 3 + 1] = m[1] * e[0] + m[5] * e[1] + m[9] * e[2] + m[13];
    positions[i * 3 + 2] = m[2] * e[0] + m[6] * e[1] + m[10] * e[2] + m[14];
  }
  const indices = Uint32Array.from(prim.getIndices()!.getArray()!);
  return { positions, indices };
}

function bodyNode(doc: Document): Node {
  const node = doc.getRoot().listNodes().find((n) => n.getName() === 'body');
  if (!node) throw new Error('no node named "body"');
  return node;
}

/** Adds the `landmarks` node with one empty child per landmark (sorted by name). */
export function addLandmarkNodes(doc: Document, landmarks: Record<string, { x: number; y: number; z: number }>): void {
  const parent = doc.createNode('landmarks');
  for (const name of Object.keys(landmarks).sort()) {
    const p = landmarks[name];
    parent.addChild(doc.createNode(name).setTranslation([p.x, p.y, p.z]));
  }
  doc.getRoot().listScenes()[0].addChild(parent);
}

export async function writeQuantizedOnly(io: NodeIO, doc: Document): Promise<Uint8Array> {
  return io.writeBinary(doc);
}

/** Writes with EXT_meshopt_compression; `doc` is left with the extension attached. */
export async function writeMeshopt(io: NodeIO, doc: Document): Promise<Uint8Array> {
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  return io.writeBinary(doc);
}
