/**
 * Module worker: builds a skin's query index (BVH, corners, normals) off the page's main
 * thread, where it would be one task of hundreds of milliseconds on a phone. Receives the
 * mesh, answers with the index's typed arrays (transferred, not copied).
 */
import { buildSurfaceIndex } from './surface-index.js';

export interface SurfaceRequest {
  positions: Float32Array;
  indices: Uint32Array;
}

export type SurfaceReply = { ok: true; index: ReturnType<typeof buildSurfaceIndex> } | { ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SurfaceRequest>) => void) | null;
  postMessage(message: SurfaceReply, transfer: Transferable[]): void;
};

scope.onmessage = ({ data }) => {
  try {
    const index = buildSurfaceIndex(data.positions, data.indices);
    const { bvh } = index;
    scope.postMessage({ ok: true, index }, [
      bvh.bounds.buffer,
      bvh.info.buffer,
      bvh.triangles.buffer,
      bvh.triangleIds.buffer,
      index.corners.buffer,
      index.vertexNormals.buffer,
    ]);
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }, []);
  }
};
