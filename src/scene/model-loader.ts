import { Box3, BufferGeometry, Mesh, Vector3, type Material, type Object3D } from 'three';
import type { BodyLandmarks } from '../catalogue/types.js';
import { readGlb, type MeshoptDecoderLike } from './glb-reader.js';
import { yieldToMain } from '../yield-to-main.js';

export interface LoadedBody {
  /** The figure, ready to add to a scene (model space: metres, y up, facing +z). */
  root: Object3D;
  /** Named skin points from the model's `landmarks` node, in model space. */
  landmarks: BodyLandmarks;
  /** Skin triangles in model space, for placing points, occlusion and picking. */
  positions: Float32Array;
  indices: Uint32Array;
  bounds: { min: Vector3; max: Vector3 };
  /** Frees every geometry, material and texture of the model. */
  dispose(): void;
}

export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
}

let wasmAllowed: boolean | null = null;

/**
 * Whether this page may compile WebAssembly. A strict Content-Security-Policy without
 * 'wasm-unsafe-eval' forbids it, and the meshopt decoder needs it. There is no way to ask
 * without trying, and on such a page the try itself is reported as a CSP violation (a
 * `securitypolicyviolation` event, a console message, a report if the page collects them),
 * so the answer is kept: one try per page, and only when a model needs the decoder.
 */
export function canCompileWasm(): boolean {
  if (wasmAllowed === null) {
    try {
      // The smallest valid module: magic number and version.
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      wasmAllowed = true;
    } catch {
      wasmAllowed = false;
    }
  }
  return wasmAllowed;
}

/**
 * The meshopt decoder, imported on first use: its module starts compiling WebAssembly as
 * soon as it is evaluated, which a strict CSP page would report as an error.
 */
export function meshoptDecoder(): Promise<MeshoptDecoderLike> {
  return import('three/addons/libs/meshopt_decoder.module.js').then((module) => module.MeshoptDecoder as MeshoptDecoderLike);
}

/** Load a body model (.glb). Rejects with a ModelLoadError that says what failed. */
export async function loadBody(url: string, signal?: AbortSignal): Promise<LoadedBody> {
  let buffer: ArrayBuffer;
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) {
      throw new ModelLoadError(`Body model ${url} could not be loaded: HTTP ${response.status}.`);
    }
    buffer = await response.arrayBuffer();
  } catch (error) {
    if (error instanceof ModelLoadError || (error as Error).name === 'AbortError') throw error;
    throw new ModelLoadError(`Body model ${url} could not be loaded: ${(error as Error).message}.`);
  }

  let scene: Object3D;
  try {
    // Asked only for meshopt-compressed files: a quantised-only model never probes WebAssembly.
    scene = await readGlb(buffer, async () => (canCompileWasm() ? meshoptDecoder() : null));
  } catch (error) {
    const reason = (error as Error).message || String(error);
    throw new ModelLoadError(`Body model ${url} is not a usable glTF file: ${reason}.`);
  }
  // Decoding and merging the triangles are separate tasks: neither alone blocks the page long.
  await yieldToMain();
  return extractBody(scene, url);
}

function extractBody(scene: Object3D, url: string): LoadedBody {
  scene.updateMatrixWorld(true);
  const meshes: Mesh[] = [];
  scene.traverse((object) => {
    if ((object as Mesh).isMesh) meshes.push(object as Mesh);
  });
  if (meshes.length === 0) {
    throw new ModelLoadError(`Body model ${url} contains no mesh.`);
  }

  const landmarks: BodyLandmarks = {};
  const landmarkRoot = scene.getObjectByName('landmarks');
  const world = new Vector3();
  for (const child of landmarkRoot?.children ?? []) {
    child.getWorldPosition(world);
    landmarks[child.name] = { x: world.x, y: world.y, z: world.z };
  }

  const { positions, indices } = mergeWorldTriangles(meshes);
  // The meshes' box, from the merged vertices (three's setFromObject walks every vertex
  // again through a slower per-vertex path).
  const box = new Box3().setFromArray(positions);
  return {
    root: scene,
    landmarks,
    positions,
    indices,
    bounds: { min: box.min.clone(), max: box.max.clone() },
    dispose: () => disposeObject(scene),
  };
}

/** All meshes' triangles in model space, dequantised, as one indexed soup. */
function mergeWorldTriangles(meshes: Mesh[]): { positions: Float32Array; indices: Uint32Array } {
  let vertexCount = 0;
  let indexCount = 0;
  for (const mesh of meshes) {
    const geometry = mesh.geometry as BufferGeometry;
    vertexCount += geometry.attributes.position.count;
    indexCount += geometry.index ? geometry.index.count : geometry.attributes.position.count;
  }
  const positions = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCount);
  let vertexOffset = 0;
  let indexOffset = 0;
  for (const mesh of meshes) {
    const geometry = mesh.geometry as BufferGeometry;
    const position = geometry.attributes.position;
    // The world matrix written out, not Vector3.applyMatrix4 per vertex: this loop runs on
    // the page's main thread for every vertex of the body.
    const [m0, m1, m2, , m4, m5, m6, , m8, m9, m10, , m12, m13, m14] = mesh.matrixWorld.elements;
    for (let i = 0, o = vertexOffset * 3; i < position.count; i++, o += 3) {
      // getX/Y/Z undo the attribute's quantisation (normalised integers).
      const x = position.getX(i), y = position.getY(i), z = position.getZ(i);
      positions[o] = m0 * x + m4 * y + m8 * z + m12;
      positions[o + 1] = m1 * x + m5 * y + m9 * z + m13;
      positions[o + 2] = m2 * x + m6 * y + m10 * z + m14;
    }
    const index = geometry.index;
    const count = index ? index.count : position.count;
    if (index) {
      const source = index.array;
      for (let i = 0; i < count; i++) indices[indexOffset + i] = vertexOffset + source[i];
    } else {
      for (let i = 0; i < count; i++) indices[indexOffset + i] = vertexOffset + i;
    }
    vertexOffset += position.count;
    indexOffset += count;
  }
  return { positions, indices };
}

/** Dispose geometries, materials and their textures below `root`. */
export function disposeObject(root: Object3D): void {
  root.traverse((object) => {
    const mesh = object as Mesh;
    mesh.geometry?.dispose();
    const materials = mesh.material ? ([] as Material[]).concat(mesh.material) : [];
    for (const material of materials) {
      for (const value of Object.values(material)) {
        if (value && typeof value === 'object' && 'isTexture' in value) {
          (value as { dispose(): void }).dispose();
        }
      }
      material.dispose();
    }
  });
}
