import { test } from 'node:test';
import assert from 'node:assert/strict';
import { surfaceOf } from '../../../src/geometry/surface-index.js';
import { closestPointOnTriangle, intersectRayTriangle } from '../../../src/geometry/triangle-queries.js';
import type { Vec3 } from '../../../src/catalogue/types.js';
import { ellipsoid, mergeMeshes, seededRandom, triangleSoup, type Mesh } from '../support/meshes.js';

const randomUnit = (random: () => number): Vec3 => {
  // Rejection sampling gives a uniform direction.
  for (;;) {
    const v = { x: 2 * random() - 1, y: 2 * random() - 1, z: 2 * random() - 1 };
    const len = Math.hypot(v.x, v.y, v.z);
    if (len > 0.05 && len <= 1) return { x: v.x / len, y: v.y / len, z: v.z / len };
  }
};

const corner = (mesh: Mesh, t: number, c: number): Vec3 => {
  const v = mesh.indices[3 * t + c];
  return { x: mesh.positions[3 * v], y: mesh.positions[3 * v + 1], z: mesh.positions[3 * v + 2] };
};

/** Corners of every triangle in input order, in the flat layout the primitives read. */
const flatTriangles = (mesh: Mesh): Float64Array => {
  const count = mesh.indices.length / 3;
  const out = new Float64Array(count * 9);
  for (let t = 0; t < count; t++) {
    for (let c = 0; c < 3; c++) {
      const p = corner(mesh, t, c);
      out.set([p.x, p.y, p.z], 9 * t + 3 * c);
    }
  }
  return out;
};

const bruteClosestDistance = (tris: Float64Array, p: Vec3): number => {
  const scratch = new Float64Array(6);
  let best = Infinity;
  for (let t = 0; t < tris.length / 9; t++) {
    best = Math.min(best, closestPointOnTriangle(tris, t, p.x, p.y, p.z, scratch));
  }
  return Math.sqrt(best);
};

const bruteRaycast = (tris: Float64Array, o: Vec3, d: Vec3, max = Infinity): number | null => {
  const scratch = new Float64Array(2);
  let best = Infinity;
  for (let t = 0; t < tris.length / 9; t++) {
    const hit = intersectRayTriangle(tris, t, o.x, o.y, o.z, d.x, d.y, d.z, scratch);
    if (hit >= 0 && hit <= max && hit < best) best = hit;
  }
  return best === Infinity ? null : best;
};

test('closestPointOnTriangle: on the triangle, and no sampled triangle point is closer', () => {
  const random = seededRandom(1);
  const out = new Float64Array(6);
  for (let trial = 0; trial < 300; trial++) {
    const tris = new Float64Array(9).map(() => random() * 2 - 1);
    const p = { x: random() * 4 - 2, y: random() * 4 - 2, z: random() * 4 - 2 };
    const d2 = closestPointOnTriangle(tris, 0, p.x, p.y, p.z, out);
    const [wa, wb, wc] = [out[3], out[4], out[5]];
    assert.ok(wa >= -1e-12 && wb >= -1e-12 && wc >= -1e-12, 'barycentric weights are non-negative');
    assert.ok(Math.abs(wa + wb + wc - 1) < 1e-12, 'weights sum to 1');
    for (let axis = 0; axis < 3; axis++) {
      const expected = wa * tris[axis] + wb * tris[3 + axis] + wc * tris[6 + axis];
      assert.ok(Math.abs(out[axis] - expected) < 1e-12, 'point matches its weights');
    }
    const d = Math.sqrt(d2);
    for (let s = 0; s < 400; s++) {
      // Uniform samples plus edge samples (the answer is often on an edge).
      let u = random(), v = random();
      if (u + v > 1) { u = 1 - u; v = 1 - v; }
      if (s % 4 === 0) v = 0;
      if (s % 4 === 1) u = 1 - v;
      const q = [0, 1, 2].map((a) => (1 - u - v) * tris[a] + u * tris[3 + a] + v * tris[6 + a]);
      const ds = Math.hypot(q[0] - p.x, q[1] - p.y, q[2] - p.z);
      assert.ok(ds >= d - 1e-12, `sample at ${ds} is closer than the answer ${d}`);
    }
  }
});

