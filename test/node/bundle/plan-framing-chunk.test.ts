/**
 * The plan framing (PlanFramingController and the fitting of a plan, plan-fit.ts) is a chunk
 * of its own, fetched when a protocol is first chosen: a clinic's page, which chooses none,
 * does not download it with the 3D stage (issue 14, total JavaScript within 190 kB). Read
 * from the built files' source maps, which name the sources and functions in each chunk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dist, requireDist } from '../support/dist-server.js';

interface SourceMap {
  sources: string[];
  names: string[];
}

const map = (file: string): SourceMap => JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as SourceMap;
/**
 * What only the plan framing has: its sources; the names of its functions (the minified
 * bundle's map lists them wherever they are written); the controller's own field.
 */
const PLAN_SOURCES = /src\/(element\/plan-framing-controller|scene\/plan-fit)\.ts$/;
const PLAN_NAMES = ['fitPlan', 'fitPoints'];
const PLAN_FIELD = 'framedFor';

for (const prefix of ['acupoint-map.bundle', 'acupoint-map']) {
  test(`${prefix}: the 3D stage has no plan framing; a chunk the 3D stage imports with import() has it`, () => {
    requireDist();
    const files = readdirSync(dist);
    const chunk = (name: string) => files.find((file) => new RegExp(`^${prefix.replace('.', '\\.')}-${name}-[\\w-]+\\.js$`).test(file));
    const stage3d = chunk('stage-3d');
    assert.ok(stage3d, `no ${prefix}-stage-3d chunk in dist/`);
    const inStage = map(stage3d);
    assert.deepEqual(inStage.sources.filter((source) => PLAN_SOURCES.test(source)), [], `${stage3d} holds the plan framing's sources`);
    assert.deepEqual(inStage.names.filter((name) => PLAN_NAMES.includes(name)), [], `${stage3d} holds the plan framing's functions`);
    const stageCode = readFileSync(join(dist, stage3d), 'utf8');
    assert.ok(!stageCode.includes(PLAN_FIELD), `${stage3d} holds the plan framing controller`);
    // The spread of a tapped cluster stays in the 3D stage (frame-fit.ts).
    assert.ok(inStage.sources.some((source) => source.endsWith('src/scene/frame-fit.ts')), `${stage3d} lacks frame-fit.ts`);

    const framing = chunk('plan-framing-controller');
    assert.ok(framing, `no ${prefix}-plan-framing-controller chunk in dist/`);
    const own = map(framing);
    assert.equal(own.sources.filter((source) => PLAN_SOURCES.test(source)).length, 2, `${framing}: ${own.sources.join(', ')}`);
    assert.ok(readFileSync(join(dist, framing), 'utf8').includes(PLAN_FIELD), `${framing} lacks the controller`);
    assert.ok(stageCode.includes(`import("./${framing}")`), `${stage3d} imports ${framing} with import()`);
  });
}
