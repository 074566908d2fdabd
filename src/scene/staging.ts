import {
  AmbientLight,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  MeshStandardMaterial,
  Scene,
  type Object3D,
} from 'three';

/**
 * Soft studio lighting for a clean medical-illustration look: a warm key from above
 * the right shoulder, a cool fill, a rim from behind so the silhouette reads on a
 * light background, and a sky/ground hemisphere for gentle shading in the furrows.
 * The lights follow the camera's side so the lit face is always the one in view.
 */
export function createStagedScene(): { scene: Scene; lightRig: Object3D } {
  const scene = new Scene();
  scene.add(new HemisphereLight(0xf4f7ff, 0x8a7f78, 1.25));
  scene.add(new AmbientLight(0xffffff, 0.18));

  const lightRig = new Scene();
  const key = new DirectionalLight(0xfff4ea, 1.9);
  key.position.set(1.2, 2.4, 2.2);
  const fill = new DirectionalLight(0xdfe8ff, 0.55);
  fill.position.set(-2.2, 0.9, 1.2);
  const rim = new DirectionalLight(0xffffff, 0.9);
  rim.position.set(0.4, 1.8, -2.6);
  lightRig.add(key, fill, rim);
  scene.add(lightRig);
  return { scene, lightRig };
}

/** The skin: matte, slightly warm, without textures (nothing to download). */
export function createSkinMaterial(color: string): MeshStandardMaterial {
  return new MeshStandardMaterial({
    color: new Color(color),
    roughness: 0.72,
    metalness: 0,
  });
}

/** Give every mesh of the model the shared skin material (disposing the model's own); never culled. */
export function applySkin(root: Object3D, skin: MeshStandardMaterial): void {
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    const own = ([] as MeshStandardMaterial[]).concat(mesh.material as MeshStandardMaterial);
    for (const material of own) if (material !== skin) material.dispose();
    mesh.material = skin;
    // The body is always in view: culling would only cost three a pass over every vertex
    // (its bounding sphere) inside the first frame's task.
    mesh.frustumCulled = false;
  });
}
