/**
 * The built-in content in the widget's language, computed from the store's state where it
 * is shown (never stored twice): the points (list, panel, quiz, handout, names read out),
 * the protocols, "what a session is like", the Ashi entry (the channel legend, which only
 * the 3D stage shows, is local-channels.ts). A translation replaces texts by key
 * (src/i18n/content-texts.ts); codes, pinyin, hanzi and numbers stay. Copies are made once
 * per language and set, then reused.
 *
 * Measuring (placement, the depth view's numbers) keeps using `state.points` as loaded.
 */
import { ASHI } from '../catalogue/ashi.js';
import { LOW_BACK_PAIN_POINTS } from '../catalogue/data/low-back-pain.js';
import { PROTOCOLS, type Protocol } from '../catalogue/protocols.js';
import type { SessionInfo } from '../catalogue/session-info.js';
import type { AcuPoint } from '../catalogue/types.js';
import type { ContentTexts, ContentVisitors } from '../i18n/content-texts.js';
import { contentVisitors } from '../i18n/content-visitors.js';
import type { MapState } from './store.js';

const copies = new WeakMap<object, WeakMap<object, unknown>>();

type Replace = (key: string, text: string) => string;

/** `source` with `texts` applied by `visit` (a copy, made once per source and texts). */
export function translated<T extends object>(source: T, texts: Readonly<ContentTexts>, visit: (copy: T, replace: Replace) => void): T {
  if (Object.keys(texts).length === 0) return source;
  let byTexts = copies.get(source);
  if (!byTexts) copies.set(source, (byTexts = new WeakMap()));
  let copy = byTexts.get(texts) as T | undefined;
  if (!copy) {
    copy = structuredClone(source);
    visit(copy, (key, text) => (Object.hasOwn(texts, key) && texts[key] ? texts[key] : text));
    byTexts.set(texts, copy);
  }
  return copy;
}

/**
 * translated() with one of the functions that came with the texts' chunk (a language, a
 * multilingual points file; see content-visitors.ts), which the first stage does not carry.
 * Texts never come without them; were they missing, the source (English) is shown.
 */
export function translatedBy<T extends object>(source: T, texts: Readonly<ContentTexts>, visit: (visitors: ContentVisitors, copy: T, replace: Replace) => void): T {
  const visitors = contentVisitors();
  return visitors ? translated(source, texts, (copy, replace) => visit(visitors, copy, replace)) : source;
}

/**
 * The texts that translate the points in use: the language's built-in translation for the
 * built-in set, a custom set's own texts in that language (multilingual `points-src`).
 */
export function pointTexts(state: Readonly<MapState>): Readonly<ContentTexts> {
  if (state.points === LOW_BACK_PAIN_POINTS.points) return state.language.texts;
  return state.pointTexts?.[state.language.lang] ?? NO_TEXTS;
}

const NO_TEXTS: Readonly<ContentTexts> = Object.freeze({});

/** The points in the widget's language, in the order of `state.points`. */
export function localPoints(state: Readonly<MapState>): AcuPoint[] {
  return translatedBy(state.points, pointTexts(state), (visitors, points, replace) => {
    for (const point of points) visitors.visitPointTexts(point, replace);
  });
}

/** The protocols in the widget's language (a page's own `protocols` stay as given). */
export function localProtocols(state: Readonly<MapState>): readonly Protocol[] {
  if (state.protocols !== PROTOCOLS) return state.protocols;
  return translatedBy(PROTOCOLS as Protocol[], state.language.texts, (visitors, protocols, replace) => {
    for (const protocol of protocols) visitors.visitProtocolTexts(protocol, replace);
  });
}

/** "What a session is like" in the widget's language, once its chunk has arrived (SessionController). */
export function localSession(state: Readonly<MapState>): SessionInfo | null {
  return state.session && translatedBy(state.session, state.language.texts, (visitors, session, replace) => visitors.visitSessionTexts(session, replace));
}

export function localAshi(state: Readonly<MapState>): typeof ASHI {
  return translatedBy(ASHI, state.language.texts, (visitors, ashi, replace) => visitors.visitAshiTexts(ashi, replace));
}
