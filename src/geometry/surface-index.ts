/**
 * Building a skin's query index (BVH, triangle corners in BVH order, vertex normals): what
 * the surface worker runs, and what the page runs itself only when no worker can (in
 * slices, surface-builder.ts) or for a small mesh (the anatomy's structures). A module of
 * its own so the 3D stage, which gets the index from the worker, does not carry it too.
 */
import { bvhSteps } from './bvh.js';
import { TriangleSurface, type SurfaceIndex } from './triangle-surface.js';
import { computeVertexNormals } from './vertex-normals.js';

/** Builds the index, pausing (yielding) now and then so a caller can spread it over tasks. */
export function* surfaceIndexSteps(positions: ArrayLike<number>, indices: ArrayLike<number>): Generator<void, SurfaceIndex, void> {
  const bvh = yield* bvhSteps(positions, indices);
  const triangleCount = indices.length / 3;
  const corners = new Uint32Array(indices.length);
  const ids = bvh.triangleIds;
  for (let i = 0; i < triangleCount; i++) {
    const t = ids[i];
    corners[3 * i] = indices[3 * t];
    corners[3 * i + 1] = indices[3 * t + 1];
    corners[3 * i + 2] = indices[3 * t + 2];
  }
  yield;
  const vertexNormals = computeVertexNormals(positions, indices);
  return { bvh, corners, vertexNormals };
}

/** The index built in one go. */
export function buildSurfaceIndex(positions: ArrayLike<number>, indices: ArrayLike<number>): SurfaceIndex {
  const steps = surfaceIndexSteps(positions, indices);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A mesh's surface, its index built here at once (Node, tests, small meshes). */
export function surfaceOf(positions: ArrayLike<number>, indices: ArrayLike<number>): TriangleSurface {
  return new TriangleSurface(buildSurfaceIndex(positions, indices));
}
