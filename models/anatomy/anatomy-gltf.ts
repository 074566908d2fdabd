/**
 * Writing the anatomy as glTF binary: one node per structure, grouped under one node per
 * kind (`bone`, `cartilage`, `nerve`, `artery`, `vein`, `organ`) with the atlas colour of
 * that kind as its material, quantized and meshopt-compressed like body.glb.
 */
import { Document, type Material } from '@gltf-transform/core';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { StructureMesh } from './mesh-structure.js';
import type { StructureGroup } from './structure.js';

/** Atlas colours (sRGB): ivory bone, blue-grey cartilage, yellow nerve, red artery, blue vein, brown-red kidney. */
export const GROUP_COLOURS: Record<StructureGroup, [number, number, number]> = {
  bone: [0.93, 0.89, 0.8],
  cartilage: [0.7, 0.8, 0.86],
  nerve: [0.98, 0.82, 0.2],
  artery: [0.82, 0.16, 0.14],
  vein: [0.22, 0.35, 0.75],
  organ: [0.62, 0.27, 0.22],
};
export const GROUP_ORDER: StructureGroup[] = ['bone', 'cartilage', 'organ', 'nerve', 'artery', 'vein'];

/**
 * 14 bits per coordinate over each structure's own box (at most about 0.5 m) is a step of
 * 0.03 mm, far below what shows; fewer bits than the body's 16 compress much better.
 */
const POSITION_BITS = 14;
const NORMAL_BITS = 8;

const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export interface NamedMesh {
  name: string;
  group: StructureGroup;
  mesh: StructureMesh;
}

export async function anatomyDocument(meshes: NamedMesh[]): Promise<Document> {
  const doc = new Document();
  doc.getRoot().getAsset().generator = 'acupoint-map models/generate-anatomy.ts (gltf-transform)';
  const buffer = doc.createBuffer();
  const scene = doc.createScene('anatomy');
  const materials = new Map<StructureGroup, Material>();
  const groups = new Map<StructureGroup, ReturnType<Document['createNode']>>();
  for (const group of GROUP_ORDER) {
    if (!meshes.some((m) => m.group === group)) continue;
    const c = GROUP_COLOURS[group];
    materials.set(
      group,
      doc
        .createMaterial(group)
        .setBaseColorFactor([srgbToLinear(c[0]), srgbToLinear(c[1]), srgbToLinear(c[2]), 1])
        .setRoughnessFactor(group === 'bone' ? 0.75 : 0.55)
        .setMetallicFactor(0),
    );
    const node = doc.createNode(group);
    scene.addChild(node);
    groups.set(group, node);
  }
  for (const { name, group, mesh } of meshes) {
    const position = doc.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer);
    const normal = doc.createAccessor().setType('VEC3').setArray(mesh.normals).setBuffer(buffer);
    const index = doc.createAccessor().setType('SCALAR').setArray(mesh.indices).setBuffer(buffer);
    const prim = doc.createPrimitive().setAttribute('POSITION', position).setAttribute('NORMAL', normal).setIndices(index).setMaterial(materials.get(group)!);
    groups.get(group)!.addChild(doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim)));
  }
  doc.getRoot().setDefaultScene(scene);
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ quantizePosition: POSITION_BITS, quantizeNormal: NORMAL_BITS }),
  );
  return doc;
}
