/**
 * The glTF JSON of a .glb, checked for the shape the reader relies on before any of it is
 * used: a file from the web may hold anything (`"children": 5`, `"count": -5`, `null`), and
 * a failure deep in the reader would otherwise surface as "number 5 is not iterable". Each
 * problem is reported with the item it is in ("node 3: children must be a list of node
 * numbers"), and the node tree is bounded here (see MODEL_LIMITS).
 */

export class GlbFormatError extends Error {
  override name = 'GlbFormatError';
}

/** The largest model the widget reads. Documented in README ("Limits"). */
export const MODEL_LIMITS = {
  /** Nodes in the file: the shipped body has 64. */
  nodes: 10_000,
  /** Levels of nesting below a scene's root nodes: the shipped body has 2. */
  depth: 64,
  /** Triangles over all meshes: the shipped body has about 56,000. */
  triangles: 1_000_000,
} as const;

export interface GltfJson {
  scene?: number;
  scenes?: { nodes?: number[] }[];
  nodes?: GltfNode[];
  meshes?: { name?: string; primitives: GltfPrimitive[] }[];
  accessors?: GltfAccessor[];
  bufferViews?: GltfBufferView[];
  buffers?: { byteLength: number; uri?: string }[];
  extensionsRequired?: string[];
}
export interface GltfNode {
  name?: string;
  children?: number[];
  mesh?: number;
  matrix?: number[];
  translation?: number[];
  rotation?: number[];
  scale?: number[];
}
export interface GltfPrimitive {
  attributes: Record<string, number>;
  indices?: number;
  mode?: number;
}
export interface GltfAccessor {
  bufferView?: number;
  byteOffset?: number;
  componentType: number;
  normalized?: boolean;
  count: number;
  type: string;
  sparse?: unknown;
}
export interface MeshoptView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride: number;
  count: number;
  mode: string;
  filter?: string;
}
export interface GltfBufferView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride?: number;
  extensions?: { EXT_meshopt_compression?: MeshoptView };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Checks `data` (parsed JSON) and returns it typed; throws GlbFormatError on the first problem. */
