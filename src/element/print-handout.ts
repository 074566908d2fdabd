import { html, nothing, render, type TemplateResult } from 'lit';
import type { AcuPoint, PlacedMarker } from '../catalogue/types.js';
import type { NumberedSpot } from '../modes/handout-close-up.js';
import type { Snapshot } from '../scene/body-view.js';
import type { Translator } from '../i18n/translator.js';
import { hanziFor, plainPinyin } from './names.js';

/**
 * The plan as a one-page handout for the patient: the back of the body with the plan's
 * points numbered, and each point in plain words. It is printed from a hidden frame of
 * its own, so the page around the widget (menus, footers) stays off the sheet; its
 * styles are a constructed stylesheet, which pages with a strict CSP still allow.
 */
export interface HandoutEntry {
  number: number;
  point: AcuPoint;
  /** False when no marker of the point can be seen in the picture (the front, a hand's inner side). */
  inPicture: boolean;
}

export interface Handout {
  entries: HandoutEntry[];
  /** The back view with the numbers drawn on, or null without a 3D view. */
  picture: HTMLCanvasElement | null;
  /** A closer back view of where the numbers crowd on the whole picture, or null. */
  closeUp: HTMLCanvasElement | null;
  /** The interactive version of this plan. */
  link: string;
  accent: string;
  font: string;
  /** The language the sheet is printed in (the widget's). */
  language: Translator;
}

/** CSS pixels of the picture on the sheet (drawn at twice that for print). */
export const PICTURE = { width: 300, height: 600, scale: 2 } as const;
/** The close-up under it: wider than tall, for the band across the lower back. */
export const CLOSE_UP = { width: 300, height: 240, scale: 2 } as const;
/** Radius of a numbered circle, CSS px. */
export const NUMBER_RADIUS = 8.5;

const HANDOUT_CSS = `
  @page { size: A4 portrait; margin: 14mm; }
  html { font: 10pt/1.35 var(--font, system-ui, sans-serif); color: #111827; background: #fff; }
  body { margin: 0; }
  @media screen { body { padding: 14mm; } }
  .sheet { display: grid; grid-template-columns: 60mm 1fr; gap: 4mm 7mm; }
  header { grid-column: 1 / -1; border-bottom: 2px solid var(--accent); padding-bottom: 3mm; }
  h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 1mm; }
  header p { margin: 0; color: #374151; }
  figure { margin: 0; }
  figure canvas { display: block; width: 60mm; height: auto; }
  figure canvas.close-up { margin-top: 4mm; border: 1px solid #d1d5db; border-radius: 2mm; }
  figcaption { font-size: 8.5pt; color: #4b5563; text-align: center; margin-top: 1mm; }
  ol { list-style: none; margin: 0; padding: 0; }
  li { display: grid; grid-template-columns: 8mm 1fr; margin: 0 0 2.4mm; break-inside: avoid; }
  .num { display: inline-grid; place-items: center; width: 6mm; height: 6mm; border-radius: 50%;
    background: var(--accent); color: #fff; font-weight: 700; font-size: 9pt;
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { font-size: 10.5pt; margin: 0.3mm 0 0.4mm; }
  h2 span { font-weight: 400; color: #4b5563; }
  li p { margin: 0; font-size: 9.5pt; }
  .note { font-size: 9pt; color: #4b5563; }
  footer { grid-column: 1 / -1; border-top: 1px solid #d1d5db; padding-top: 3mm; font-size: 8.5pt; color: #4b5563; }
  footer p { margin: 0 0 1mm; }
  .link { word-break: break-all; }
`;

/** A canvas on the sheet for a picture, filled by `printHandout` once the frame is laid out. */
const pictureSlot = (name: string, picture: HTMLCanvasElement | null) =>
  picture ? html`<canvas class=${name} width=${picture.width} height=${picture.height}></canvas>` : nothing;

export function renderHandout(handout: Handout): TemplateResult {
  const tr = handout.language;
  return html`<article class="sheet">
    <header>
      <h1>${tr.t('handout.title')}</h1>
      <p>${tr.t('handout.subtitle', { date: new Date().toLocaleDateString(tr.lang) })}</p>
    </header>
    <figure>
      ${pictureSlot('picture', handout.picture)} ${pictureSlot('close-up', handout.closeUp)}
      <figcaption>${tr.t(handout.closeUp ? 'handout.captionCloseUp' : 'handout.caption')}</figcaption>
    </figure>
    <ol>
      ${handout.entries.map(
        ({ number, point, inPicture }) => html`<li>
          <span class="num">${number}</span>
          <div>
            <h2>${point.code} ${plainPinyin(point.pinyin)}${tr.lang.startsWith('zh')
                ? hanziFor(point.hanzi, tr.lang).map(({ text, lang }) => html` <b lang=${lang}>${text}</b>`)
                : nothing} <span>· ${point.english}</span></h2>
            <p>${point.location.patient}</p>
            ${inPicture ? nothing : html`<p class="note">${tr.t('handout.notInPicture')}</p>`}
          </div>
        </li>`,
      )}
    </ol>
    <footer>
      <p>${tr.t('handout.footer')}</p>
      <p>${onlineLine(tr, handout.link)}</p>
    </footer>
  </article>`;
}

/** "Online, with a 3D view: <link>", the link styled apart wherever the language puts it. */
function onlineLine(tr: Translator, link: string): TemplateResult {
  const [before, after = ''] = tr.t('handout.online', { link: '\u0000' }).split('\u0000');
  return html`${before}<span class="link">${link}</span>${after}`;
}

