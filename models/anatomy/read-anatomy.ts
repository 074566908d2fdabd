/**
 * Node-side reader for the anatomy model, for tests and tools: each structure's mesh in
 * model space (node transforms applied), by node name, with its group.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createIO } from '../gltf.js';

export interface AnatomyStructure {
  name: string;
  group: string;
  positions: Float32Array;
  indices: Uint32Array;
}

export const SHIPPED_ANATOMY_URL = new URL('../anatomy.glb', import.meta.url);

export async function readAnatomy(bytes: Uint8Array): Promise<Map<string, AnatomyStructure>> {
  const io = await createIO();
  const doc = await io.readBinary(bytes);
  const out = new Map<string, AnatomyStructure>();
  for (const groupNode of doc.getRoot().getDefaultScene()!.listChildren()) {
    for (const node of groupNode.listChildren()) {
      const prim = node.getMesh()?.listPrimitives()[0];
      if (!prim) continue;
      const acc = prim.getAttribute('POSITION')!;
      const m = node.getWorldMatrix();
      const positions = new Float32Array(acc.getCount() * 3);
      const e = [0, 0, 0];
      for (let i = 0; i < acc.getCount(); i++) {
        acc.getElement(i, e);
        positions[i * 3] = m[0] * e[0] + m[4] * e[1] + m[8] * e[2] + m[12];
        positions[i * 3 + 1] = m[1] * e[0] + m[5] * e[1] + m[9] * e[2] + m[13];
        positions[i * 3 + 2] = m[2] * e[0] + m[6] * e[1] + m[10] * e[2] + m[14];
      }
      out.set(node.getName(), { name: node.getName(), group: groupNode.getName(), positions, indices: Uint32Array.from(prim.getIndices()!.getArray()!) });
    }
  }
  return out;
}

export async function readShippedAnatomy(): Promise<Map<string, AnatomyStructure>> {
  return readAnatomy(new Uint8Array(await readFile(fileURLToPath(SHIPPED_ANATOMY_URL))));
}
