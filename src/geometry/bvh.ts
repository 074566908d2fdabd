/**
 * A compact bounding-volume hierarchy over triangles, stored in typed arrays so a body mesh
 * of ~60k triangles builds in tens of milliseconds and queries allocate nothing.
 *
 * Layout (node i):
 *   bounds[6i .. 6i+5] = minX, minY, minZ, maxX, maxY, maxZ
 *   info[2i]   = first triangle (leaf) or index of the right child (inner node)
 *   info[2i+1] = triangle count (leaf, > 0) or 0 (inner node)
 * Nodes are laid out depth first, so an inner node's left child is always i + 1.
 * Triangles are reordered so each leaf owns a contiguous run; `triangles` holds their
 * corners (9 numbers each) in that order and `triangleIds` maps back to the input order.
 */

export interface Bvh {
  bounds: Float64Array;
  info: Uint32Array;
  nodeCount: number;
  /** Deepest root-to-leaf path, in nodes: sizes the traversal stacks. */
  depth: number;
  /** Corners of the triangles in BVH order: ax, ay, az, bx, by, bz, cx, cy, cz. */
  triangles: Float64Array;
  /** Input triangle index of each triangle in BVH order. */
  triangleIds: Uint32Array;
}

const MAX_LEAF_TRIANGLES = 4;
/** A node this small becomes a leaf whenever splitting would not pay for itself. */
const MAX_SAH_LEAF_TRIANGLES = 12;
const BIN_COUNT = 12;
/** Cost of visiting a node relative to testing one triangle. */
const TRAVERSAL_COST = 1;

