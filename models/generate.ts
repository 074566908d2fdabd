/**
 * `npm run build:model`: regenerates models/body.glb, models/body.quantized.glb and
 * models/landmarks.json, and prints size, triangle count and time.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateBody } from './body.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

const body = await generateBody({ log: (line) => console.log(`  ${line}`) });
writeFileSync(`${dir}body.glb`, body.glb);
writeFileSync(`${dir}body.quantized.glb`, body.quantizedGlb);
writeFileSync(`${dir}landmarks.json`, `${JSON.stringify(body.landmarks, null, 2)}\n`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  [
    `body.glb: ${kb(body.glb.length)} (meshopt + quantization)`,
    `body.quantized.glb: ${kb(body.quantizedGlb.length)} (quantization only)`,
    `triangles: ${body.stats.triangles}, vertices: ${body.stats.vertices}, while moving: ${body.stats.movingTriangles}`,
    `landmarks: ${Object.keys(body.landmarks).length}`,
    `time: ${body.stats.seconds.toFixed(1)} s`,
  ].join('\n'),
);