/** Where the plan's visible markers fall on the snapshot (CSS px), numbered as in the plan. */
export function planSpots(snapshot: Snapshot, markers: readonly PlacedMarker[], plan: readonly string[]): NumberedSpot[] {
  const spots: NumberedSpot[] = [];
  for (const marker of markers) {
    const number = plan.indexOf(marker.code) + 1;
    if (!number || marker.alternative) continue;
    const at = snapshot.project(marker.position, marker.normal);
    if (at.visible) spots.push({ code: marker.code, number, x: at.x, y: at.y, bodyY: marker.position.y });
  }
  return spots;
}

/**
 * Numbered circles on the picture. Spots in `closer` (shown on a close-up instead) are
 * small dots inside a frame, so the figure still shows where they are without numbers
 * drawn over each other.
 */
export function drawNumbers(
  canvas: HTMLCanvasElement,
  spots: readonly NumberedSpot[],
  accent: string,
  scale: number,
  closer: readonly NumberedSpot[] = [],
): void {
  const context = canvas.getContext('2d')!;
  context.font = `700 ${Math.round(10.5 * scale)}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  const circle = (spot: NumberedSpot, radius: number) => {
    context.beginPath();
    context.arc(spot.x * scale, spot.y * scale, radius * scale, 0, Math.PI * 2);
    context.fillStyle = accent;
    context.fill();
    context.lineWidth = (radius > 4 ? 2 : 1) * scale;
    context.strokeStyle = '#ffffff';
    context.stroke();
  };
  if (closer.length) {
    const pad = NUMBER_RADIUS;
    const left = Math.min(...closer.map((spot) => spot.x)) - pad;
    const top = Math.min(...closer.map((spot) => spot.y)) - pad;
    const right = Math.max(...closer.map((spot) => spot.x)) + pad;
    const bottom = Math.max(...closer.map((spot) => spot.y)) + pad;
    context.beginPath();
    context.roundRect(left * scale, top * scale, (right - left) * scale, (bottom - top) * scale, 3 * scale);
    context.lineWidth = 1.5 * scale;
    context.strokeStyle = accent;
    context.stroke();
  }
  for (const spot of spots) {
    if (closer.includes(spot)) {
      circle(spot, 3);
      continue;
    }
    circle(spot, NUMBER_RADIUS);
    context.fillStyle = '#ffffff';
    context.fillText(String(spot.number), spot.x * scale, (spot.y + 0.5) * scale);
  }
}

const FRAME_ATTRIBUTE = 'data-acupoint-handout';

/**
 * Why printing cannot work on this page, in words for the page's builder. A page inside a
 * sandboxed frame (a site builder's preview, an embed service) cannot reach a frame of its
 * own without `allow-same-origin`, and its print() is silently ignored without `allow-modals`.
 */
export const PRINT_BLOCKED = {
  sameOrigin: 'Printing is blocked on this page: it is in a sandboxed frame without "allow-same-origin" (add it and "allow-modals" to the sandbox, or open the page on its own).',
  modals: 'Printing is blocked on this page: it is in a sandboxed frame without "allow-modals" (add it to the sandbox, or open the page on its own).',
} as const;

/**
 * Lay the handout out in a hidden frame and, in the next task, open the print dialog for it.
 * Returns the frame, or null when the page may not lay one out; `blocked` is called with
 * one of PRINT_BLOCKED's messages when printing cannot happen here.
 */
export function printHandout(handout: Handout, blocked: (message: string) => void = () => {}): HTMLIFrameElement | null {
  document.querySelector(`iframe[${FRAME_ATTRIBUTE}]`)?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute(FRAME_ATTRIBUTE, '');
  frame.title = handout.language.t('handout.frame');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Out of sight but laid out (a display:none frame prints blank in some browsers).
  for (const [name, value] of Object.entries({ position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' })) {
    frame.style.setProperty(name, value);
  }
  document.body.append(frame);
  const win = frame.contentWindow!;
  let doc: Document;
  try {
    doc = win.document;
  } catch {
    // SecurityError: this page's origin is opaque (sandboxed without allow-same-origin).
    frame.remove();
    blocked(PRINT_BLOCKED.sameOrigin);
    return null;
  }
  doc.documentElement.lang = handout.language.lang;
  doc.title = handout.language.t('handout.title');
  // The frame's own constructor: a sheet made in the page's realm cannot be adopted there.
  const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(HANDOUT_CSS);
  doc.adoptedStyleSheets = [sheet];
  doc.documentElement.style.setProperty('--accent', handout.accent);
  doc.documentElement.style.setProperty('--font', handout.font);
  render(renderHandout(handout), doc.body);
  for (const [name, picture] of [['picture', handout.picture], ['close-up', handout.closeUp]] as const) {
    if (picture) doc.querySelector<HTMLCanvasElement>(`canvas.${name}`)?.getContext('2d')!.drawImage(picture, 0, 0);
  }
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  // The dialog opens from a task of its own: the frame is laid out first, and the caller
  // gets the frame before print() blocks the page (headless browsers never close it).
  setTimeout(() => {
    if (!frame.isConnected) return;
    // print() fires `beforeprint` before it returns; a sandbox without allow-modals
    // ignores the call without a sign but that missing event.
    let started = false;
    win.addEventListener('beforeprint', () => (started = true), { once: true });
    win.focus();
    try {
      win.print();
    } catch {
      // Nothing known throws here; an exception must not reach the page either way.
    }
    if (!started) {
      frame.remove();
      blocked(PRINT_BLOCKED.modals);
    }
  }, 0);
  return frame;
}
