/**
 * Every built-in text of the catalogue as one flat map of keys to strings, and the way back:
 * a map of translated strings applied to copies of the data. Translations are written
 * against these keys (src/i18n/content/<lang>.ts); a key a translation lacks keeps the
 * English text. Codes, pinyin, hanzi, numbers and bibliographic citations are not texts
 * here: they stay as they are in every language.
 *
 * Pure TypeScript (no DOM), so the translation check runs in Node too.
 */
import type { AcuPoint } from '../catalogue/types.js';
import type { Protocol } from '../catalogue/protocols.js';
import type { EvidenceContent } from '../catalogue/evidence.js';
import type { SessionInfo } from '../catalogue/session-info.js';
import type { UnplacedEntry } from '../catalogue/ashi.js';
import type { DepthAtRisk } from '../catalogue/data/depth-at-risk.js';
import type { AnatomyGroup } from '../catalogue/anatomy-groups.js';
import type { ChannelStyle } from '../modes/channels.js';

/** Key → text. Keys look like `point.BL23.location.patient` or `evidence.section.2.paragraph.0`. */
export type ContentTexts = Record<string, string>;

/**
 * Visits one text slot: returns the text to store there (the same text when extracting).
 * `key` is stable across languages; `text` is the English source.
 */
type Visit = (key: string, text: string) => string;

/** Calls `visit` for every text of a point, replacing each with what it returns. */
export function visitPointTexts(point: AcuPoint, visit: Visit): void {
  const k = `point.${point.code}`;
  point.english = visit(`${k}.english`, point.english);
  point.channel = visit(`${k}.channel`, point.channel);
  point.role.reason = visit(`${k}.role`, point.role.reason);
  point.location.practitioner = visit(`${k}.location.practitioner`, point.location.practitioner);
  point.location.patient = visit(`${k}.location.patient`, point.location.patient);
  point.needling.angle = visit(`${k}.needling.angle`, point.needling.angle);
  point.needling.notes = visit(`${k}.needling.notes`, point.needling.notes);
  for (const name of ['pregnancy', 'depth', 'structures', 'moxibustion'] as const) {
    const text = point.cautions[name];
    if (text) point.cautions[name] = visit(`${k}.cautions.${name}`, text);
  }
  point.markers.forEach((marker, i) => {
    if (marker.label && /[a-z]{3}/i.test(marker.label)) marker.label = visit(`${k}.marker.${i}.label`, marker.label);
    if (marker.approximate) marker.approximate = visit(`${k}.marker.${i}.approximate`, marker.approximate);
  });
}

export function visitProtocolTexts(protocol: Protocol, visit: Visit): void {
  const k = `protocol.${protocol.id}`;
  protocol.name = visit(`${k}.name`, protocol.name);
  protocol.rationale = visit(`${k}.rationale`, protocol.rationale);
}

export function visitEvidenceTexts(evidence: EvidenceContent, visit: Visit): void {
  evidence.title = visit('evidence.title', evidence.title);
  evidence.disclaimer = visit('evidence.disclaimer', evidence.disclaimer);
  evidence.sections.forEach((section, i) => {
    section.heading = visit(`evidence.section.${i}.heading`, section.heading);
    section.paragraphs = section.paragraphs.map((p, j) => visit(`evidence.section.${i}.paragraph.${j}`, p));
  });
}

export function visitSessionTexts(session: SessionInfo, visit: Visit): void {
  session.heading = visit('session.heading', session.heading);
  session.paragraphs = session.paragraphs.map((p, j) => visit(`session.paragraph.${j}`, p));
}

export function visitAshiTexts(ashi: UnplacedEntry, visit: Visit): void {
  ashi.english = visit('ashi.english', ashi.english);
  ashi.paragraphs = ashi.paragraphs.map((p, j) => visit(`ashi.paragraph.${j}`, p));
}

export function visitDepthTexts(code: string, depth: DepthAtRisk, visit: Visit): void {
  const k = `depth.${code}`;
  depth.structure = visit(`${k}.structure`, depth.structure);
  depth.note = visit(`${k}.note`, depth.note);
  if (depth.published) depth.published.text = visit(`${k}.published`, depth.published.text);
}

export function visitAnatomyGroupTexts(group: AnatomyGroup, visit: Visit): void {
  group.label = visit(`anatomy.${group.id}.label`, group.label);
  group.holds = visit(`anatomy.${group.id}.holds`, group.holds);
}

export function visitChannelTexts(channel: ChannelStyle, visit: Visit): void {
  channel.name = visit(`channel.${channel.id}.name`, channel.name);
}

/**
 * What the first stage applies a translation with (list, panels, protocols, session, Ashi,
 * evidence): the chunks that bring texts bring these too (see content-visitors.ts).
 */
export const CONTENT_VISITORS = { visitPointTexts, visitProtocolTexts, visitEvidenceTexts, visitSessionTexts, visitAshiTexts };
export type ContentVisitors = typeof CONTENT_VISITORS;

/** The built-in content a language translates, as the catalogue holds it in English. */
export interface BuiltInContent {
  points: readonly AcuPoint[];
  protocols: readonly Protocol[];
  evidence: EvidenceContent;
  session: SessionInfo;
  ashi: UnplacedEntry;
  depthAtRisk: Readonly<Record<string, DepthAtRisk>>;
  anatomyGroups: readonly AnatomyGroup[];
  channels: readonly ChannelStyle[];
}

/** Visits every text of `content` (which it mutates: pass a copy to translate). */
export function visitContentTexts(content: BuiltInContent, visit: Visit): void {
  for (const point of content.points) visitPointTexts(point, visit);
  for (const protocol of content.protocols) visitProtocolTexts(protocol, visit);
  visitEvidenceTexts(content.evidence, visit);
  visitSessionTexts(content.session, visit);
  visitAshiTexts(content.ashi, visit);
  for (const [code, depth] of Object.entries(content.depthAtRisk)) visitDepthTexts(code, depth, visit);
  for (const group of content.anatomyGroups) visitAnatomyGroupTexts(group, visit);
  for (const channel of content.channels) visitChannelTexts(channel, visit);
}

/** The English texts, keyed: what every translation must cover. */
export function extractContentTexts(content: BuiltInContent): ContentTexts {
  const texts: ContentTexts = {};
  visitContentTexts(structuredClone(content) as BuiltInContent, (key, text) => {
    texts[key] = text;
    return text;
  });
  return texts;
}

/** A translated copy of `content`: each text with a translation is replaced, others stay English. */
export function translateContent(content: BuiltInContent, translation: ContentTexts): BuiltInContent {
  const copy = structuredClone(content) as BuiltInContent;
  visitContentTexts(copy, (key, text) => (Object.hasOwn(translation, key) && translation[key] ? translation[key]! : text));
  return copy;
}
