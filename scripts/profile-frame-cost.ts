// What one frame of the body costs with software WebGL (SwiftShader), and which part of it:
// a standalone page draws the shipped body with the widget's lights and skin, each variant
// timed as render + a 1-pixel readPixels (which waits for SwiftShader to finish the frame,
// as the page's compositor does while a drag is shown). Variants: fewer triangles
// (meshoptimizer's simplifier), the vertex order (as shipped, ordered for compression, or
// for the vertex cache), cheaper materials, a 1-pixel viewport (vertex work only) and an
// empty scene (the fixed cost of a frame). Rounds alternate the variants, so a slow spell of
// the machine hits all alike; medians per variant. The stand-in is the one body.glb carries
// for moving frames (MSFT_lod). For developers, not CI.
//
//   npx tsx scripts/profile-frame-cost.ts [--rounds N] [--width 800 --height 600]
import { loadavg } from 'node:os';
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import { readFile } from 'node:fs/promises';
import { createIO, type MSFTLod } from '../models/gltf.js';
import { readShippedBody, SHIPPED_BODY_URL } from '../models/read-body.js';
import { launchBrowser, root } from './browser.js';
import { startStaticServer } from './bench/static-server.js';

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) || fallback : fallback;
};
const rounds = numberArg('--rounds', 5);
const width = numberArg('--width', 800);
const height = numberArg('--height', 600);

const body = await readShippedBody();
await MeshoptSimplifier.ready;
await MeshoptEncoder.ready;

interface Variant {
  name: string;
  indices: Uint32Array;
}
const variants: Variant[] = [{ name: 'shipped', indices: body.indices }];
{
  // The stand-in's triangles, numbered as the body's vertices (they share the accessors).
  const doc = await (await createIO()).readBinary(new Uint8Array(await readFile(SHIPPED_BODY_URL)));
  const node = doc.getRoot().listNodes().find((n) => n.getName() === 'body')!;
  const lod = (doc.getRoot().listExtensionsUsed().find((e) => e.extensionName === 'MSFT_lod') as MSFTLod | undefined)?.listLods(node)[0];
  if (lod) variants.push({ name: 'stand-in', indices: Uint32Array.from(lod.getMesh()!.listPrimitives()[0].getIndices()!.getArray()!) });
}
// Vertex-cache order (optsize false) instead of the compression order the file has.
// reorderMesh renumbers the vertices too (remap: old -> new); undone here so that every
// variant shares one vertex buffer and only the triangles' order differs.
const reordered = Uint32Array.from(body.indices);
const [remap] = MeshoptEncoder.reorderMesh(reordered, true, false);
const oldOf = new Uint32Array(remap.length);
remap.forEach((to, from) => (oldOf[to] = from));
variants.push({ name: 'cache order', indices: reordered.map((v) => oldOf[v]) });
for (const target of [28000, 7000]) {
  const [out, error] = MeshoptSimplifier.simplify(body.indices, body.positions, 3, target * 3, 0.01, ['ErrorAbsolute']);
  console.log(`simplified to ${out.length / 3} triangles, error ${(error * 1000).toFixed(2)} mm`);
  variants.push({ name: `${out.length / 3} tris`, indices: out });
}

