import { Box3, BufferGeometry, Mesh, Sphere, Vector3, type Material, type Object3D } from 'three';
import type { BodyLandmarks } from '../catalogue/types.js';
import { FetchFileError, fetchFile } from '../net/fetch-file.js';
import { GlbFormatError, readGlb, type MeshoptDecoderLike } from './glb-reader.js';
import { runInSlices, yieldToMain } from '../yield-to-main.js';
import { hasWasmSimd } from './wasm-simd.js';

export interface LoadedBody {
  /** The figure, ready to add to a scene (model space: metres, y up, facing +z). */
  root: Object3D;
  /** Named skin points from the model's `landmarks` node, in model space. */
  landmarks: BodyLandmarks;
  /** Skin triangles in model space, for placing points, occlusion and picking. */
  positions: Float32Array;
  indices: Uint32Array;
  bounds: { min: Vector3; max: Vector3 };
  /**
   * Draw the lighter stand-ins (MSFT_lod, see models/README.md) instead of the meshes they
   * stand in for (true), or the full figure (false). A model without stand-ins stays as it is.
   */
  showMoving(moving: boolean): void;
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
  // Only the WebAssembly build this browser runs is fetched (wasm-simd.ts).
  const decoder = hasWasmSimd() ? import('./meshopt-simd.js') : import('./meshopt-base.js');
  return decoder.then((module) => module.MeshoptDecoder as MeshoptDecoderLike);
}

/** The largest .glb file the widget fetches (README, "Limits"); the shipped body is 251 KB. */
export const MODEL_FILE_BYTES = 32 * 1024 * 1024;

export interface LoadBodyOptions {
  signal?: AbortSignal;
  /**
   * Landmarks the current points need that `landmarks` lacks (the element asks the
   * catalogue). A model missing any is refused, so the body shown before stays.
   */
  missingLandmarks?: (landmarks: BodyLandmarks) => string[];
}

const HTML_ANSWER =
  'the server answered with an HTML page instead of the .glb file (a host that serves index.html for unknown paths does this when the file was not deployed)';

/**
 * Hosts with a single-page-app fallback answer a missing file with index.html and status
 * 200; reading that as glTF would blame the file's format instead of its absence.
 */
function isHtmlPage(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return /^<(!doctype|html|head|body|!--)/i.test(start);
}

/** Load a body model (.glb). Rejects with a ModelLoadError that says what failed. */
export async function loadBody(url: string, { signal, missingLandmarks }: LoadBodyOptions = {}): Promise<LoadedBody> {
  let bytes: Uint8Array;
  try {
    bytes = await fetchFile(url, { what: 'Body model', maxBytes: MODEL_FILE_BYTES, signal });
  } catch (error) {
    if (error instanceof FetchFileError) throw new ModelLoadError(error.message);
    throw error;
  }
  if (isHtmlPage(bytes)) throw new ModelLoadError(`Body model ${url} is missing: ${HTML_ANSWER}.`);
  return bodyFromGlb(bytes, url, missingLandmarks);
}

/** The body in a .glb's bytes, checked as loadBody does; `url` names it in messages. */
export async function bodyFromGlb(
  bytes: Uint8Array,
  url: string,
  missingLandmarks?: (landmarks: BodyLandmarks) => string[],
): Promise<LoadedBody> {
  let scene: Object3D;
  try {
    // Asked only for meshopt-compressed files: a quantised-only model never probes WebAssembly.
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    scene = await readGlb(buffer as ArrayBuffer, async () => (canCompileWasm() ? meshoptDecoder() : null));
  } catch (error) {
    // Anything else thrown while reading is a gap in the reader's checks: say it plainly.
    const reason = error instanceof GlbFormatError ? error.message : 'its contents could not be read';
    throw new ModelLoadError(`Body model ${url} is not a usable glTF file: ${reason}.`);
  }
  // Decoding and merging the triangles are separate tasks, and each runs in slices.
  await yieldToMain();
  const body = await runInSlices(bodySteps(scene, url));
  const missing = missingLandmarks?.(body.landmarks) ?? [];
  if (missing.length) {
    body.dispose();
    const list = missing.length > 6 ? `${missing.slice(0, 6).join(', ')} and ${missing.length - 6} more` : missing.join(', ');
    throw new ModelLoadError(
      `Body model ${url} cannot carry the points: it has no landmark ${list} (see the landmark list in models/README.md).`,
    );
  }
  return body;
}

