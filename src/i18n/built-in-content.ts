/**
 * The catalogue's built-in English content gathered in one object, the source every
 * translation is written against. Node-safe: used by the translation check and the
 * `i18n:texts` script as well as the widget.
 */
import { LOW_BACK_PAIN_POINTS } from '../catalogue/data/low-back-pain.js';
import { PROTOCOLS } from '../catalogue/protocols.js';
import { EVIDENCE } from '../catalogue/evidence.js';
import { SESSION_INFO } from '../catalogue/session-info.js';
import { ASHI } from '../catalogue/ashi.js';
import { DEPTH_AT_RISK } from '../catalogue/data/depth-at-risk.js';
import { ANATOMY_GROUPS } from '../catalogue/anatomy-groups.js';
import { CHANNELS } from '../modes/channels.js';
import type { BuiltInContent } from './content-texts.js';

export const BUILT_IN_CONTENT: BuiltInContent = {
  points: LOW_BACK_PAIN_POINTS.points,
  protocols: PROTOCOLS,
  evidence: EVIDENCE,
  session: SESSION_INFO,
  ashi: ASHI,
  depthAtRisk: DEPTH_AT_RISK,
  anatomyGroups: ANATOMY_GROUPS,
  channels: CHANNELS,
};
