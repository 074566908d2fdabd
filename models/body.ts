/**
 * The body generator: implicit figure -> tetrahedral mesh -> Taubin smoothing ->
 * meshoptimizer simplification -> vertices put back on the surface -> quantized glTF,
 * with landmarks cast onto the skin and snapped to the final triangles.
 *
 * Deterministic: the same source gives the same bytes, which a test checks against the
 * committed models/body.glb.
 */
import type { BodyLandmarks } from '../src/catalogue/types.js';
import { buildFigure } from './figure/figure.js';
import { placeLandmarks } from './figure/landmarks.js';
import { addLandmarkNodes, addMovingDetail, createIO, decodedBody, quantizedBodyDocument, writeMeshopt, writeQuantizedOnly } from './gltf.js';
import { closestPointOnMesh } from './mesh/closest-point.js';
import { fieldNormals, projectToSurface, relaxOnSurface, simplify, simplifyTriangles } from './mesh/refine.js';
import { taubinSmooth } from './mesh/smooth.js';
import { meshField } from './mesh/tetra-mesher.js';
import { closedness, vertexAdjacency } from './mesh/topology.js';

/** Mesher cell size (m): small enough for the gaps between the fingers. */
export const CELL = 0.0035;
/** Triangle budget after simplification, and the largest deviation it may introduce (m). */
export const TARGET_TRIANGLES = 56000;
export const SIMPLIFY_ERROR = 0.0003;

/**
 * The lighter stand-in drawn while the view moves (a drag, a turn): a quarter of the
 * triangles over the same vertices. With software WebGL (SwiftShader, a computer without a
 * usable GPU) a frame's cost follows the body's triangles more than its pixels: 56,000 small
 * triangles cost about twice as much as 14,000 (scripts/profile-frame-cost.ts), and the page
 * waits for every frame of a drag. The simplifier's error stays well under the 1.5 mm that
 * channel lines and rulers float above the skin (LIFT), so they stay in view while it turns;
 * at rest the full body is drawn again.
 */
export const MOVING_TRIANGLES = 14000;
export const MOVING_MAX_ERROR = 0.001;

/**
 * The front of the face, from the brow to the chin, keeps the mesher's triangles: nose,
 * philtrum and lips are a few millimetres across, and simplified triangles there showed as
 * jagged edges beside the nose and notches at the lip corners in a front close-up. The
 * simplifier still meets TARGET_TRIANGLES by taking more from the rest of the body.
 */
export function inFaceDetail(x: number, y: number, z: number): boolean {
  return y > 1.475 && y < 1.63 && z > 0.035 && Math.abs(x) < 0.058;
}
/** Landmarks are stored to a tenth of a millimetre. */
export const LANDMARK_RESOLUTION = 1e-4;

export interface GeneratedBody {
  /** Quantized + EXT_meshopt_compression. */
  glb: Uint8Array;
  /** Quantized only (no WebAssembly needed to decode). */
  quantizedGlb: Uint8Array;
  landmarks: BodyLandmarks;
  stats: {
    triangles: number;
    vertices: number;
    /** Triangles of the stand-in drawn while the view moves (MSFT_lod). */
    movingTriangles: number;
    denseTriangles: number;
    fieldSamples: number;
    /** Largest distance a landmark moved when snapped from the implicit surface to the mesh. */
    maxLandmarkSnap: number;
    seconds: number;
  };
}

export function roundLandmark(v: number): number {
  return Math.round(v / LANDMARK_RESOLUTION) * LANDMARK_RESOLUTION;
}

function sortedLandmarks(entries: [string, { x: number; y: number; z: number }][]): BodyLandmarks {
  const out: BodyLandmarks = {};
  for (const [name, p] of entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    out[name] = { x: +p.x.toFixed(4), y: +p.y.toFixed(4), z: +p.z.toFixed(4) };
  }
  return out;
}

export interface GenerateOptions {
  log?: (line: string) => void;
  /** Mesher cell size; only drafts change it (the shipped model uses CELL). */
  cell?: number;
  /** Drafts may skip the closedness check to look at a shape quickly. */
  allowOpen?: boolean;
}

export async function generateBody(options: GenerateOptions = {}): Promise<GeneratedBody> {
  const log = options.log ?? (() => {});
  const cell = options.cell ?? CELL;
  const start = performance.now();
  let lap = start;
  const step = (what: string) => {
    const now = performance.now();
    log(`${what} (${((now - lap) / 1000).toFixed(1)} s)`);
    lap = now;
  };
  const { field } = buildFigure();
  step(`figure: ${field.ops.length} operations`);
  const dense = meshField(field, { cell });
  step(`mesher: ${dense.indices.length / 3} triangles from ${dense.sampled} samples`);
  taubinSmooth(dense.positions, vertexAdjacency(dense.positions.length / 3, dense.indices), 4);
  const simple = await simplify(dense.positions, dense.indices, TARGET_TRIANGLES, SIMPLIFY_ERROR, inFaceDetail);
  step(`simplified: ${simple.indices.length / 3} triangles`);
  projectToSurface(field, simple.positions, 2, cell);
  relaxOnSurface(field, simple.positions, simple.indices, 2, cell);
  const normals = fieldNormals(field, simple.positions);
  step('projected onto the surface');

  // Soles exactly on y = 0.
  let minY = Infinity;
  for (let i = 1; i < simple.positions.length; i += 3) minY = Math.min(minY, simple.positions[i]);
  for (let i = 1; i < simple.positions.length; i += 3) simple.positions[i] -= minY;

  const doc = await quantizedBodyDocument(Float32Array.from(simple.positions), normals, simple.indices);
  const final = decodedBody(doc);
  const check = closedness(final.positions, final.indices, 1e-10);
  if (check.openOrBranchingEdges || check.misorientedEdges || check.degenerateTriangles) {
    const problem = `generated mesh is not a clean closed surface: ${JSON.stringify(check)}`;
    if (!options.allowOpen) throw new Error(problem);
    log(problem);
  }

  const moving = await simplifyTriangles(final.positions, final.indices, MOVING_TRIANGLES, MOVING_MAX_ERROR, new Uint8Array(final.positions.length / 3));
  await addMovingDetail(doc, moving.triangles);
  step(`moving stand-in: ${moving.triangles.length / 3} triangles, error ${(moving.error * 1000).toFixed(2)} mm`);

  const cast = placeLandmarks(field);
  let maxSnap = 0;
  const snapped: [string, { x: number; y: number; z: number }][] = Object.entries(cast).map(([name, p]) => {
    const { point, distance } = closestPointOnMesh(final, [p[0], p[1] - minY, p[2]]);
    maxSnap = Math.max(maxSnap, distance);
    return [name, { x: roundLandmark(point[0]), y: roundLandmark(point[1]), z: roundLandmark(point[2]) }];
  });
  const landmarks = sortedLandmarks(snapped);
  addLandmarkNodes(doc, landmarks);
  step(`landmarks: ${snapped.length}, largest snap ${(maxSnap * 1000).toFixed(2)} mm`);

  const io = await createIO();
  const quantizedGlb = await writeQuantizedOnly(io, doc);
  const glb = await writeMeshopt(io, doc);
  step('written');
  return {
    glb,
    quantizedGlb,
    landmarks,
    stats: {
      triangles: final.indices.length / 3,
      vertices: final.positions.length / 3,
      movingTriangles: moving.triangles.length / 3,
      denseTriangles: dense.indices.length / 3,
      fieldSamples: dense.sampled,
      maxLandmarkSnap: maxSnap,
      seconds: (performance.now() - start) / 1000,
    },
  };
}