test('intersectRayTriangle agrees with a plane intersection and an inside test', () => {
  const random = seededRandom(2);
  const out = new Float64Array(2);
  let hits = 0;
  for (let trial = 0; trial < 2000; trial++) {
    const tris = new Float64Array(9).map(() => random() * 2 - 1);
    const o = { x: random() * 6 - 3, y: random() * 6 - 3, z: random() * 6 - 3 };
    // Aim near the triangle so about half the rays hit.
    const target = { x: random() - 0.5, y: random() - 0.5, z: random() - 0.5 };
    const len = Math.hypot(target.x - o.x, target.y - o.y, target.z - o.z);
    const d = { x: (target.x - o.x) / len, y: (target.y - o.y) / len, z: (target.z - o.z) / len };
    const got = intersectRayTriangle(tris, 0, o.x, o.y, o.z, d.x, d.y, d.z, out);

    const a = { x: tris[0], y: tris[1], z: tris[2] };
    const e1 = { x: tris[3] - a.x, y: tris[4] - a.y, z: tris[5] - a.z };
    const e2 = { x: tris[6] - a.x, y: tris[7] - a.y, z: tris[8] - a.z };
    const n = { x: e1.y * e2.z - e1.z * e2.y, y: e1.z * e2.x - e1.x * e2.z, z: e1.x * e2.y - e1.y * e2.x };
    const nd = n.x * d.x + n.y * d.y + n.z * d.z;
    const t = (n.x * (a.x - o.x) + n.y * (a.y - o.y) + n.z * (a.z - o.z)) / nd;
    const h = { x: o.x + t * d.x, y: o.y + t * d.y, z: o.z + t * d.z };
    // Inside test by signed areas of the sub-triangles against the normal.
    const side = (p: Vec3, q: Vec3) => {
      const c = { x: (q.y - p.y) * (h.z - p.z) - (q.z - p.z) * (h.y - p.y),
        y: (q.z - p.z) * (h.x - p.x) - (q.x - p.x) * (h.z - p.z),
        z: (q.x - p.x) * (h.y - p.y) - (q.y - p.y) * (h.x - p.x) };
      return c.x * n.x + c.y * n.y + c.z * n.z;
    };
    const b = { x: tris[3], y: tris[4], z: tris[5] }, c = { x: tris[6], y: tris[7], z: tris[8] };
    const s1 = side(a, b), s2 = side(b, c), s3 = side(c, a);
    const margin = 1e-9 * Math.hypot(n.x, n.y, n.z);
    const clearlyInside = s1 > margin && s2 > margin && s3 > margin && t > 1e-9;
    const clearlyOutside = s1 < -margin || s2 < -margin || s3 < -margin || t < -1e-9;
    if (clearlyInside) {
      hits++;
      assert.ok(Math.abs(got - t) < 1e-9, `hit at ${got}, expected ${t}`);
    } else if (clearlyOutside) {
      assert.equal(got, -1);
    }
  }
  assert.ok(hits > 300, `enough rays hit to mean something (${hits})`);
});

const checkAgainstBruteForce = (mesh: Mesh, seed: number, span: number) => {
  const surface = surfaceOf(mesh.positions, mesh.indices);
  const tris = flatTriangles(mesh);
  const random = seededRandom(seed);
  for (let i = 0; i < 300; i++) {
    const p = { x: (random() - 0.5) * span, y: (random() - 0.5) * span, z: (random() - 0.5) * span };
    const got = surface.closestPoint(p);
    const expected = bruteClosestDistance(tris, p);
    assert.ok(Math.abs(got.distance - expected) < 1e-12, `closest ${got.distance} vs brute ${expected}`);
    const measured = Math.hypot(got.point.x - p.x, got.point.y - p.y, got.point.z - p.z);
    assert.ok(Math.abs(measured - got.distance) < 1e-12, 'reported point is at the reported distance');
    assert.ok(Math.abs(Math.hypot(got.normal.x, got.normal.y, got.normal.z) - 1) < 1e-6, 'unit normal');
  }
  let hits = 0;
  for (let i = 0; i < 300; i++) {
    const o = { x: (random() - 0.5) * span, y: (random() - 0.5) * span, z: (random() - 0.5) * span };
    // Half the rays aim at the middle so closed surfaces get hit, half go anywhere.
    const aim = { x: (random() - 0.5) * span * 0.2 - o.x, y: (random() - 0.5) * span * 0.2 - o.y, z: -o.z };
    const aimLength = Math.hypot(aim.x, aim.y, aim.z);
    const d = i % 2 === 0 && aimLength > 0
      ? { x: aim.x / aimLength, y: aim.y / aimLength, z: aim.z / aimLength }
      : randomUnit(random);
    const max = i % 3 === 0 ? random() * span * 0.5 : Infinity;
    const got = surface.raycast(o, d, max);
    const expected = bruteRaycast(tris, o, d, max);
    if (expected === null) {
      assert.equal(got, null, 'no hit where brute force finds none');
    } else {
      hits++;
      assert.ok(got, 'a hit where brute force finds one');
      assert.ok(Math.abs(got.distance - expected) < 1e-12, `ray ${got.distance} vs brute ${expected}`);
      assert.ok(got.distance <= max);
      const p = { x: o.x + d.x * expected, y: o.y + d.y * expected, z: o.z + d.z * expected };
      assert.ok(Math.hypot(got.point.x - p.x, got.point.y - p.y, got.point.z - p.z) < 1e-9);
      assert.ok(got.triangle >= 0 && got.triangle < mesh.indices.length / 3);
    }
  }
  assert.ok(hits > 100, `enough rays hit to mean something (${hits})`);
};

