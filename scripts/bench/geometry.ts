// The catalogue's geometry on the shipped body, timed in Node: building the triangle BVH,
// a raycast (marker occlusion and picking use it), a closest-point query (placement snaps
// every point onto the skin with it) and placing the whole built-in set. Timing lives here,
// not in the tests, because the machine is shared: a timed test would fail at random.
import { readShippedBody } from '../../models/read-body.js';
import { LOW_BACK_PAIN_POINTS } from '../../src/catalogue/data/low-back-pain.js';
import { placeAll } from '../../src/catalogue/place.js';
import { surfaceOf } from '../../src/geometry/surface-index.js';
import type { Vec3 } from '../../src/catalogue/types.js';

export interface GeometryTimes {
  triangles: number;
  /** Median of the runs, ms. */
  buildMs: number;
  raycastUs: number;
  closestPointUs: number;
  placeAllMs: number;
  markers: number;
}

/** Median time of `runs` calls of `work`, in ms. */
function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A small deterministic generator, so every run asks the same questions. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function measureGeometry(runs = 9): Promise<GeometryTimes> {
  const body = await readShippedBody();
  let surface = surfaceOf(body.positions, body.indices);
  const buildMs = medianMs(runs, () => {
    surface = surfaceOf(body.positions, body.indices);
  });

  // Rays from a camera circle toward the body's axis, as a rotating view casts them.
  const random = seeded(7);
  const rays = Array.from({ length: 2000 }, () => {
    const angle = random() * Math.PI * 2;
    const origin: Vec3 = { x: Math.sin(angle) * 2.5, y: random() * 1.8, z: Math.cos(angle) * 2.5 };
    const target: Vec3 = { x: (random() - 0.5) * 0.4, y: random() * 1.7, z: (random() - 0.5) * 0.2 };
    const length = Math.hypot(target.x - origin.x, target.y - origin.y, target.z - origin.z);
    const direction: Vec3 = { x: (target.x - origin.x) / length, y: (target.y - origin.y) / length, z: (target.z - origin.z) / length };
    return { origin, direction };
  });
  // Points within a few centimetres of the skin, as placement snaps them.
  const nearSkin = rays.flatMap(({ origin, direction }) => {
    const hit = surface.raycast(origin, direction);
    return hit ? [{ x: hit.point.x + (random() - 0.5) * 0.05, y: hit.point.y + (random() - 0.5) * 0.05, z: hit.point.z + (random() - 0.5) * 0.05 }] : [];
  });
  const raycastMs = medianMs(runs, () => {
    for (const { origin, direction } of rays) surface.raycast(origin, direction);
  });
  const closestMs = medianMs(runs, () => {
    for (const p of nearSkin) surface.closestPoint(p);
  });
  let markers = 0;
  const placeAllMs = medianMs(runs, () => {
    markers = placeAll(LOW_BACK_PAIN_POINTS, body.landmarks, surface).length;
  });
  return {
    triangles: body.indices.length / 3,
    buildMs,
    raycastUs: (raycastMs / rays.length) * 1000,
    closestPointUs: (closestMs / nearSkin.length) * 1000,
    placeAllMs,
    markers,
  };
}

/** A markdown table of the geometry times. */
export function geometryTable(times: GeometryTimes): string {
  const f = (value: number, digits = 1) => value.toFixed(digits);
  return [
    '| Geometry on the shipped body (Node, median) | Time |',
    '| --- | --- |',
    `| Build the triangle BVH (${times.triangles} triangles) | ${f(times.buildMs)} ms |`,
    `| One raycast | ${f(times.raycastUs, 2)} µs |`,
    `| One closest point near the skin | ${f(times.closestPointUs, 2)} µs |`,
    `| Place the built-in set (${times.markers} markers) | ${f(times.placeAllMs)} ms |`,
  ].join('\n');
}
