/**
 * The body's lighter stand-in for frames of a motion (MSFT_lod, models/README.md): read
 * beside the body and hidden, on the body's own vertex buffers, left out of the skin that
 * placing, picking and occlusion use, and swapped in by showMoving. The extension is
 * optional: a stand-in reference that leads nowhere is ignored, never an error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Mesh, Object3D } from 'three';
import { bodyFromGlb, ModelLoadError, type LoadedBody } from '../../../src/scene/model-loader.js';
import { MODEL_LIMITS } from '../../../src/scene/glb-reader.js';
import { glb, tetrahedron, type GltfJsonLike } from '../../shared/hostile-glb.js';

const modelsDir = fileURLToPath(new URL('../../../models/', import.meta.url));

function meshesOf(body: LoadedBody): { shown: Mesh[]; hidden: Mesh[]; standIns: Object3D[] } {
  const shown: Mesh[] = [];
  const hidden: Mesh[] = [];
  const standIns: Object3D[] = [];
  body.root.traverse((object) => {
    if (object.userData.standInFor) standIns.push(object);
    if (!(object as Mesh).isMesh) return;
    let visible = true;
    for (let o: Object3D | null = object; o; o = o.parent) visible &&= o.visible;
    (visible ? shown : hidden).push(object as Mesh);
  });
  return { shown, hidden, standIns };
}
const triangles = (meshes: Mesh[]) => meshes.reduce((sum, mesh) => sum + mesh.geometry.index!.count / 3, 0);

for (const name of ['body.glb', 'body.quantized.glb']) {
  test(`${name}: the stand-in is read hidden, on the body's vertex buffers, and only showMoving(true) draws it`, async () => {
    const bytes = new Uint8Array(readFileSync(`${modelsDir}${name}`));
    const body = await bodyFromGlb(bytes, name);
    // The skin for placing and picking is the full body alone.
    assert.equal(body.indices.length / 3, 55986);
    let parts = meshesOf(body);
    assert.equal(parts.standIns.length, 1);
    assert.equal(triangles(parts.shown), 55986, 'at rest: the full body only');
    assert.equal(triangles(parts.hidden), 14000);
    const [full] = parts.shown;
    const [light] = parts.hidden;
    assert.equal(light.geometry.attributes.position, full.geometry.attributes.position, 'one vertex buffer for both');
    assert.equal(light.geometry.attributes.normal, full.geometry.attributes.normal);
    assert.deepEqual(light.parent!.matrixWorld.elements, full.parent!.matrixWorld.elements, 'the same place');

    body.showMoving(true);
    parts = meshesOf(body);
    assert.equal(triangles(parts.shown), 14000, 'moving: the stand-in only');
    body.showMoving(false);
    parts = meshesOf(body);
    assert.equal(triangles(parts.shown), 55986, 'at rest again: the full body only');
    body.dispose();
  });
}

/** The little test model with a second mesh node outside the scene, and `lod` on the body node. */
function withStandIn(lod: unknown, edit?: (json: GltfJsonLike) => void): ArrayBuffer {
  const { json, bin } = tetrahedron({ landmarks: ['x'] });
  json.nodes.push({ name: 'body-moving', mesh: 0 });
  json.nodes[0].extensions = { MSFT_lod: lod };
  json.extensionsUsed = ['MSFT_lod'];
  edit?.(json);
  return glb(json, bin);
}

test('a stand-in reference that leads nowhere (no node, no mesh, not a list) is ignored', async () => {
  for (const lod of [{ ids: [99] }, { ids: [-1] }, { ids: [1.5] }, { ids: 'x' }, { ids: [] }, null, 5, { ids: [1] }]) {
    // Without the stand-in node; the last case names node 1, the landmarks, which has no mesh.
    const body = await bodyFromGlb(new Uint8Array(withStandIn(lod, (json) => json.nodes.pop())), 'test.glb');
    assert.equal(meshesOf(body).standIns.length, 0, JSON.stringify(lod));
    body.showMoving(true);
    assert.equal(meshesOf(body).shown.length, 1, 'the body stays drawn');
  }
});

test('a stand-in is read, and its triangles count toward the limit', async () => {
  const body = await bodyFromGlb(new Uint8Array(withStandIn({ ids: [3] })), 'test.glb');
  assert.equal(meshesOf(body).standIns.length, 1);
  assert.equal(body.indices.length / 3, 4, 'the skin is the body alone');
  // A stand-in mesh of its own whose accessor claims more triangles than the widget draws.
  const huge = withStandIn({ ids: [3] }, (json) => {
    json.accessors.push({ ...json.accessors[1], count: MODEL_LIMITS.triangles * 3 });
    json.meshes.push({ primitives: [{ attributes: { POSITION: 0 }, indices: 2, mode: 4 }] });
    json.nodes[3].mesh = 1;
  });
  const error = await bodyFromGlb(new Uint8Array(huge), 'test.glb').then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ModelLoadError);
  assert.match(error.message, /triangles; the widget draws at most/);
});
