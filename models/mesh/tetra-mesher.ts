/**
 * Turns the implicit field into a triangle mesh with marching tetrahedra.
 *
 * Why tetrahedra rather than marching cubes: every cube is split into the same six
 * tetrahedra around its main diagonal (the Freudenthal split), so neighbouring cubes agree
 * on their shared faces and a tetrahedron has no ambiguous cases. The result is always a
 * closed, consistently oriented 2-manifold, which the model's tests demand.
 *
 * Only blocks of cells near the skin are sampled: a block whose centre is far from the
 * surface (judged by the field value, a distance estimate) is filled with its sign.
 */
import type { Field } from '../field/field.js';
import { FAR } from '../field/field.js';

export interface RawMesh {
  positions: Float64Array;
  indices: Uint32Array;
  /** How many field samples were taken (for the build report). */
  sampled: number;
}

export interface MesherOptions {
  cell: number;
  /** Cells per block edge. */
  block?: number;
}

/** The six tetrahedra of a cube; corners numbered x + 2y + 4z. */
const TETS: number[][] = (() => {
  const perms = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];
  return perms.map(([a, b]) => [0, 1 << a, (1 << a) | (1 << b), 7]);
})();

const CORNER = (c: number): [number, number, number] => [c & 1, (c >> 1) & 1, (c >> 2) & 1];

/**
 * For each tetrahedron and each inside/outside pattern of its 4 corners: the triangles,
 * each as 3 edges, each edge as [corner, corner]. Winding makes normals point outward
 * (toward positive field values), decided once here on edge midpoints.
 */
const TABLE: number[][][][][] = TETS.map((tet) => {
  const cases: number[][][][] = [];
  for (let mask = 0; mask < 16; mask++) {
    const inside = [0, 1, 2, 3].filter((i) => mask & (1 << i));
    const outside = [0, 1, 2, 3].filter((i) => !(mask & (1 << i)));
    let polys: number[][][] = [];
    if (inside.length === 1 || inside.length === 3) {
      const lone = inside.length === 1 ? inside[0] : outside[0];
      const others = [0, 1, 2, 3].filter((i) => i !== lone);
      polys = [others.map((o) => [tet[lone], tet[o]])];
    } else if (inside.length === 2) {
      const [i0, i1] = inside;
      const [o0, o1] = outside;
      const quad = [
        [tet[i0], tet[o0]],
        [tet[i0], tet[o1]],
        [tet[i1], tet[o1]],
        [tet[i1], tet[o0]],
      ];
      polys = [
        [quad[0], quad[1], quad[2]],
        [quad[0], quad[2], quad[3]],
      ];
    }
    const centroid = (cs: number[]) => {
      const s = [0, 0, 0];
      for (const c of cs) CORNER(tet[c]).forEach((v, k) => (s[k] += v / cs.length));
      return s;
    };
    const outward =
      inside.length > 0 && outside.length > 0
        ? centroid(outside).map((v, k) => v - centroid(inside)[k])
        : [0, 0, 0];
    cases.push(
      polys.map((tri) => {
        const m = tri.map(([a, b]) => CORNER(a).map((v, k) => (v + CORNER(b)[k]) / 2));
        const e1 = m[1].map((v, k) => v - m[0][k]);
        const e2 = m[2].map((v, k) => v - m[0][k]);
        const n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
        const dotp = n[0] * outward[0] + n[1] * outward[1] + n[2] * outward[2];
        return dotp >= 0 ? tri : [tri[0], tri[2], tri[1]];
      }),
    );
  }
  return cases;
});

