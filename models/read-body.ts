/**
 * Node-side reader for the body model, for tests and tools: decodes the .glb with
 * gltf-transform (meshopt via the meshoptimizer package), applies node world transforms
 * (quantization puts a scale and offset on the `body` node) and returns model-space data.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Node } from '@gltf-transform/core';
import type { BodyLandmarks } from '../src/catalogue/types.js';
import { createIO } from './gltf.js';

export interface BodyData {
  /** Model-space vertex positions (m), xyz per vertex. */
  positions: Float32Array;
  /** Triangle vertex indices, counter-clockwise seen from outside. */
  indices: Uint32Array;
  /** Unit vertex normals, model space. */
  normals: Float32Array;
  landmarks: BodyLandmarks;
}

/** Landmark translations are stored from values rounded to 0.1 mm; float32 storage is undone by rounding again. */
const LANDMARK_DECIMALS = 4;

export const SHIPPED_BODY_URL = new URL('./body.glb', import.meta.url);

export async function readBody(bytes: Uint8Array): Promise<BodyData> {
  const io = await createIO();
  const doc = await io.readBinary(bytes);
  const root = doc.getRoot();
  const nodes = root.listNodes();
  // The figure as drawn: nodes outside the default scene are stand-ins (MSFT_lod), not skin.
  const drawn = new Set<Node>();
  (root.getDefaultScene() ?? root.listScenes()[0])?.traverse((node) => drawn.add(node));
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (const node of nodes) {
    const mesh = node.getMesh();
    if (!mesh || !drawn.has(node)) continue;
    const m = node.getWorldMatrix();
    // Normals transform with the inverse transpose; for the scale + translation that
    // quantization adds (possibly non-uniform), that is a division by each axis scale.
    const inv = inverseTranspose3(m);
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION');
      const nor = prim.getAttribute('NORMAL');
      const idx = prim.getIndices();
      if (!pos || !idx) continue;
      const base = positions.length / 3;
      const e = [0, 0, 0];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, e);
        positions.push(
          m[0] * e[0] + m[4] * e[1] + m[8] * e[2] + m[12],
          m[1] * e[0] + m[5] * e[1] + m[9] * e[2] + m[13],
          m[2] * e[0] + m[6] * e[1] + m[10] * e[2] + m[14],
        );
        if (nor) {
          nor.getElement(i, e);
          const x = inv[0] * e[0] + inv[3] * e[1] + inv[6] * e[2];
          const y = inv[1] * e[0] + inv[4] * e[1] + inv[7] * e[2];
          const z = inv[2] * e[0] + inv[5] * e[1] + inv[8] * e[2];
          const l = Math.hypot(x, y, z) || 1;
          normals.push(x / l, y / l, z / l);
        } else {
          normals.push(0, 0, 0);
        }
      }
      const ia = idx.getArray()!;
      for (let i = 0; i < ia.length; i++) indices.push(base + ia[i]);
    }
  }
  const landmarkRoot = nodes.find((n) => n.getName() === 'landmarks');
  if (!landmarkRoot) throw new Error('body model has no "landmarks" node');
  return {
    positions: Float32Array.from(positions),
    indices: Uint32Array.from(indices),
    normals: Float32Array.from(normals),
    landmarks: readLandmarks(landmarkRoot),
  };
}

function readLandmarks(parent: Node): BodyLandmarks {
  const out: BodyLandmarks = {};
  const named = parent.listChildren().map((c) => [c.getName(), c] as const);
  named.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, child] of named) {
    const m = child.getWorldMatrix();
    out[name] = {
      x: +m[12].toFixed(LANDMARK_DECIMALS),
      y: +m[13].toFixed(LANDMARK_DECIMALS),
      z: +m[14].toFixed(LANDMARK_DECIMALS),
    };
  }
  return out;
}

/** Upper-left 3x3 of a column-major 4x4 matrix, inverted and transposed (column-major). */
function inverseTranspose3(m: ArrayLike<number>): number[] {
  const a = m[0], b = m[4], c = m[8];
  const d = m[1], e = m[5], f = m[9];
  const g = m[2], h = m[6], i = m[10];
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  const D = -(b * i - c * h);
  const E = a * i - c * g;
  const F = -(a * h - b * g);
  const G = b * f - c * e;
  const H = -(a * f - c * d);
  const I = a * e - b * d;
  // The cofactor matrix over det is the inverse transpose; returned column-major.
  return [A / det, D / det, G / det, B / det, E / det, H / det, C / det, F / det, I / det];
}

/** Reads models/body.glb as committed. */
export async function readShippedBody(): Promise<BodyData> {
  return readBody(new Uint8Array(await readFile(fileURLToPath(SHIPPED_BODY_URL))));
}