const toBase64 = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
const page = `<!doctype html><html><body style="margin:0">
<script type="importmap">{"imports":{"three":"/three/build/three.module.js"}}</script>
<script type="module">
import * as THREE from 'three';
const b64 = (s, T) => { const bin = atob(s); const u = new Uint8Array(bin.length); for (let i = 0; i < bin.length; i++) u[i] = bin.charCodeAt(i); return new T(u.buffer); };
const positions = b64(${JSON.stringify(toBase64(body.positions))}, Float32Array);
const normals = b64(${JSON.stringify(toBase64(body.normals))}, Float32Array);
const indexSets = ${JSON.stringify(Object.fromEntries(variants.map((v) => [v.name, toBase64(v.indices)])))};
const canvas = document.createElement('canvas');
canvas.width = ${width}; canvas.height = ${height};
canvas.style.cssText = 'width:${width}px;height:${height}px';
document.body.append(canvas);
const renderer = new THREE.WebGLRenderer({ canvas, antialias: false, alpha: true, powerPreference: 'low-power' });
renderer.setPixelRatio(1);
renderer.setClearColor(0x000000, 0);
const scene = new THREE.Scene();
scene.add(new THREE.HemisphereLight(0xf4f7ff, 0x8a7f78, 1.25));
scene.add(new THREE.AmbientLight(0xffffff, 0.18));
const rig = new THREE.Group();
const key = new THREE.DirectionalLight(0xfff4ea, 1.9); key.position.set(1.2, 2.4, 2.2);
const fill = new THREE.DirectionalLight(0xdfe8ff, 0.55); fill.position.set(-2.2, 0.9, 1.2);
const rim = new THREE.DirectionalLight(0xffffff, 0.9); rim.position.set(0.4, 1.8, -2.6);
rig.add(key, fill, rim); scene.add(rig);
const materials = {
  standard: new THREE.MeshStandardMaterial({ color: 0xe6c2a8, roughness: 0.72, metalness: 0 }),
  lambert: new THREE.MeshLambertMaterial({ color: 0xe6c2a8 }),
  basic: new THREE.MeshBasicMaterial({ color: 0xe6c2a8 }),
};
const meshes = {};
for (const [name, data] of Object.entries(indexSets)) {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  g.setAttribute('normal', new THREE.BufferAttribute(normals, 3));
  g.setIndex(new THREE.BufferAttribute(b64(data, Uint32Array), 1));
  const mesh = new THREE.Mesh(g, materials.standard);
  mesh.frustumCulled = false;
  meshes[name] = mesh;
}
const camera = new THREE.PerspectiveCamera(30, ${width} / ${height}, 0.1, 20);
const gl = renderer.getContext();
const pixel = new Uint8Array(4);
let angle = 0;
function frame(mesh, material, tiny, half) {
  for (const m of Object.values(meshes)) m.visible = false;
  if (mesh) { mesh.visible = true; mesh.material = material; if (!mesh.parent) scene.add(mesh); }
  angle += 0.05;
  camera.position.set(Math.sin(angle) * 4.2, 0.95, Math.cos(angle) * 4.2);
  camera.lookAt(0, 0.87, 0);
  rig.rotation.y = angle;
  if (tiny) renderer.setViewport(0, 0, 1, 1);
  else if (half) renderer.setViewport(0, 0, ${Math.round(width / 2)}, ${Math.round(height / 2)});
  else renderer.setViewport(0, 0, ${width}, ${height});
  const t0 = performance.now();
  renderer.render(scene, camera);
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  return performance.now() - t0;
}
const cases = [];
for (const name of Object.keys(meshes)) cases.push({ label: name + ' standard', mesh: name, material: 'standard' });
cases.push({ label: 'shipped lambert', mesh: 'shipped', material: 'lambert' });
cases.push({ label: 'shipped basic', mesh: 'shipped', material: 'basic' });
cases.push({ label: 'shipped standard 1px', mesh: 'shipped', material: 'standard', tiny: true });
cases.push({ label: 'stand-in standard 1px', mesh: 'stand-in', material: 'standard', tiny: true });
cases.push({ label: 'stand-in lambert', mesh: 'stand-in', material: 'lambert' });
cases.push({ label: 'stand-in standard half size', mesh: 'stand-in', material: 'standard', half: true });
cases.push({ label: 'shipped standard half size', mesh: 'shipped', material: 'standard', half: true });
cases.push({ label: 'empty scene', mesh: null, material: 'standard' });
window.cases = cases.map((c) => c.label);
window.measure = (label, count) => {
  const c = cases.find((x) => x.label === label);
  const mesh = c.mesh ? meshes[c.mesh] : null;
  for (let i = 0; i < 3; i++) frame(mesh, materials[c.material], c.tiny, c.half);
  const out = [];
  for (let i = 0; i < count; i++) out.push(frame(mesh, materials[c.material], c.tiny, c.half));
  return out;
};
window.ready = true;
</script></body></html>`;

const server = await startStaticServer({ '/three/': `${root}node_modules/three/` }, { '/cost.html': page });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: width + 40, height: height + 40 } });
  const tab = await context.newPage();
  await tab.goto(`${server.base}/cost.html`);
  await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, { timeout: 60000 });
  const labels = await tab.evaluate(() => (window as unknown as { cases: string[] }).cases);
  const times = new Map<string, number[]>(labels.map((label) => [label, []]));
  const loads: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? labels : [...labels].reverse();
    for (const label of order) {
      const ms = await tab.evaluate(([l, n]) => (window as unknown as { measure(l: string, n: number): number[] }).measure(l, n), [label, 5] as const);
      times.get(label)!.push(...ms);
    }
    loads.push(loadavg()[0]);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`render + 1-px readPixels, ${width}×${height}, median of ${rounds * 5} (load average ${loads.map((l) => l.toFixed(1)).join(', ')}):`);
  for (const [label, ms] of times) console.log(`  ${median(ms).toFixed(1).padStart(7)} ms  ${label}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
