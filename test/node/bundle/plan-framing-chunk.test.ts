/**
 * The plan framing (PlanFramingController, and the fitting of a plan, plan-fit.ts) comes in
 * chunks of its own, fetched when a protocol is first chosen: a clinic's page, which chooses
 * none, does not download it with the 3D stage (issue 14, total JavaScript within 190 kB).
 * Read from the built files' source maps, which name the sources and functions in each chunk.
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
 * What only the plan framing has: its sources; the names of the fitting's own functions
 * (the minified bundle's map lists them in whatever file they are written; fitPlan itself
 * is named where BodyView takes it from its chunk); the controller's own field.
 */
const PLAN_SOURCES = /src\/(element\/plan-framing-controller|scene\/plan-fit)\.ts$/;
const PLAN_NAMES = ['fitPoints', 'sameAngle'];
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

    // Each in its own chunk, which the 3D stage imports with import(): the controller
    // (PlanFramingLoader) and the fitting (BodyView.framePlan).
    for (const [name, source] of [['plan-framing-controller', 'src/element/plan-framing-controller.ts'], ['plan-fit', 'src/scene/plan-fit.ts']]) {
      const lazy = chunk(name);
      assert.ok(lazy, `no ${prefix}-${name} chunk in dist/`);
      assert.ok(map(lazy).sources.some((file) => file.endsWith(source)), `${lazy} lacks ${source}`);
      assert.ok(stageCode.includes(`import("./${lazy}")`), `${stage3d} imports ${lazy} with import()`);
    }
    assert.ok(readFileSync(join(dist, chunk('plan-framing-controller')!), 'utf8').includes(PLAN_FIELD), 'the controller chunk lacks the controller');
  });
}
