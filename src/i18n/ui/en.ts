/**
 * The widget's interface strings in English, part one: every string the first stage shows
 * (the element, the point list and panels, toolbar, notices, mode bars). The strings only a
 * later chunk shows come with that chunk, so a page that never needs it does not download
 * them: the 3D stage's in src/i18n/ui/en-3d.ts (see load3dStage), the printed handout's in
 * en-handout.ts (see ModeController). Together they are the source every translation
 * (src/i18n/ui/<lang>.ts, `const ui: UiMessages = {...}`) follows key by key; a translation
 * holds all the parts.
 *
 * - Keys are flat and dotted, grouped by where the text shows.
 * - `{name}` is a placeholder filled in by the widget: keep it, translate around it.
 * - Messages whose words depend on a number come in two keys, `<key>.one` and
 *   `<key>.other`, chosen with Intl.PluralRules (languages without plurals repeat the text).
 * - A comment above a key says where it shows and what its placeholders hold.
 *
 * English ships in the first stage (this file); other languages are separate chunks.
 */
import type { EN_UI_3D } from './en-3d.js';
import type { EN_UI_HANDOUT } from './en-handout.js';
import type { EN_UI_DEPTH } from './en-depth.js';

export const EN_UI = {
  // Between the items of a list of codes or names ("BL23, BL40"); Chinese uses "、".
  'list.separator': ', ',
  // Between a label and its value ("Pregnancy: avoid…"); Chinese uses the full-width "：" and no space.
  'label.separator': ': ',

  // ---- The 3D stage ------------------------------------------------------------------
  // Screen readers: the role description of the 3D viewer.
  'stage.roleDescription': '3D body viewer',
  'stage.label': '3D body with acupuncture points. Drag or use the arrow keys to turn it, plus and minus to zoom, Home to reset.',
  'stage.labelUnavailable': '3D body viewer (not available in this browser)',
  'stage.noWebgl': 'The 3D view is not available in this browser. Choose a point from the list.',
  'stage.loading': 'Loading the 3D body…',
  'stage.failed': 'The 3D body could not be shown. The point list still works.',
  // The small line at the foot of the widget while no panel is open.
  'stage.footnote': 'Educational, not medical advice',

  // ---- Toolbar -----------------------------------------------------------------------
  // The button that opens the list; {count} is the number of points.
  'toolbar.points': 'Points ({count})',
  // Screen readers: the toolbar's "⋯" menu button; {items} is what it holds (below).
  'toolbar.more': 'More: {items}',
  // What the "⋯" menu holds, in its name ("More: anatomy and evidence"): the toolbar's
  // groups that did not fit in its row.
  'toolbar.more.views': 'views',
  'toolbar.more.anatomy': 'anatomy',
  'toolbar.more.evidence': 'evidence',
  // Screen readers: the group of the four view buttons.
  'toolbar.views': 'View',
  'toolbar.view.back': 'Back',
  'toolbar.view.front': 'Front',
  'toolbar.view.left': 'Left',
  'toolbar.view.right': 'Right',
  // Switch for the bones and nerves under a see-through skin.
  'toolbar.anatomy': 'Anatomy',
  'toolbar.evidence': 'About the evidence',

  // ---- Point list --------------------------------------------------------------------
  // Screen readers: the list's name.
  'list.label': 'Acupuncture points',
  // Group headings of the list (and the role badge in a point's panel).
  'role.local.heading': 'On the lower back',
  'role.local.badge': 'Local point: on the painful area',
  'role.adjacent.heading': 'Near the lower back',
  'role.adjacent.badge': 'Adjacent point: near the painful area',
  'role.front.heading': 'On the front of the trunk',
  'role.front.badge': 'Front point: on the belly, level with the lower back',
  'role.distal.heading': 'Away from the back: legs, feet, hands and face',
  'role.distal.badge': 'Distal point: far from the painful area',
  // Heading of the list entry without a marker (Ashi points).
  'list.unplaced': 'Without a fixed place',
  // Screen readers: before the plan number beside a point in the list; {number} is it.
  'list.planNumber': 'plan point {number}',

  // ---- Point panel -------------------------------------------------------------------
  // Screen readers: the panel's close button; {name} is "BL23 Shenshu".
  'panel.close': 'Close {name}',
  'panel.bothSides': 'Both sides',
  'panel.midline': 'Midline',
  // Badge: the point's other codes in other systems; {codes} is a list like "M-BW-24".
  'panel.alsoCodes': 'Also {codes}',
  'panel.where': 'Where it is',
  // Label before the practitioner's location in patient mode, for a WHO 2008 point.
  'panel.exactLocationWho': 'Exact location (WHO 2008)',
  // The same for a point outside WHO 2008; {source} is the short title of the source followed ("GB/T 12346-2006").
  'panel.locationFrom': 'Location ({source}; not part of WHO 2008)',
  // {source} when no source is named.
  'panel.locationTextbooks': 'textbooks',
  // Label before the patient's words in the other modes; "label.separator" follows every label.
  'panel.plainWords': 'In plain words',
  'panel.why': 'Why it is used for low back pain',
  'panel.depthSummary': 'Under the skin: depth view',
  'panel.needlingSummary': 'Needling and cautions',
  'panel.needling': 'Needling',
  // Needling sentence: {depth} is "0.5 to 1 cun", {angle} the angle, {notes} further notes.
  'panel.needlingText': '{depth}, {angle}. {notes}',
  'panel.cautions': 'Cautions',
  'panel.caution.pregnancy': 'Pregnancy',
  'panel.caution.depth': 'Depth',
  'panel.caution.structures': 'Nearby structures',
  'panel.caution.moxibustion': 'Moxibustion',
  'panel.caution.underPoint': 'Under the point',
  'panel.sources': 'Sources',
  'panel.disclaimer': 'For education only, not medical advice.',
  'panel.aboutEvidence': 'About the evidence',
  // A needling depth: {cun} is a number of cun.
  'cun.single': '{cun} cun',
  // A needling depth range: {min} and {max} are numbers of cun.
  'cun.range': '{min} to {max} cun',
  // Screen readers: the narrow widget's handle of the panel (a bottom sheet).
  'sheet.panel.more': 'Show all of the description',
  'sheet.panel.less': 'Show less of the description',
  // Screen readers: the same handle of the point list.
  'sheet.list.more': 'Show all of the points',
  'sheet.list.less': 'Show less of the points',

  // ---- Announcements (screen readers) ------------------------------------------------
  // Read out when a point's panel opens; {name} "BL23 Shenshu", {english} its English name.
  'announce.opened': '{name}, {english}: description opened',
  'announce.closed': 'Panel closed',
  'announce.evidenceOpened': 'About the evidence opened',

  // ---- Notices (a visitor reads these when something fails) --------------------------
  'notice.points': 'The point descriptions could not be updated. The points shown are still correct to use.',
  'notice.model': 'The 3D body could not be loaded. You can still choose a point from the list.',
  'notice.webgl': 'The 3D view is not available in this browser. You can still choose a point from the list.',
  'notice.print': 'Printing is blocked here. Open this page on its own to print the handout.',
  'notice.usage': 'The page asked the widget for something it cannot do. Everything shown still works.',
  'notice.pointsBuiltIn': "The clinic's point information could not be loaded, so the standard points for low back pain are shown.",
  'notice.pointsKept': 'The latest point information could not be loaded, so the points shown before are kept.',
  'notice.unplaced': 'Some points could not be shown on the 3D body. They are still in the list.',
  // The button that shows the technical reason under a notice.
  'notice.details': 'Details',
  // Screen readers: the notice's close button.
  'notice.dismiss': 'Dismiss message',

  // ---- Evidence and protocol panels --------------------------------------------------
  'evidence.loading': 'Loading…',
  'protocol.intro': 'Example combination: a starting point that a practitioner adapts, not a treatment plan.',
  'protocol.points': 'Points',
  'protocol.notInSet': 'not in this point set',
  'protocol.why': 'Why these points',
  'protocol.source': 'Source',
  'protocol.usePlan': 'Use these points as the plan',

  // ---- Mode bars ---------------------------------------------------------------------
  'bar.practitioner': 'Practitioner tools',
  'bar.protocol': 'Protocol',
  // The protocol picker's empty choice.
  'bar.protocolNone': 'None',
  'bar.planEmpty': 'Plan: no points yet',
  // {count} is the number of points in the plan.
  'bar.planCount.one': 'Plan: {count} point',
  'bar.planCount.other': 'Plan: {count} points',
  'bar.copyLink': 'Copy link',
  'bar.printHandout': 'Print handout',
  'bar.clearPlan': 'Clear plan',
  'bar.linkCopied': 'Link copied',
  // Beside a text box with the link, when the clipboard refused.
  'bar.copyThisLink': 'Copy this link:',
  'bar.student': 'Student tools',
  // Switch: each marker's code beside it.
  'bar.labels': 'Labels',
  // Switch: the channels drawn on the skin.
  'bar.channels': 'Channels',
  'bar.quiz': 'Quiz: find the point',
  // The patient's bar after opening a plan link; {codes} lists the codes.
  'bar.yourPoints': 'Your points',
  'bar.yourPointsList': 'Your points: {codes}',
  'bar.print': 'Print',
  // Button in a point's panel (practitioner); {code} "BL23".
  'plan.add': 'Add {code} to the plan',
  // The same button when the point is in the plan; {number} its number.
  'plan.remove': 'In the plan as number {number}: remove',

  // ---- Depth view (the cross-section under a point) ----------------------------------
  'depth.drawing': 'Drawing the cross-section…',
} as const;

/** Every interface string's key: the first stage's, the 3D stage's, the handout's and the depth view's. */
export type UiKey = keyof typeof EN_UI | keyof typeof EN_UI_3D | keyof typeof EN_UI_HANDOUT | keyof typeof EN_UI_DEPTH;
export type UiMessages = Record<UiKey, string>;