export function checkGltfJson(data: unknown): GltfJson {
  if (!isObject(data)) throw new GlbFormatError('its JSON chunk does not hold a glTF description (an object)');
  const list = (key: string, limit = Infinity): Json[] => {
    const value = data[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new GlbFormatError(`"${key}" must be a list`);
    if (value.length > limit) throw new GlbFormatError(`it has ${value.length} ${key}; the widget reads at most ${limit}`);
    value.forEach((item, i) => {
      if (!isObject(item)) throw new GlbFormatError(`${singular(key)} ${i} is not an object`);
    });
    return value as Json[];
  };
  const nodes = list('nodes', MODEL_LIMITS.nodes);
  const meshes = list('meshes');
  const accessors = list('accessors');
  const views = list('bufferViews');
  const buffers = list('buffers');
  const scenes = list('scenes');

  /** A reference to an item of `items`: a whole number in range. */
  const ref = (value: unknown, items: unknown[], what: string, where: string): void => {
    if (value === undefined) return;
    if (!isCount(value) || value >= items.length) {
      throw new GlbFormatError(`${where} refers to ${what} ${describe(value)}, which does not exist`);
    }
  };
  const count = (item: Json, key: string, where: string, required = false): void => {
    if (item[key] === undefined && !required) return;
    if (item[key] === undefined) throw new GlbFormatError(`${where}: "${key}" is missing`);
    if (!isCount(item[key])) throw new GlbFormatError(`${where}: "${key}" must be a whole number of 0 or more, not ${describe(item[key])}`);
  };
  const numbers = (item: Json, key: string, length: number, where: string): void => {
    const value = item[key];
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length !== length || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw new GlbFormatError(`${where}: "${key}" must be ${length} finite numbers`);
    }
  };
  const text = (item: Json, key: string, where: string): void => {
    if (item[key] !== undefined && typeof item[key] !== 'string') throw new GlbFormatError(`${where}: "${key}" must be text`);
  };

  const required = data.extensionsRequired;
  if (required !== undefined && !(Array.isArray(required) && required.every((name) => typeof name === 'string'))) {
    throw new GlbFormatError('"extensionsRequired" must be a list of extension names');
  }
  buffers.forEach((buffer, i) => {
    count(buffer, 'byteLength', `buffer ${i}`, true);
    text(buffer, 'uri', `buffer ${i}`);
  });
  views.forEach((view, i) => {
    const where = `buffer view ${i}`;
    ref(view.buffer, buffers, 'buffer', where);
    if (view.buffer === undefined) throw new GlbFormatError(`${where} has no buffer`);
    count(view, 'byteOffset', where);
    count(view, 'byteLength', where, true);
    count(view, 'byteStride', where);
    const meshopt = isObject(view.extensions) ? view.extensions.EXT_meshopt_compression : undefined;
    if (meshopt === undefined) return;
    if (!isObject(meshopt)) throw new GlbFormatError(`${where}: its meshopt compression is not an object`);
    ref(meshopt.buffer, buffers, 'buffer', where);
    for (const key of ['buffer', 'byteLength', 'byteStride', 'count']) count(meshopt, key, `${where} (meshopt)`, true);
    count(meshopt, 'byteOffset', `${where} (meshopt)`);
    text(meshopt, 'mode', `${where} (meshopt)`);
    text(meshopt, 'filter', `${where} (meshopt)`);
    // The decoded size is what the file says the view holds: no allocation beyond it.
    if ((meshopt.count as number) * (meshopt.byteStride as number) !== view.byteLength) {
      throw new GlbFormatError(`${where}: its compressed size does not match its byteLength`);
    }
  });
  accessors.forEach((accessor, i) => {
    const where = `accessor ${i}`;
    ref(accessor.bufferView, views, 'buffer view', where);
    count(accessor, 'byteOffset', where);
    count(accessor, 'count', where, true);
    text(accessor, 'type', where);
  });
  meshes.forEach((mesh, i) => {
    const where = `mesh ${i}`;
    const primitives = mesh.primitives;
    if (!Array.isArray(primitives) || primitives.length === 0) throw new GlbFormatError(`${where} has no primitives`);
    primitives.forEach((primitive: unknown, k) => {
      const at = `${where} primitive ${k}`;
      if (!isObject(primitive) || !isObject(primitive.attributes)) throw new GlbFormatError(`${at} has no attributes`);
      for (const [name, index] of Object.entries(primitive.attributes)) ref(index, accessors, 'accessor', `${at} ${name}`);
      if (primitive.indices !== undefined) ref(primitive.indices, accessors, 'accessor', `${at} indices`);
      count(primitive, 'mode', at);
    });
  });
  nodes.forEach((node, i) => {
    const where = `node ${i}`;
    text(node, 'name', where);
    ref(node.mesh, meshes, 'mesh', where);
    if (node.children !== undefined && !Array.isArray(node.children)) throw new GlbFormatError(`${where}: "children" must be a list of node numbers`);
    for (const child of (node.children as unknown[] | undefined) ?? []) ref(child, nodes, 'node', `${where}'s children`);
    numbers(node, 'matrix', 16, where);
    numbers(node, 'translation', 3, where);
    numbers(node, 'rotation', 4, where);
    numbers(node, 'scale', 3, where);
  });
  scenes.forEach((scene, i) => {
    if (scene.nodes !== undefined && !Array.isArray(scene.nodes)) throw new GlbFormatError(`scene ${i}: "nodes" must be a list of node numbers`);
    for (const node of (scene.nodes as unknown[] | undefined) ?? []) ref(node, nodes, 'node', `scene ${i}`);
  });
  ref(data.scene, scenes, 'scene', 'the default scene');
  checkTree(data as GltfJson);
  return data as GltfJson;
}

/**
 * glTF nodes form separate trees: no node has two parents, and no node is its own ancestor.
 * A file that shares children (node k lists k+1 twice) would expand to an exponential tree,
 * and a chain thousands deep overflows three.js's recursive renderer, so both are refused,
 * and the depth is bounded. Iterative: the file decides the depth, not the call stack.
 */
function checkTree(json: GltfJson): void {
  const nodes = json.nodes ?? [];
  const parent = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((node, i) => {
    for (const child of node.children ?? []) {
      if (child === i) throw new GlbFormatError(`node ${i} lists itself as a child`);
      if (parent[child] !== -1) {
        throw new GlbFormatError(`node ${child} is a child of both node ${parent[child]} and node ${i} (each node may have one parent)`);
      }
      parent[child] = i;
    }
  });
  const roots = json.scenes?.[json.scene ?? 0]?.nodes ?? [];
  const seen = new Uint8Array(nodes.length);
  const stack: [number, number][] = [];
  for (const root of roots) {
    if (parent[root] !== -1) throw new GlbFormatError(`node ${root} is a scene root and also a child of node ${parent[root]}`);
    if (seen[root]) throw new GlbFormatError(`node ${root} is listed twice in the scene`);
    stack.push([root, 1]);
    while (stack.length) {
      const [index, depth] = stack.pop()!;
      seen[index] = 1;
      if (depth > MODEL_LIMITS.depth) {
        throw new GlbFormatError(`its nodes are nested more than ${MODEL_LIMITS.depth} levels deep`);
      }
      for (const child of nodes[index].children ?? []) stack.push([child, depth + 1]);
    }
  }
}

function singular(key: string): string {
  return { nodes: 'node', meshes: 'mesh', accessors: 'accessor', bufferViews: 'buffer view', buffers: 'buffer', scenes: 'scene' }[key] ?? key;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 24 ? `${text.slice(0, 21)}…` : text;
}