function* bodySteps(scene: Object3D, url: string): Generator<void, LoadedBody, void> {
  const refuse = (reason: string) => {
    disposeObject(scene);
    return new ModelLoadError(`Body model ${url} cannot be used: ${reason}.`);
  };
  scene.updateMatrixWorld(true);
  const meshes: Mesh[] = [];
  const standIns: Object3D[] = [];
  scene.traverse((object) => {
    // A stand-in's triangles are not the skin: placing, picking and occlusion use the full one.
    if (object.userData.standInFor) standIns.push(object);
    else if ((object as Mesh).isMesh && !object.parent?.userData.standInFor) meshes.push(object as Mesh);
  });
  if (meshes.length === 0) throw refuse('it contains no mesh');

  const landmarks: BodyLandmarks = {};
  const landmarkRoot = scene.getObjectByName('landmarks');
  const world = new Vector3();
  for (const child of landmarkRoot?.children ?? []) {
    child.getWorldPosition(world);
    if (!Number.isFinite(world.x) || !Number.isFinite(world.y) || !Number.isFinite(world.z)) {
      throw refuse(`its landmark "${child.name}" has no finite position`);
    }
    landmarks[child.name] = { x: world.x, y: world.y, z: world.z };
  }

  const { positions, indices, box, finite } = yield* mergeWorldTriangles(meshes);
  if (!finite) throw refuse('its node transforms move the mesh to positions that are not finite');
  // A stand-in on the body's own vertices has the body's bounds (three would measure them in a frame).
  for (const light of standIns) {
    for (const child of light.children) {
      const geometry = (child as Mesh).geometry;
      const twin = meshes.find((mesh) => mesh.geometry.attributes.position === geometry?.attributes.position);
      if (twin) {
        geometry.boundingBox = twin.geometry.boundingBox;
        geometry.boundingSphere = twin.geometry.boundingSphere;
      }
    }
  }
  const size = box.getSize(new Vector3());
  if (!(size.x > 0 && size.y > 0 && size.z > 0) || !hasArea(positions, indices)) {
    throw refuse('its mesh is flat or collapsed to a line or a point (it has no volume)');
  }
  return {
    root: scene,
    landmarks,
    positions,
    indices,
    bounds: { min: box.min.clone(), max: box.max.clone() },
    showMoving: (moving) => {
      for (const light of standIns) {
        light.visible = moving;
        for (const child of (light.userData.standInFor as Object3D).children) if ((child as Mesh).isMesh) child.visible = !moving;
      }
    },
    dispose: () => disposeObject(scene),
  };
}

/** Whether any triangle has an area (a mesh of only degenerate triangles cannot be picked or placed on). */
function hasArea(positions: Float32Array, indices: Uint32Array): boolean {
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  for (let i = 0; i + 2 < indices.length; i += 3) {
    a.fromArray(positions, indices[i] * 3);
    b.fromArray(positions, indices[i + 1] * 3).sub(a);
    c.fromArray(positions, indices[i + 2] * 3).sub(a);
    if (b.cross(c).lengthSq() > 0) return true;
  }
  return false;
}

/** Vertices or indices handled between two slices (a few milliseconds each on a slow phone). */
const CHUNK = 1 << 13;

