/**
 * The first stage's budget (issue 14, "Fast on a clinic's phone"): the JavaScript a page gets
 * before the 3D stage is requested, measured as `npm run bench` measures it (the bundle and
 * what it imports statically, each file gzip -9), is at most 40 kB. Sizes of built files are
 * deterministic, so this is a test; timings are not, and stay in the bench.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureFirstStage } from '../../../scripts/bench/first-stage.js';
import { EN_UI_3D } from '../../../src/i18n/ui/en-3d.js';
import { EN_UI_HANDOUT } from '../../../src/i18n/ui/en-handout.js';
import { EN_UI_DEPTH } from '../../../src/i18n/ui/en-depth.js';
import { SESSION_INFO } from '../../../src/catalogue/session-info.js';
import { dist, requireDist } from '../support/dist-server.js';

/** Issue 14's budget for the first stage, in gzipped bytes (kB as the bench prints it). */
const FIRST_STAGE_BUDGET = 40_000;

const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** The npm module's first stage: its entry and the sibling chunks it imports statically (lit and three are the app's). */
function npmFirstStage(): string[] {
  const files = ['acupoint-map.js'];
  for (let i = 0; i < files.length; i++) {
    for (const [, file] of read(files[i]).matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']\.\/([^"']+)["']/g)) {
      if (!files.includes(file)) files.push(file);
    }
  }
  return files;
}

test(`the bundle's first stage is at most ${FIRST_STAGE_BUDGET / 1000} kB gzipped`, () => {
  requireDist();
  const { firstStage } = measureFirstStage();
  assert.ok(
    firstStage.gzipBytes <= FIRST_STAGE_BUDGET,
    `${firstStage.files.join(' + ')}: ${(firstStage.gzipBytes / 1000).toFixed(2)} kB gzipped, over the ${FIRST_STAGE_BUDGET / 1000} kB budget`,
  );
});

test('the words and texts that come later are in neither build\'s first stage, and do come with their chunks', () => {
  requireDist();
  const samples = [
    // One of each later part: the 3D stage's words and code, the handout's, the depth view's, the patient's session text.
    { text: EN_UI_3D['quiz.offBody'], chunk: /^acupoint-map\.bundle-stage-3d-/ },
    { text: EN_UI_3D['span.thigh-posterior'], chunk: /^acupoint-map\.bundle-stage-3d-/ },
    // The body half of start-up (stage-body.ts): making the view, loading, placing markers.
    { text: 'could not be placed on this body model', chunk: /^acupoint-map\.bundle-stage-3d-/ },
    { text: EN_UI_HANDOUT['handout.notInPicture'], chunk: /^acupoint-map\.bundle-plan-handout-/ },
    { text: EN_UI_DEPTH['depth.riskAway'], chunk: /^acupoint-map\.bundle-depth-panel-/ },
    { text: SESSION_INFO.paragraphs[1].slice(0, 40), chunk: /^acupoint-map\.bundle-session-info-/ },
  ];
  for (const files of [measureFirstStage().firstStage.files, npmFirstStage()]) {
    const code = files.map(read).join('\n');
    for (const { text } of samples) assert.ok(!code.includes(text), `${files[0]}'s first stage holds "${text}"`);
  }
  const total = measureFirstStage().total.files;
  for (const { text, chunk } of samples) {
    const file = total.find((name) => chunk.test(name));
    assert.ok(file && read(file).includes(text), `"${text}" is in ${file ?? chunk}`);
  }
});

test('the markup of the built templates carries no indentation', () => {
  requireDist();
  // Minified code is one line; what breaks lines is the static text of html`...` templates.
  const indented = read('acupoint-map.bundle.js').match(/\n[ \t]+\S.{0,40}/);
  assert.equal(indented, null, `indented template text: ${JSON.stringify(indented?.[0])}`);
});
