/**
 * Renders the body model in headless Chromium with three.js and writes PNGs of the back,
 * left side, front, three-quarter, a lumbar close-up and a front close-up of the face to
 * .tmp/model-preview/.
 *
 *   npx tsx scripts/preview-model.ts [--dots] [--glb models/body.glb] [--anatomy models/anatomy.glb] [--out .tmp/model-preview] [--size 900]
 *
 * --dots overlays the landmarks as small dots. The page is served from the repository by a
 * tiny static server (three comes straight from node_modules), so nothing is bundled.
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dots = args.includes('--dots');
// --anatomy models/anatomy.glb: the anatomy model inside a translucent skin.
const anatomyPath = option('--anatomy', '');
const glbPath = option('--glb', 'models/body.glb');
const outDir = join(root, option('--out', '.tmp/model-preview'));
const size = Number(option('--size', '900'));
const only = option('--views', '');
// Extra close-ups: --close name:tx,ty,tz:dx,dy,dz:distance (repeatable).
const closeUps = args
  .map((a, i) => (a === '--close' ? args[i + 1] : null))
  .filter((a): a is string => !!a)
  .map((spec) => {
    const [name, t, d, dist] = spec.split(':');
    const v = (s: string) => s.split(',').map(Number) as [number, number, number];
    return { name, target: v(t), dir: v(d), distance: Number(dist), fov: 20, width: size, height: size };
  });

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}canvas{display:block}</style>
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
</head><body><script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
const params = new URLSearchParams(location.search);
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.toneMapping = THREE.ACESFilmicToneMapping;
renderer.toneMappingExposure = 1.0;
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0xf4f5f7);
// Soft studio light: sky/ground hemisphere plus a key and a fill light.
scene.add(new THREE.HemisphereLight(0xffffff, 0xb8b0a8, 1.1));
const key = new THREE.DirectionalLight(0xffffff, 1.6);
scene.add(key);
const fill = new THREE.DirectionalLight(0xffffff, 0.5);
scene.add(fill);
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const gltf = await loader.loadAsync(params.get('glb'));
scene.add(gltf.scene);
const landmarks = {};
if (params.get('anatomy')) {
  const inner = await loader.loadAsync(params.get('anatomy'));
  scene.add(inner.scene);
  gltf.scene.traverse((o) => {
    if (!o.isMesh) return;
    o.material = o.material.clone();
    o.material.transparent = true;
    o.material.opacity = 0.28;
    o.material.depthWrite = false;
    o.renderOrder = 1;
  });
}
gltf.scene.getObjectByName('landmarks').children.forEach((c) => {
  landmarks[c.name] = c.getWorldPosition(new THREE.Vector3());
});
if (params.get('dots') === '1') {
  const geo = new THREE.SphereGeometry(0.0045, 12, 8);
  const mat = new THREE.MeshBasicMaterial({ color: 0xd0202a, depthTest: true });
  for (const p of Object.values(landmarks)) {
    const m = new THREE.Mesh(geo, mat);
    m.position.copy(p);
    scene.add(m);
  }
}
const camera = new THREE.PerspectiveCamera(20, 1, 0.1, 50);
window.renderView = (view) => {
  const W = view.width, H = view.height;
  renderer.setSize(W, H);
  const target = new THREE.Vector3(...view.target);
  const dir = new THREE.Vector3(...view.dir).normalize();
  camera.fov = view.fov;
  camera.aspect = W / H;
  camera.position.copy(target).addScaledVector(dir, view.distance);
  camera.lookAt(target);
  camera.updateProjectionMatrix();
  // Key light from above the camera's left shoulder, fill from the other side.
  const right = new THREE.Vector3().crossVectors(dir, new THREE.Vector3(0, 1, 0)).normalize();
  key.position.copy(target).addScaledVector(dir, 3).addScaledVector(right, 2).add(new THREE.Vector3(0, 3, 0));
  key.target.position.copy(target);
  key.target.updateMatrixWorld();
  fill.position.copy(target).addScaledVector(dir, 3).addScaledVector(right, -3).add(new THREE.Vector3(0, -0.5, 0));
  fill.target.position.copy(target);
  fill.target.updateMatrixWorld();
  renderer.render(scene, camera);
};
window.ready = true;
</script></body></html>`;

interface View {
  name: string;
  target: [number, number, number];
  dir: [number, number, number];
  distance: number;
  fov: number;
  width: number;
  height: number;
}

const full = { fov: 20, distance: 5.6, width: size, height: Math.round(size * 1.6) };
const VIEWS: View[] = [
  { name: 'back', target: [0, 0.87, 0], dir: [0, 0.05, -1], ...full },
  { name: 'side', target: [0, 0.87, 0], dir: [1, 0.05, 0], ...full },
  { name: 'front', target: [0, 0.87, 0], dir: [0, 0.05, 1], ...full },
  { name: 'three-quarter', target: [0, 0.87, 0], dir: [0.75, 0.12, -0.75], ...full },
  { name: 'lumbar', target: [0, 1.0, -0.05], dir: [0.25, 0.08, -1], distance: 1.9, fov: 20, width: size, height: size },
  // The face from the front, close: nose, philtrum and lips must read as a face.
  { name: 'face', target: [0, 1.55, 0.06], dir: [0, 0.02, 1], distance: 0.6, fov: 20, width: size, height: size },
];

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE);
    return;
  }
  const file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const views = [...VIEWS.filter((v) => !only || only.split(',').includes(v.name)), ...closeUps];
  const page = await browser.newPage({
    viewport: { width: Math.max(...views.map((v) => v.width)), height: Math.max(...views.map((v) => v.height)) },
  });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const q = new URLSearchParams({ glb: `/${glbPath}`, dots: dots ? '1' : '0', anatomy: anatomyPath ? `/${anatomyPath}` : '' });
  const t0 = performance.now();
  await page.goto(`http://127.0.0.1:${port}/?${q}`, { timeout: 180000 });
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, null, { timeout: 180000 });
  console.log('page ready', ((performance.now() - t0) / 1000).toFixed(1) + ' s');
  for (const view of views) {
    await page.evaluate((v) => (window as unknown as { renderView: (v: unknown) => void }).renderView(v), view);
    const file = join(outDir, `model-${view.name}.png`);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: view.width, height: view.height }, timeout: 180000 });
    console.log(file, ((performance.now() - t0) / 1000).toFixed(1) + ' s');
  }
} finally {
  await browser.close();
  server.close();
}
