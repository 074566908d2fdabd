/**
 * One structure's solid to a mesh, with the body's own pipeline: marching tetrahedra,
 * Taubin smoothing, meshoptimizer simplification, vertices put back on the implicit
 * surface, normals from the field's gradient.
 */
import { Field } from '../field/field.js';
import { fieldNormals, projectToSurface, simplify } from '../mesh/refine.js';
import { taubinSmooth } from '../mesh/smooth.js';
import { meshField } from '../mesh/tetra-mesher.js';
import { vertexAdjacency } from '../mesh/topology.js';
import type { StructureDef } from './structure.js';

/** Largest deviation simplification may introduce (m): half a millimetre, under what shows at arm's length. */
export const SIMPLIFY_ERROR = 0.0005;

export interface StructureMesh {
  positions: Float32Array<ArrayBuffer>;
  normals: Float32Array<ArrayBuffer>;
  indices: Uint32Array<ArrayBuffer>;
}

export async function meshStructure(def: StructureDef): Promise<StructureMesh> {
  // Where two thin parts nearly touch, simplification can still join their sheets at one
  // grid; a slightly finer grid puts the samples elsewhere. Deterministic either way.
  let lastError: unknown = null;
  for (const factor of [1, 0.85, 0.7]) {
    try {
      return await meshAt(def, def.cell * factor);
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`structure ${def.name}: ${(lastError as Error).message}`);
}

async function meshAt(def: StructureDef, cell: number): Promise<StructureMesh> {
  const field = new Field(def.ops);
  const dense = meshField(field, { cell });
  if (dense.indices.length === 0) throw new Error(`structure ${def.name} came out empty`);
  taubinSmooth(dense.positions, vertexAdjacency(dense.positions.length / 3, dense.indices), 3);
  // Small structures keep more of their triangles; long bones lose most (they are smooth).
  const target = Math.max(240, Math.round(dense.indices.length / 3 / 24));
  const simple = await simplify(dense.positions, dense.indices, target, SIMPLIFY_ERROR);
  projectToSurface(field, simple.positions, 2, cell);
  const normals = fieldNormals(field, simple.positions);
  return { positions: Float32Array.from(simple.positions), normals, indices: simple.indices };
}

/** The same mesh on the other side: x negated, winding reversed, normals mirrored. */
export function mirrored(mesh: StructureMesh): StructureMesh {
  const positions = Float32Array.from(mesh.positions);
  const normals = Float32Array.from(mesh.normals);
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i];
    normals[i] = -normals[i];
  }
  const indices = Uint32Array.from(mesh.indices);
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1];
    indices[t + 1] = indices[t + 2];
    indices[t + 2] = b;
  }
  return { positions, normals, indices };
}
