/**
 * The loader measures the body while it merges its triangles: the body's box, and each
 * geometry's box and sphere, so that three does not make another pass over every vertex
 * (computeBoundingSphere, to sort the scene) inside the first frame's task.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Box3, type BufferGeometry, type Mesh } from 'three';
import { bodyFromGlb } from '../../../src/scene/model-loader.js';

const modelsDir = fileURLToPath(new URL('../../../models/', import.meta.url));

for (const name of ['body.glb', 'body.quantized.glb']) {
  test(`${name}: every geometry comes with its bounds, as three would measure them`, async () => {
    const body = await bodyFromGlb(new Uint8Array(readFileSync(`${modelsDir}${name}`)), name);
    const expected = new Box3().setFromArray(body.positions);
    assert.ok(body.bounds.min.distanceTo(expected.min) < 1e-6 && body.bounds.max.distanceTo(expected.max) < 1e-6, 'the body box');
    let meshes = 0;
    body.root.traverse((object) => {
      if (!(object as Mesh).isMesh) return;
      meshes++;
      const geometry = (object as Mesh).geometry as BufferGeometry;
      const { boundingBox, boundingSphere } = geometry;
      assert.ok(boundingBox && boundingSphere, 'given, not left for the first frame');
      if (object.parent?.userData.standInFor) {
        // The stand-in drawn while moving is on the body's own vertices: it has the body's bounds.
        const twin = (object.parent.userData.standInFor as Mesh).children[0] as Mesh;
        assert.equal(geometry.attributes.position, twin.geometry.attributes.position, 'the same vertices');
        assert.equal(boundingSphere, twin.geometry.boundingSphere);
        return;
      }
      const own = geometry.clone();
      own.computeBoundingBox();
      own.computeBoundingSphere();
      assert.ok(boundingBox.min.distanceTo(own.boundingBox!.min) < 1e-6 && boundingBox.max.distanceTo(own.boundingBox!.max) < 1e-6);
      // Around the box: the same centre as three's sphere, never smaller.
      assert.ok(boundingSphere.center.distanceTo(own.boundingSphere!.center) < 1e-6);
      assert.ok(boundingSphere.radius >= own.boundingSphere!.radius - 1e-6);
      assert.ok(boundingSphere.radius <= own.boundingSphere!.radius * 1.8);
    });
    assert.equal(meshes, 2, 'the body and its stand-in');
  });
}
