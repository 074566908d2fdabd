/**
 * The anatomy under the skin (models/anatomy.glb): bones, discs, kidneys, nerves and
 * vessels, fetched the first time they are shown, coloured by kind, and kept as triangle
 * data for the depth view. While shown, the skin turns translucent so they read through it;
 * markers stay on the skin and keep working.
 */
import { Color, Group, Mesh, MeshStandardMaterial, Vector3, type BufferGeometry, type Object3D } from 'three';
import { ANATOMY_GROUPS } from '../catalogue/anatomy-groups.js';
import { computeDepthSection, type DepthSection, type DepthSectionInput, type SectionStructure } from '../geometry/depth-section.js';
import { surfaceOf } from '../geometry/surface-index.js';
import type { TriangleSurface } from '../geometry/triangle-surface.js';
import { readGlb } from './glb-reader.js';
import { FetchFileError, fetchFile } from '../net/fetch-file.js';
import { canCompileWasm, disposeObject, meshoptDecoder, MODEL_FILE_BYTES, ModelLoadError } from './model-loader.js';

/** Skin opacity while the anatomy shows: enough skin to keep the figure, enough see-through to read the bones. */
export const SEE_THROUGH_OPACITY = 0.32;

export interface AnatomyLayer {
  root: Object3D;
  /** Per structure: model-space triangles (the surface index is built on first use). */
  structures(): SectionStructure[];
  dispose(): void;
}

interface RawStructure {
  name: string;
  group: string;
  positions: Float32Array;
  indices: Uint32Array;
  surface?: TriangleSurface;
}

export async function loadAnatomy(url: string, signal?: AbortSignal): Promise<AnatomyLayer> {
  let bytes: Uint8Array;
  try {
    // The same limits as the body's fetch: a stalled server is given up on, a huge file refused.
    bytes = await fetchFile(url, { what: 'Anatomy model', maxBytes: MODEL_FILE_BYTES, signal });
  } catch (error) {
    if (error instanceof FetchFileError) throw new ModelLoadError(error.message);
    throw error;
  }
  let scene: Object3D;
  try {
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    scene = await readGlb(buffer as ArrayBuffer, async () => (canCompileWasm() ? meshoptDecoder() : null));
  } catch (error) {
    throw new ModelLoadError(`Anatomy model ${url} is not usable: ${(error as Error).message || String(error)}.`);
  }
  scene.updateMatrixWorld(true);
  const materials = new Map(
    ANATOMY_GROUPS.map((g) => [g.id as string, new MeshStandardMaterial({ color: new Color(g.color), roughness: g.id === 'bone' ? 0.78 : 0.5, metalness: 0 })]),
  );
  const raw: RawStructure[] = [];
  const v = new Vector3();
  scene.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    // The reader makes a group per node holding its meshes: structure node, then its kind's node.
    const name = mesh.parent?.name ?? '';
    const group = mesh.parent?.parent?.name ?? '';
    const material = materials.get(group) ?? materials.get('bone')!;
    (mesh.material as MeshStandardMaterial | undefined)?.dispose?.();
    mesh.material = material;
    const geometry = mesh.geometry as BufferGeometry;
    const position = geometry.attributes.position;
    const positions = new Float32Array(position.count * 3);
    for (let i = 0; i < position.count; i++) {
      v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
      positions[i * 3] = v.x;
      positions[i * 3 + 1] = v.y;
      positions[i * 3 + 2] = v.z;
    }
    const index = geometry.index;
    const indices = index ? Uint32Array.from({ length: index.count }, (_, i) => index.getX(i)) : Uint32Array.from({ length: position.count }, (_, i) => i);
    raw.push({ name, group: materials.has(group) ? group : 'bone', positions, indices });
  });
  if (raw.length === 0) throw new ModelLoadError(`Anatomy model ${url} contains no mesh.`);
  const root = new Group();
  root.name = 'anatomy';
  root.add(scene);
  return {
    root,
    structures: () =>
      raw.map((s) => {
        s.surface ??= surfaceOf(s.positions, s.indices);
        return s as SectionStructure;
      }),
    dispose: () => {
      disposeObject(root);
      for (const m of materials.values()) m.dispose();
    },
  };
}

/**
 * Make the skin see-through (drawn after the opaque anatomy, without hiding it from the
 * depth buffer) or solid again.
 */
export function setSkinSeeThrough(skin: MeshStandardMaterial, body: Object3D, on: boolean): void {
  skin.transparent = on;
  skin.opacity = on ? SEE_THROUGH_OPACITY : 1;
  skin.depthWrite = !on;
  skin.needsUpdate = true;
  body.traverse((o) => {
    o.renderOrder = on ? 1 : 0;
  });
}

export interface AnatomyHost {
  scene: Object3D;
  skin: MeshStandardMaterial;
  /** The body's root object and skin triangles, when a body is loaded. */
  body(): { root: Object3D; positions: Float32Array; indices: Uint32Array } | null;
  invalidate(): void;
}

/**
 * The anatomy for one view: fetched once per URL on first use (showing it, or a depth
 * view), added to the scene while shown, and the source of depth sections.
 */
export class AnatomyStage {
  private layer: Promise<AnatomyLayer> | null = null;
  private url: string | null = null;
  private shown = false;
  private loaded: AnatomyLayer | null = null;

  constructor(private readonly host: AnatomyHost) {}

  private get(url: string): Promise<AnatomyLayer> {
    if (this.url !== url || !this.layer) {
      this.drop();
      this.url = url;
      this.layer = loadAnatomy(url).then((layer) => {
        if (this.url !== url) {
          layer.dispose();
          throw new DOMException('Anatomy load superseded', 'AbortError');
        }
        this.loaded = layer;
        return layer;
      });
      // A failed load may be retried on the next show.
      this.layer.catch(() => {
        if (this.url === url) this.layer = null;
      });
    }
    return this.layer;
  }

  /** Show the anatomy from `url` under a see-through skin, or hide it (null). */
  async show(url: string | null): Promise<void> {
    this.shown = url !== null;
    const body = this.host.body();
    if (!url) {
      if (this.loaded) this.host.scene.remove(this.loaded.root);
      if (body) setSkinSeeThrough(this.host.skin, body.root, false);
      this.host.invalidate();
      return;
    }
    const layer = await this.get(url);
    if (!this.shown) return;
    this.host.scene.add(layer.root);
    const now = this.host.body();
    if (now) setSkinSeeThrough(this.host.skin, now.root, true);
    this.host.invalidate();
  }

  /** The cross-section at a point, measured on this body and the anatomy from `url`. */
  async section(url: string, input: Omit<DepthSectionInput, 'skin' | 'structures'>): Promise<DepthSection> {
    const layer = await this.get(url);
    const body = this.host.body();
    if (!body) throw new Error('no body model loaded');
    return computeDepthSection({ ...input, skin: body, structures: layer.structures() });
  }

  /** Re-apply the see-through skin to a newly loaded body. */
  bodyChanged(): void {
    const body = this.host.body();
    if (body && this.shown && this.loaded) setSkinSeeThrough(this.host.skin, body.root, true);
  }

  private drop(): void {
    if (this.loaded) {
      this.host.scene.remove(this.loaded.root);
      this.loaded.dispose();
      this.loaded = null;
    }
    this.layer = null;
  }

  dispose(): void {
    this.drop();
    this.url = null;
  }
}