export function meshField(field: Field, opts: MesherOptions): RawMesh {
  const h = opts.cell;
  const B = opts.block ?? 4;
  const pad = 2 * h;
  const min = field.bounds.min.map((v) => v - pad);
  const max = field.bounds.max.map((v) => v + pad);
  const nbx = Math.ceil((max[0] - min[0]) / (B * h));
  const nby = Math.ceil((max[1] - min[1]) / (B * h));
  const nbz = Math.ceil((max[2] - min[2]) / (B * h));
  const nx = nbx * B + 1;
  const ny = nby * B + 1;
  const nz = nbz * B + 1;
  const ox = min[0];
  const oy = min[1];
  const oz = min[2];
  const values = new Float32Array(nx * ny * nz).fill(NaN);
  const sampleIndex = (i: number, j: number, k: number) => i + nx * (j + ny * k);

  const halfDiagonal = (B * h * Math.sqrt(3)) / 2;
  // The field is a distance estimate whose slope can exceed 1 where details are steep.
  const skipBeyond = 1.5 * halfDiagonal + h;
  const active: number[] = [];
  let sampled = 0;
  // Sampled points get consecutive ids, so edge vertices can live in a dense table.
  const compactId = new Int32Array(nx * ny * nz).fill(-1);
  const blockSign = new Int8Array(nbx * nby * nbz);
  const lists: Int32Array[] = [];

  for (let bk = 0; bk < nbz; bk++) {
    for (let bj = 0; bj < nby; bj++) {
      for (let bi = 0; bi < nbx; bi++) {
        const b = bi + nbx * (bj + nby * bk);
        const x0 = ox + bi * B * h;
        const y0 = oy + bj * B * h;
        const z0 = oz + bk * B * h;
        const list = field.operationsNear({
          min: [x0, y0, z0],
          max: [x0 + B * h, y0 + B * h, z0 + B * h],
        });
        const c = list.length === 0 ? FAR : field.evaluateWith(list, x0 + (B * h) / 2, y0 + (B * h) / 2, z0 + (B * h) / 2);
        if (Math.abs(c) > skipBeyond) {
          blockSign[b] = c < 0 ? -1 : 1;
        } else {
          active.push(b);
          lists[b] = list;
        }
      }
    }
  }

  for (const b of active) {
    const bi = b % nbx;
    const bj = Math.floor(b / nbx) % nby;
    const bk = Math.floor(b / (nbx * nby));
    const list = lists[b];
    for (let k = bk * B; k <= bk * B + B; k++) {
      const z = oz + k * h;
      for (let j = bj * B; j <= bj * B + B; j++) {
        const y = oy + j * h;
        for (let i = bi * B; i <= bi * B + B; i++) {
          const s = sampleIndex(i, j, k);
          if (!Number.isNaN(values[s])) continue;
          values[s] = field.evaluateWith(list, ox + i * h, y, z);
          compactId[s] = sampled++;
        }
      }
    }
  }
  for (let b = 0; b < blockSign.length; b++) {
    if (blockSign[b] === 0) continue;
    const bi = b % nbx;
    const bj = Math.floor(b / nbx) % nby;
    const bk = Math.floor(b / (nbx * nby));
    const fill = blockSign[b] * FAR;
    for (let k = bk * B; k <= bk * B + B; k++) {
      for (let j = bj * B; j <= bj * B + B; j++) {
        for (let i = bi * B; i <= bi * B + B; i++) {
          const s = sampleIndex(i, j, k);
          if (Number.isNaN(values[s])) values[s] = fill;
        }
      }
    }
  }

  // Offsets of the 8 cube corners in the sample array.
  const cornerOffset = new Int32Array(8);
  for (let c = 0; c < 8; c++) cornerOffset[c] = (c & 1) + nx * (((c >> 1) & 1) + ny * ((c >> 2) & 1));
  const vertexOfEdge = new Int32Array(sampled * 7).fill(-1);
  const positions = new GrowableF64();
  const indices = new GrowableU32();

  const vertexOn = (cellBase: number, ca: number, cb: number, ci: number, cj: number, ck: number): number => {
    // Freudenthal edges join a corner to one whose coordinate bits are a superset.
    const lo = (ca & cb) === ca ? ca : cb;
    const hi = lo === ca ? cb : ca;
    const sLo = cellBase + cornerOffset[lo];
    const key = compactId[sLo] * 7 + ((hi ^ lo) - 1);
    const known = vertexOfEdge[key];
    if (known >= 0) return known;
    const fLo = values[sLo];
    const fHi = values[cellBase + cornerOffset[hi]];
    let t = fLo / (fLo - fHi);
    // Keep vertices off the sample points so no triangle collapses to zero area.
    t = t < 0.02 ? 0.02 : t > 0.98 ? 0.98 : t;
    const lx = lo & 1;
    const ly = (lo >> 1) & 1;
    const lz = (lo >> 2) & 1;
    const id = positions.length / 3;
    positions.push3(
      ox + (ci + lx + ((hi & 1) - lx) * t) * h,
      oy + (cj + ly + (((hi >> 1) & 1) - ly) * t) * h,
      oz + (ck + lz + (((hi >> 2) & 1) - lz) * t) * h,
    );
    vertexOfEdge[key] = id;
    return id;
  };

  const tetCorners = Int8Array.from(TETS.flat());
  for (const b of active) {
    const bi = b % nbx;
    const bj = Math.floor(b / nbx) % nby;
    const bk = Math.floor(b / (nbx * nby));
    for (let k = bk * B; k < bk * B + B; k++) {
      for (let j = bj * B; j < bj * B + B; j++) {
        for (let i = bi * B; i < bi * B + B; i++) {
          const base = sampleIndex(i, j, k);
          let inside = 0;
          for (let c = 0; c < 8; c++) if (values[base + cornerOffset[c]] < 0) inside |= 1 << c;
          if (inside === 0 || inside === 255) continue;
          for (let t = 0; t < 6; t++) {
            let mask = 0;
            for (let v = 0; v < 4; v++) if (inside & (1 << tetCorners[t * 4 + v])) mask |= 1 << v;
            const c = t * 16 + mask;
            const first = CASE_START[c];
            const last = first + CASE_TRIANGLES[c] * 6;
            for (let e = first; e < last; e += 2) {
              indices.push(vertexOn(base, CASE_EDGES[e], CASE_EDGES[e + 1], i, j, k));
            }
          }
        }
      }
    }
  }
  return { positions: positions.toArray(), indices: indices.toArray(), sampled };
}

/** TABLE flattened: per (tet, case) the first entry and triangle count; entries are corner pairs. */
const CASE_START = new Int32Array(6 * 16);
const CASE_TRIANGLES = new Int32Array(6 * 16);
const CASE_EDGES: Int8Array = (() => {
  const flat: number[] = [];
  for (let t = 0; t < 6; t++) {
    for (let m = 0; m < 16; m++) {
      CASE_START[t * 16 + m] = flat.length;
      CASE_TRIANGLES[t * 16 + m] = TABLE[t][m].length;
      for (const tri of TABLE[t][m]) for (const [a, b] of tri) flat.push(a, b);
    }
  }
  return Int8Array.from(flat);
})();

class GrowableF64 {
  private data = new Float64Array(1 << 16);
  length = 0;
  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

class GrowableU32 {
  private data = new Uint32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}
