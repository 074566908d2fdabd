/**
 * The English translator as code of a later chunk sees it in the browser: every part of the
 * English strings (src/i18n/ui/en.ts, en-3d.ts, en-handout.ts; each later part is added when
 * its chunk arrives). For tests of that code (cun rulers, measurement sentences) run in Node.
 */
import { addEnglish, ENGLISH } from '../../../src/i18n/translator.js';
import { EN_UI_3D } from '../../../src/i18n/ui/en-3d.js';
import { EN_UI_HANDOUT } from '../../../src/i18n/ui/en-handout.js';
import { EN_UI_DEPTH } from '../../../src/i18n/ui/en-depth.js';

addEnglish(EN_UI_3D);
addEnglish(EN_UI_HANDOUT);
addEnglish(EN_UI_DEPTH);

export { ENGLISH };
