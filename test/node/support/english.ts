/**
 * The English translator as the 3D stage's code sees it in the browser: both parts of the
 * English strings (src/i18n/ui/en.ts and en-3d.ts; load3dStage adds the second when the 3D
 * stage arrives). For tests of that code (cun rulers, measurement sentences) run in Node.
 */
import { addEnglish, ENGLISH } from '../../../src/i18n/translator.js';
import { EN_UI_3D } from '../../../src/i18n/ui/en-3d.js';

addEnglish(EN_UI_3D);

export { ENGLISH };
