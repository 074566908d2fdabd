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
  /** MSFT_lod: lighter stand-ins for this node (nodes outside the scene), from more to less detail. */
  extensions?: { MSFT_lod?: { ids?: unknown } };
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

/**
 * What the reader uses of each list's items: `n` a whole number of 0 or more (`n!` also
 * required), `s` text, `f3` three finite numbers, `>list` an index into that list
 * (`>list!` required, `>list[]` a list of indices).
 */
const SHAPES: Record<string, Record<string, string>> = {
  buffers: { byteLength: 'n!', uri: 's' },
  bufferViews: { buffer: '>buffers!', byteOffset: 'n', byteLength: 'n!', byteStride: 'n' },
  accessors: { bufferView: '>bufferViews', byteOffset: 'n', count: 'n!', type: 's' },
  meshes: {},
  nodes: { name: 's', mesh: '>meshes', children: '>nodes[]', matrix: 'f16', translation: 'f3', rotation: 'f4', scale: 'f3' },
  scenes: { nodes: '>nodes[]' },
};
const MESHOPT_SHAPE = { buffer: '>buffers!', byteOffset: 'n', byteLength: 'n!', byteStride: 'n!', count: 'n!', mode: 's', filter: 's' };
const SINGULAR: Record<string, string> = { nodes: 'node', meshes: 'mesh', accessors: 'accessor', bufferViews: 'buffer view', buffers: 'buffer', scenes: 'scene' };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const fail = (message: string): never => {
  throw new GlbFormatError(message);
};

/** Checks `data` (parsed JSON) and returns it typed; throws GlbFormatError on the first problem. */
export function checkGltfJson(data: unknown): GltfJson {
  if (!isObject(data)) fail('its JSON chunk does not hold a glTF description (an object)');
  const json = data as Json;
  const lists: Record<string, unknown[]> = {};
  for (const key of Object.keys(SHAPES)) {
    const value = json[key] ?? [];
    if (!Array.isArray(value)) fail(`"${key}" must be a list`);
    lists[key] = value as unknown[];
  }
  if (lists.nodes.length > MODEL_LIMITS.nodes) fail(`it has ${lists.nodes.length} nodes; the widget reads at most ${MODEL_LIMITS.nodes}`);

  /** `item` follows `shape`; `where` names it in messages ("node 3"). */
  const check = (item: Json, shape: Record<string, string>, where: string): void => {
    for (const [key, rule] of Object.entries(shape)) {
      const value = item[key];
      if (value === undefined) {
        if (rule.endsWith('!')) fail(`${where}: "${key}" is missing`);
        continue;
      }
      const target = rule[0] === '>' ? rule.slice(1).replace(/\W+$/, '') : '';
      const ref = (index: unknown) => {
        if (!isCount(index) || index >= lists[target].length) fail(`${where} refers to ${SINGULAR[target]} ${describe(index)}, which does not exist`);
      };
      if (rule.endsWith('[]')) {
        if (!Array.isArray(value)) fail(`${where}: "${key}" must be a list of ${SINGULAR[target]} numbers`);
        (value as unknown[]).forEach(ref);
      } else if (target) {
        ref(value);
      } else if (rule[0] === 'n') {
        if (!isCount(value)) fail(`${where}: "${key}" must be a whole number of 0 or more, not ${describe(value)}`);
      } else if (rule === 's') {
        if (typeof value !== 'string') fail(`${where}: "${key}" must be text`);
      } else {
        const length = Number(rule.slice(1));
        if (!Array.isArray(value) || value.length !== length || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
          fail(`${where}: "${key}" must be ${length} finite numbers`);
        }
      }
    }
  };

  const required = json.extensionsRequired;
  if (required !== undefined && !(Array.isArray(required) && required.every((name) => typeof name === 'string'))) {
    fail('"extensionsRequired" must be a list of extension names');
  }
  for (const [key, items] of Object.entries(lists)) {
    items.forEach((item, i) => {
      const where = `${SINGULAR[key]} ${i}`;
      if (!isObject(item)) fail(`${where} is not an object`);
      check(item as Json, SHAPES[key], where);
    });
  }
  lists.bufferViews.forEach((view, i) => {
    const meshopt = (view as GltfBufferView).extensions?.EXT_meshopt_compression as unknown;
    if (meshopt === undefined) return;
    const where = `buffer view ${i} (meshopt)`;
    if (!isObject(meshopt)) fail(`${where} is not an object`);
    check(meshopt as Json, MESHOPT_SHAPE, where);
    // The decoded size is what the file says the view holds: no allocation beyond it.
    const { count, byteStride } = meshopt as unknown as MeshoptView;
    if (count * byteStride !== (view as GltfBufferView).byteLength) fail(`${where}: its size does not match the view's byteLength`);
  });
  lists.meshes.forEach((mesh, i) => {
    const primitives = (mesh as Json).primitives;
    if (!Array.isArray(primitives) || primitives.length === 0) fail(`mesh ${i} has no primitives`);
    (primitives as unknown[]).forEach((primitive, k) => {
      const where = `mesh ${i} primitive ${k}`;
      if (!isObject(primitive) || !isObject(primitive.attributes)) fail(`${where} has no attributes`);
      const { attributes, indices, mode } = primitive as Json;
      check({ ...(attributes as Json), indices, mode }, Object.fromEntries([...Object.keys(attributes as Json), 'indices'].map((name) => [name, '>accessors']).concat([['mode', 'n']])), where);
    });
  });
  if (json.scene !== undefined && !(isCount(json.scene) && json.scene < lists.scenes.length)) {
    fail(`the default scene refers to scene ${describe(json.scene)}, which does not exist`);
  }
  checkTree(json as GltfJson);
  return json as GltfJson;
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

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 24 ? `${text.slice(0, 21)}…` : text;
}