test('BVH queries equal brute force on a random triangle soup', () => {
  checkAgainstBruteForce(triangleSoup(3000, seededRandom(3)), 4, 1.6);
});

test('BVH queries equal brute force on nested closed surfaces', () => {
  const mesh = mergeMeshes(
    ellipsoid(30, 40, { x: 0.16, y: 0.3, z: 0.1 }),
    ellipsoid(12, 16, { x: 0.05, y: 0.05, z: 0.05 }, { x: 0.05, y: 0.05, z: 0 }),
    triangleSoup(200, seededRandom(5), 0.5, 0.05),
  );
  checkAgainstBruteForce(mesh, 6, 0.8);
});

test('on a fine sphere: distance, outward normals, and ray hits match the analytic sphere', () => {
  const mesh = ellipsoid(90, 180);
  const surface = surfaceOf(mesh.positions, mesh.indices);
  const random = seededRandom(7);
  const tolerance = 1e-3; // chord sag of the tessellation, 1 − cos(π/180) ≈ 1.5e-4
  for (let i = 0; i < 200; i++) {
    const dir = randomUnit(random);
    const r = 0.3 + random() * 2;
    const p = { x: dir.x * r, y: dir.y * r, z: dir.z * r };
    const got = surface.closestPoint(p);
    assert.ok(Math.abs(got.distance - Math.abs(r - 1)) < tolerance, `distance ${got.distance} at r=${r}`);
    const alignment = got.normal.x * dir.x + got.normal.y * dir.y + got.normal.z * dir.z;
    assert.ok(alignment > 0.999, `normal points out (cos ${alignment})`);

    const origin = { x: dir.x * 3, y: dir.y * 3, z: dir.z * 3 };
    const hit = surface.raycast(origin, { x: -dir.x, y: -dir.y, z: -dir.z });
    assert.ok(hit && Math.abs(hit.distance - 2) < tolerance, 'ray toward the centre hits at 2');
    const facing = hit.normal.x * dir.x + hit.normal.y * dir.y + hit.normal.z * dir.z;
    assert.ok(facing > 0.999, 'hit normal is the outward normal');
    assert.equal(surface.raycast(origin, { x: -dir.x, y: -dir.y, z: -dir.z }, 1.9), null, 'maxDistance stops short');
    const inner = surface.raycast({ x: 0, y: 0, z: 0 }, dir);
    assert.ok(inner && Math.abs(inner.distance - 1) < tolerance, 'from inside, the ray hits the shell at 1');
    assert.ok(inner.normal.x * dir.x + inner.normal.y * dir.y + inner.normal.z * dir.z > 0.999, 'back face keeps the outward normal');
  }
});

test('rejects meshes it cannot index', () => {
  assert.throws(() => surfaceOf([0, 0, 0, 1, 0, 0, 0, 1, 0], [0, 1]), /multiple of 3/);
  assert.throws(() => surfaceOf([0, 0, 0, 1, 0, 0, 0, 1, 0], [0, 1, 3]), /vertex 3/);
  assert.throws(() => surfaceOf([], []), /without triangles/);
  const surface = surfaceOf([0, 0, 0, 1, 0, 0, 0, 1, 0], [0, 1, 2]);
  assert.throws(() => surface.closestPoint({ x: NaN, y: 0, z: 0 }), /finite/);
});

test('normals are smooth across duplicated seam vertices', () => {
  // The same sphere twice: once with shared vertices, once with every triangle's corners
  // duplicated (as a mesh split at seams stores them). The welded normals must agree.
  const shared = ellipsoid(20, 32);
  const split = { positions: new Float32Array(shared.indices.length * 3), indices: new Uint32Array(shared.indices.length) };
  shared.indices.forEach((v, i) => {
    split.positions.set(shared.positions.subarray(3 * v, 3 * v + 3), 3 * i);
    split.indices[i] = i;
  });
  const a = surfaceOf(shared.positions, shared.indices);
  const b = surfaceOf(split.positions, split.indices);
  const random = seededRandom(9);
  for (let i = 0; i < 200; i++) {
    const p = randomUnit(random);
    const na = a.closestPoint(p).normal, nb = b.closestPoint(p).normal;
    assert.ok(Math.hypot(na.x - nb.x, na.y - nb.y, na.z - nb.z) < 1e-6, 'same normal with or without seams');
  }
});
