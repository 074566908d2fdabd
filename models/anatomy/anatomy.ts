/**
 * The anatomy generator: every structure placed from the body's landmarks and skin, meshed
 * with the body's own pipeline, written as anatomy.glb (quantized, meshopt-compressed). There is
 * no WebAssembly-free variant: it would be twice the size, and the widget says so instead.
 * Deterministic: the same body and source give the same bytes (a test checks).
 */
import { createIO, writeMeshopt } from '../gltf.js';
import type { BodyData } from '../read-body.js';
import { anatomyDocument, type NamedMesh } from './anatomy-gltf.js';
import { BodyProbe } from './body-probe.js';
import { meshStructure, mirrored } from './mesh-structure.js';
import { legBones } from './leg.js';
import { nervesAndVessels } from './nerves-vessels.js';
import { pelvisAndThigh } from './pelvis.js';
import { spine } from './spine.js';
import { trunkStructures } from './trunk.js';
import type { StructureDef } from './structure.js';

export interface GeneratedAnatomy {
  glb: Uint8Array;
  stats: { structures: number; triangles: number; seconds: number };
}

export function anatomyStructures(body: BodyProbe): StructureDef[] {
  return [...spine(body), ...pelvisAndThigh(body), ...legBones(body), ...trunkStructures(body), ...nervesAndVessels(body)];
}

export async function generateAnatomy(body: BodyData, options: { log?: (line: string) => void; only?: string[] } = {}): Promise<GeneratedAnatomy> {
  const log = options.log ?? (() => {});
  const start = performance.now();
  const probe = new BodyProbe(body);
  let defs = anatomyStructures(probe);
  if (options.only) defs = defs.filter((d) => options.only!.some((o) => d.name.startsWith(o)));
  const meshes: NamedMesh[] = [];
  let triangles = 0;
  for (const def of defs) {
    const t0 = performance.now();
    const mesh = await meshStructure(def);
    const count = mesh.indices.length / 3;
    if (def.side === 'left') {
      meshes.push({ name: `${def.name}-left`, group: def.group, mesh });
      meshes.push({ name: `${def.name}-right`, group: def.group, mesh: mirrored(mesh) });
      triangles += 2 * count;
    } else {
      meshes.push({ name: def.name, group: def.group, mesh });
      triangles += count;
    }
    log(`${def.name}: ${count} triangles (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const doc = await anatomyDocument(meshes);
  const io = await createIO();
  const glb = await writeMeshopt(io, doc);
  return { glb, stats: { structures: meshes.length, triangles, seconds: (performance.now() - start) / 1000 } };
}