/** Build in one go (Node, tests, a worker: nothing else waits for this thread). */
export function buildBvh(positions: ArrayLike<number>, indices: ArrayLike<number>): Bvh {
  const steps = bvhSteps(positions, indices);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Work between two pauses of `bvhSteps`, in triangles visited: a few milliseconds on a slow
 * phone. A node visits all its triangles, so the nodes near the root are the heavy ones.
 */
const TRIANGLES_PER_STEP = 16384;

/**
 * The build, pausing (yielding) every few thousand triangles visited, so that a page
 * without workers can spread it over many short tasks (surface-builder.ts).
 */
export function* bvhSteps(positions: ArrayLike<number>, indices: ArrayLike<number>): Generator<void, Bvh, void> {
  if (indices.length % 3 !== 0) {
    throw new Error(`index count ${indices.length} is not a multiple of 3`);
  }
  const triangleCount = indices.length / 3;
  const vertexCount = Math.floor(positions.length / 3);
  if (triangleCount === 0) throw new Error('cannot build a BVH without triangles');

  // Per-triangle boxes and centroids, computed once.
  const boxes = new Float64Array(triangleCount * 6);
  const centroids = new Float64Array(triangleCount * 3);
  for (let t = 0; t < triangleCount; t++) {
    if (t % TRIANGLES_PER_STEP === TRIANGLES_PER_STEP - 1) yield;
    for (let axis = 0; axis < 3; axis++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let corner = 0; corner < 3; corner++) {
        const v = indices[3 * t + corner];
        if (!(v >= 0 && v < vertexCount)) {
          throw new Error(`triangle ${t} refers to vertex ${v}, but there are ${vertexCount}`);
        }
        const c = positions[3 * v + axis];
        if (c < lo) lo = c;
        if (c > hi) hi = c;
      }
      boxes[6 * t + axis] = lo;
      boxes[6 * t + 3 + axis] = hi;
      centroids[3 * t + axis] = (lo + hi) / 2;
    }
  }

  const order = new Uint32Array(triangleCount);
  for (let t = 0; t < triangleCount; t++) order[t] = t;

  const maxNodes = 2 * triangleCount - 1;
  const bounds = new Float64Array(maxNodes * 6);
  const info = new Uint32Array(maxNodes * 2);
  let nodeCount = 0;
  let depth = 0;

  // Scratch for binning, reused by every node.
  const binBoxes = new Float64Array(BIN_COUNT * 6);
  const binCounts = new Uint32Array(BIN_COUNT);
  const rightAreas = new Float64Array(BIN_COUNT);
  const rightCounts = new Uint32Array(BIN_COUNT);

  // Depth-first build with an explicit task stack (no recursion, no closures: both made
  // V8 deoptimise the hot loop over and over). A task is a triangle range, the node that
  // waits for it as its right child (or NO_PARENT), and its depth.
  const NO_PARENT = 0xffffffff;
  const taskStart: number[] = [0];
  const taskEnd: number[] = [triangleCount];
  const taskParent: number[] = [NO_PARENT];
  const taskLevel: number[] = [1];
  const cMin = new Float64Array(3);
  const cExtent = new Float64Array(3);
  let visited = 0;
  while (taskStart.length > 0) {
    const start = taskStart.pop()!;
    const end = taskEnd.pop()!;
    const parent = taskParent.pop()!;
    const level = taskLevel.pop()!;
    const node = nodeCount++;
    visited += end - start;
    if (visited >= TRIANGLES_PER_STEP) {
      visited = 0;
      yield;
    }
    if (parent !== NO_PARENT) info[2 * parent] = node;
    if (level > depth) depth = level;

    // Node box and centroid box.
    let minX = Infinity, minY = Infinity, minZ = Infinity;
    let maxX = -Infinity, maxY = -Infinity, maxZ = -Infinity;
    let cMinX = Infinity, cMinY = Infinity, cMinZ = Infinity;
    let cMaxX = -Infinity, cMaxY = -Infinity, cMaxZ = -Infinity;
    for (let i = start; i < end; i++) {
      const t = order[i];
      const b = 6 * t;
      if (boxes[b] < minX) minX = boxes[b];
      if (boxes[b + 1] < minY) minY = boxes[b + 1];
      if (boxes[b + 2] < minZ) minZ = boxes[b + 2];
      if (boxes[b + 3] > maxX) maxX = boxes[b + 3];
      if (boxes[b + 4] > maxY) maxY = boxes[b + 4];
      if (boxes[b + 5] > maxZ) maxZ = boxes[b + 5];
      const cx = centroids[3 * t], cy = centroids[3 * t + 1], cz = centroids[3 * t + 2];
      if (cx < cMinX) cMinX = cx;
      if (cy < cMinY) cMinY = cy;
      if (cz < cMinZ) cMinZ = cz;
      if (cx > cMaxX) cMaxX = cx;
      if (cy > cMaxY) cMaxY = cy;
      if (cz > cMaxZ) cMaxZ = cz;
    }
    const o = 6 * node;
    bounds[o] = minX; bounds[o + 1] = minY; bounds[o + 2] = minZ;
    bounds[o + 3] = maxX; bounds[o + 4] = maxY; bounds[o + 5] = maxZ;
    // Stored as a leaf first; the split below, if any, makes it an inner node.
    const count = end - start;
    info[2 * node] = start;
    info[2 * node + 1] = count;
    if (count <= MAX_LEAF_TRIANGLES) continue;

    // Binned surface-area heuristic.
    cMin[0] = cMinX; cMin[1] = cMinY; cMin[2] = cMinZ;
    cExtent[0] = cMaxX - cMinX; cExtent[1] = cMaxY - cMinY; cExtent[2] = cMaxZ - cMinZ;
    let bestCost = Infinity;
    let bestAxis = -1;
    let bestSplit = 0; // bins [0, bestSplit) go left
    // Only the widest axis of the centroids: a third of the work of trying all three, for a
    // tree that is nearly as good on a body-shaped mesh (measured on a 61k-triangle ellipsoid: SAH cost +2.5 %).
    const widest = cExtent[0] >= cExtent[1] && cExtent[0] >= cExtent[2] ? 0 : cExtent[1] >= cExtent[2] ? 1 : 2;
    for (let axis = widest; axis <= widest; axis++) {
      if (!(cExtent[axis] > 0)) continue;
      const binScale = BIN_COUNT / cExtent[axis];
      const axisMin = cMin[axis];
      binCounts.fill(0);
      for (let k = 0; k < BIN_COUNT; k++) {
        binBoxes[6 * k] = binBoxes[6 * k + 1] = binBoxes[6 * k + 2] = Infinity;
        binBoxes[6 * k + 3] = binBoxes[6 * k + 4] = binBoxes[6 * k + 5] = -Infinity;
      }
      for (let i = start; i < end; i++) {
        const t = order[i];
        let k = Math.floor((centroids[3 * t + axis] - axisMin) * binScale);
        if (k > BIN_COUNT - 1) k = BIN_COUNT - 1;
        binCounts[k]++;
        const bb = 6 * k, tb = 6 * t;
        if (boxes[tb] < binBoxes[bb]) binBoxes[bb] = boxes[tb];
        if (boxes[tb + 1] < binBoxes[bb + 1]) binBoxes[bb + 1] = boxes[tb + 1];
        if (boxes[tb + 2] < binBoxes[bb + 2]) binBoxes[bb + 2] = boxes[tb + 2];
        if (boxes[tb + 3] > binBoxes[bb + 3]) binBoxes[bb + 3] = boxes[tb + 3];
        if (boxes[tb + 4] > binBoxes[bb + 4]) binBoxes[bb + 4] = boxes[tb + 4];
        if (boxes[tb + 5] > binBoxes[bb + 5]) binBoxes[bb + 5] = boxes[tb + 5];
      }
      // Sweep from the right to know the area and count right of every split plane.
      let rx0 = Infinity, ry0 = Infinity, rz0 = Infinity, rx1 = -Infinity, ry1 = -Infinity, rz1 = -Infinity;
      let rCount = 0;
      for (let k = BIN_COUNT - 1; k > 0; k--) {
        const bb = 6 * k;
        if (binCounts[k] > 0) {
          if (binBoxes[bb] < rx0) rx0 = binBoxes[bb];
          if (binBoxes[bb + 1] < ry0) ry0 = binBoxes[bb + 1];
          if (binBoxes[bb + 2] < rz0) rz0 = binBoxes[bb + 2];
          if (binBoxes[bb + 3] > rx1) rx1 = binBoxes[bb + 3];
          if (binBoxes[bb + 4] > ry1) ry1 = binBoxes[bb + 4];
          if (binBoxes[bb + 5] > rz1) rz1 = binBoxes[bb + 5];
        }
        rCount += binCounts[k];
        rightCounts[k] = rCount;
        rightAreas[k] = rCount > 0 ? surfaceArea(rx0, ry0, rz0, rx1, ry1, rz1) : 0;
      }
      let lx0 = Infinity, ly0 = Infinity, lz0 = Infinity, lx1 = -Infinity, ly1 = -Infinity, lz1 = -Infinity;
      let lCount = 0;
      for (let split = 1; split < BIN_COUNT; split++) {
        const bb = 6 * (split - 1);
        if (binCounts[split - 1] > 0) {
          if (binBoxes[bb] < lx0) lx0 = binBoxes[bb];
          if (binBoxes[bb + 1] < ly0) ly0 = binBoxes[bb + 1];
          if (binBoxes[bb + 2] < lz0) lz0 = binBoxes[bb + 2];
          if (binBoxes[bb + 3] > lx1) lx1 = binBoxes[bb + 3];
          if (binBoxes[bb + 4] > ly1) ly1 = binBoxes[bb + 4];
          if (binBoxes[bb + 5] > lz1) lz1 = binBoxes[bb + 5];
        }
        lCount += binCounts[split - 1];
        if (lCount === 0 || rightCounts[split] === 0) continue;
        const cost = lCount * surfaceArea(lx0, ly0, lz0, lx1, ly1, lz1) + rightCounts[split] * rightAreas[split];
        if (cost < bestCost) {
          bestCost = cost;
          bestAxis = axis;
          bestSplit = split;
        }
      }
    }

    // All centroids coincide: no plane separates them, so they stay one leaf.
    if (bestAxis < 0) continue;
    const parentArea = surfaceArea(minX, minY, minZ, maxX, maxY, maxZ);
    const splitCost = TRAVERSAL_COST + (parentArea > 0 ? bestCost / parentArea : count);
    if (count <= MAX_SAH_LEAF_TRIANGLES && splitCost >= count) continue;

    // Partition `order[start, end)` by bin, with the same arithmetic as the binning.
    const binScale = BIN_COUNT / cExtent[bestAxis];
    const axisMin = cMin[bestAxis];
    let left = start;
    let right = end - 1;
    while (left <= right) {
      const t = order[left];
      let k = Math.floor((centroids[3 * t + bestAxis] - axisMin) * binScale);
      if (k > BIN_COUNT - 1) k = BIN_COUNT - 1;
      if (k < bestSplit) {
        left++;
      } else {
        order[left] = order[right];
        order[right] = t;
        right--;
      }
    }
    info[2 * node + 1] = 0; // inner node; info[2 * node] is set when the right child is made
    // Right pushed first so the left child is built next and gets index node + 1.
    taskStart.push(left, start);
    taskEnd.push(end, left);
    taskParent.push(node, NO_PARENT);
    taskLevel.push(level + 1, level + 1);
  }

  const triangles = new Float64Array(triangleCount * 9);
  for (let i = 0; i < triangleCount; i++) {
    if (i % TRIANGLES_PER_STEP === TRIANGLES_PER_STEP - 1) yield;
    const t = order[i];
    for (let corner = 0; corner < 3; corner++) {
      const v = indices[3 * t + corner];
      triangles[9 * i + 3 * corner] = positions[3 * v];
      triangles[9 * i + 3 * corner + 1] = positions[3 * v + 1];
      triangles[9 * i + 3 * corner + 2] = positions[3 * v + 2];
    }
  }

  return {
    bounds: bounds.slice(0, nodeCount * 6),
    info: info.slice(0, nodeCount * 2),
    nodeCount,
    depth,
    triangles,
    triangleIds: order,
  };
}

function surfaceArea(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): number {
  const dx = x1 - x0, dy = y1 - y0, dz = z1 - z0;
  return dx * dy + dy * dz + dz * dx;
}