/**
 * All meshes' triangles in model space, dequantised, as one indexed soup, measured in the
 * same pass: the body's box and whether every position is finite (separate passes over
 * every vertex cost the first frame tens of milliseconds of the page's main thread). Each
 * geometry is given its bounds too, from the same pass: three would otherwise compute a
 * bounding sphere (another pass) inside the first frame, to sort the scene's objects.
 */
function* mergeWorldTriangles(
  meshes: Mesh[],
): Generator<void, { positions: Float32Array; indices: Uint32Array; box: Box3; finite: boolean }, void> {
  let vertexCount = 0;
  let indexCount = 0;
  for (const mesh of meshes) {
    const geometry = mesh.geometry as BufferGeometry;
    vertexCount += geometry.attributes.position.count;
    indexCount += geometry.index ? geometry.index.count : geometry.attributes.position.count;
  }
  const positions = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCount);
  let minX = Infinity, minY = Infinity, minZ = Infinity, maxX = -Infinity, maxY = -Infinity, maxZ = -Infinity;
  let vertexOffset = 0;
  let indexOffset = 0;
  for (const mesh of meshes) {
    const geometry = mesh.geometry as BufferGeometry;
    const position = geometry.attributes.position;
    // The world matrix written out, not Vector3.applyMatrix4 per vertex: this loop runs on
    // the page's main thread for every vertex of the body.
    const [m0, m1, m2, , m4, m5, m6, , m8, m9, m10, , m12, m13, m14] = mesh.matrixWorld.elements;
    let lx0 = Infinity, ly0 = Infinity, lz0 = Infinity, lx1 = -Infinity, ly1 = -Infinity, lz1 = -Infinity;
    for (let i = 0, o = vertexOffset * 3; i < position.count; i++, o += 3) {
      // getX/Y/Z undo the attribute's quantisation (normalised integers).
      const x = position.getX(i), y = position.getY(i), z = position.getZ(i);
      if (x < lx0) lx0 = x;
      if (x > lx1) lx1 = x;
      if (y < ly0) ly0 = y;
      if (y > ly1) ly1 = y;
      if (z < lz0) lz0 = z;
      if (z > lz1) lz1 = z;
      const wx = (positions[o] = m0 * x + m4 * y + m8 * z + m12);
      const wy = (positions[o + 1] = m1 * x + m5 * y + m9 * z + m13);
      const wz = (positions[o + 2] = m2 * x + m6 * y + m10 * z + m14);
      // NaN fails every comparison: min/max stay as they were, and the sums below say so.
      if (wx < minX) minX = wx;
      if (wx > maxX) maxX = wx;
      if (wy < minY) minY = wy;
      if (wy > maxY) maxY = wy;
      if (wz < minZ) minZ = wz;
      if (wz > maxZ) maxZ = wz;
      if (!Number.isFinite(wx + wy + wz)) return { positions, indices, box: new Box3(), finite: false };
      if (i % CHUNK === CHUNK - 1) yield;
    }
    if (!geometry.boundingBox && position.count > 0) {
      geometry.boundingBox = new Box3(new Vector3(lx0, ly0, lz0), new Vector3(lx1, ly1, lz1));
      // Around the box: a little larger than three's own sphere, never smaller.
      geometry.boundingSphere = geometry.boundingBox.getBoundingSphere(new Sphere());
    }
    const index = geometry.index;
    const count = index ? index.count : position.count;
    const source = index?.array;
    for (let from = 0; from < count; from += CHUNK * 4) {
      const end = Math.min(count, from + CHUNK * 4);
      if (source) for (let i = from; i < end; i++) indices[indexOffset + i] = vertexOffset + source[i];
      else for (let i = from; i < end; i++) indices[indexOffset + i] = vertexOffset + i;
      yield;
    }
    vertexOffset += position.count;
    indexOffset += count;
    yield;
  }
  const box = new Box3(new Vector3(minX, minY, minZ), new Vector3(maxX, maxY, maxZ));
  return { positions, indices, box, finite: true };
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
