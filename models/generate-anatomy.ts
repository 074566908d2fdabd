/**
 * `npm run build:anatomy`: regenerates models/anatomy.glb from the committed body (models/body.glb), and prints size, triangles and time. Run it
 * after `npm run build:model` whenever the body changes.
 *
 *   npx tsx models/generate-anatomy.ts [--only sacrum,vertebra-L4] [--out dir]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateAnatomy } from './anatomy/anatomy.js';
import { readShippedBody } from './read-body.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = option('--out') ?? fileURLToPath(new URL('.', import.meta.url));
const only = option('--only')?.split(',');

const anatomy = await generateAnatomy(await readShippedBody(), { log: (line) => console.log(`  ${line}`), only });
writeFileSync(`${dir}/anatomy.glb`, anatomy.glb);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  [
    `anatomy.glb: ${kb(anatomy.glb.length)} (meshopt + quantization)`,
    `structures: ${anatomy.stats.structures}, triangles: ${anatomy.stats.triangles}`,
    `time: ${anatomy.stats.seconds.toFixed(1)} s`,
  ].join('\n'),
);
