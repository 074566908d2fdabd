/**
 * Every interface string of the widget, in English: the source every translation
 * (src/i18n/ui/<lang>.ts, `const ui: UiMessages = {...}`) follows key by key.
 *
 * - Keys are flat and dotted, grouped by where the text shows.
 * - `{name}` is a placeholder filled in by the widget: keep it, translate around it.
 * - Messages whose words depend on a number come in two keys, `<key>.one` and
 *   `<key>.other`, chosen with Intl.PluralRules (languages without plurals repeat the text).
 * - A comment above a key says where it shows and what its placeholders hold.
 *
 * English ships in the first stage (this file); other languages are separate chunks.
 */
export const EN_UI = {
  // Between the items of a list of codes or names ("BL23, BL40"); Chinese uses "、".
  'list.separator': ', ',

  // ---- The 3D stage ------------------------------------------------------------------
  // Screen readers: the role description of the 3D viewer.
  'stage.roleDescription': '3D body viewer',
  'stage.label': '3D body with acupuncture points. Drag or use the arrow keys to turn it, plus and minus to zoom, Home to reset.',
  // While a quiz question is asked: the arrow keys move the aim ring instead of turning the body.
  'stage.labelQuiz': '3D body, quiz question: the points are hidden. Use the arrow keys to move the aim (with Shift in larger steps) and Enter or Space to answer there. Drag to turn the body, plus and minus to zoom, Home to reset.',
  'stage.labelUnavailable': '3D body viewer (not available in this browser)',
  'stage.noWebgl': 'The 3D view is not available in this browser. Choose a point from the list.',
  'stage.loading': 'Loading the 3D body…',
  'stage.failed': 'The 3D body could not be shown. The point list still works.',
  // The small line at the foot of the widget while no panel is open.
  'stage.footnote': 'Educational, not medical advice',

  // ---- Toolbar -----------------------------------------------------------------------
  // The button that opens the list; {count} is the number of points.
  'toolbar.points': 'Points ({count})',
  // Screen readers: the "⋯" button of the narrow toolbar.
  'toolbar.more': 'More: views, anatomy and evidence',
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
  'panel.plainWords': 'In plain words:',
  'panel.why': 'Why it is used for low back pain',
  'panel.depthSummary': 'Under the skin: depth view',
  'panel.needlingSummary': 'Needling and cautions',
  'panel.needling': 'Needling',
  // Needling sentence: {depth} is "0.5 to 1 cun", {angle} the angle, {notes} further notes.
  'panel.needlingText': '{depth}, {angle}. {notes}',
  'panel.cautions': 'Cautions',
  'panel.caution.pregnancy': 'Pregnancy:',
  'panel.caution.depth': 'Depth:',
  'panel.caution.structures': 'Nearby structures:',
  'panel.caution.moxibustion': 'Moxibustion:',
  'panel.caution.underPoint': 'Under the point:',
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

  // ---- Markers and clusters (screen readers) -----------------------------------------
  'marker.alternative': 'alternative location',
  'marker.side.left': 'left side',
  'marker.side.right': 'right side',
  'marker.side.midline': 'midline',
  // Appended to a marker's name; {number} is its number in the plan.
  'marker.planPoint': ', plan point {number}',
  'marker.inProtocol': ', in the chosen protocol',
  // A cluster of one point's markers; {name} "BL23 Shenshu", {count} markers, {note} one of
  // "marker.planPoint" / "marker.inProtocol" above or nothing.
  'cluster.onePoint': '{name}, {count} markers close together{note}. Open and zoom in',
  // A cluster of several points; {region} from below, {count} points, {codes} their codes,
  // {note} one of "cluster.planPoints" / "cluster.inProtocol" below or nothing.
  'cluster.points': '{region}, {count} points: {codes}{note}. Zoom in',
  // {numbers} the plan numbers of the points inside ("1, 3 and 4"); {count} how many.
  'cluster.planPoints.one': '; plan point {numbers}',
  'cluster.planPoints.other': '; plan points {numbers}',
  // {count} points of the chosen protocol inside the cluster.
  'cluster.inProtocol': '; {count} in the chosen protocol',
  'region.lumbar': 'Lower back',
  'region.sacral': 'Sacrum',
  'region.buttock': 'Buttock',
  'region.thigh': 'Thigh',
  'region.knee': 'Knee',
  'region.leg': 'Lower leg',
  'region.ankle': 'Ankle',
  'region.hand': 'Hand',
  'region.abdomen': 'Abdomen',
  'region.face': 'Face',
  'region.foot': 'Foot',
  // Read out after a cluster was tapped; {count} points, {codes} their codes.
  'announce.zoomed': 'Zoomed in on {count} points: {codes}',
  // Read out when a point's panel opens; {name} "BL23 Shenshu", {english} its English name.
  'announce.opened': '{name}, {english}: description opened',
  'announce.closed': 'Panel closed',
  'announce.evidenceOpened': 'About the evidence opened',
  'announce.anatomyShown': 'Anatomy shown under the skin: bones, nerves, kidneys and vessels.',

  // ---- Notices (a visitor reads these when something fails) --------------------------
  'notice.points': 'The point descriptions could not be updated. The points shown are still correct to use.',
  'notice.model': 'The 3D body could not be loaded. You can still choose a point from the list.',
  'notice.webgl': 'The 3D view is not available in this browser. You can still choose a point from the list.',
  'notice.print': 'Printing is blocked here. Open this page on its own to print the handout.',
  'notice.usage': 'The page asked the widget for something it cannot do. Everything shown still works.',
  'notice.pointsBuiltIn': "The clinic's point information could not be loaded, so the standard points for low back pain are shown.",
  'notice.pointsKept': 'The latest point information could not be loaded, so the points shown before are kept.',
  'notice.unplaced': 'Some points could not be shown on the 3D body. They are still in the list.',
  'notice.anatomy': 'The anatomy layer could not be loaded. The body and the points still work.',
  // The button that shows the technical reason under a notice.
  'notice.details': 'Details',
  // Screen readers: the notice's close button.
  'notice.dismiss': 'Dismiss message',

  // ---- Evidence and protocol panels --------------------------------------------------
  'evidence.loading': 'Loading…',
  'protocol.intro': 'Example combination: a starting point that a practitioner adapts, not a treatment plan.',
  'protocol.points': 'Points',
  'protocol.notInSet': 'not in this point set',
  // Under a protocol's points: those the 3D view cannot show with the others just now (on the
  // other side of the body, or too far apart to fit above the card). {codes}: "GV26, BL62".
  'protocol.outOfView': 'Not in view now: {codes}. Choose a point in the list to show it.',
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

  // ---- Student: measurement and legend -----------------------------------------------
  'measure.heading': 'How it is measured',
  'measure.approximate': 'Approximate:',
  'measure.ruler': 'The ruler on the body shows this measurement.',
  // Screen readers: the channel legend.
  'legend.channels': 'Channel colours',

  // ---- Quiz --------------------------------------------------------------------------
  'quiz.label': 'Quiz',
  // {correct} right answers of {answered} so far.
  'quiz.score': 'Score {correct} of {answered}',
  // {correct} of {total} questions; {cun} the largest tolerance in B-cun.
  'quiz.finished': 'Quiz finished: you found {correct} of {total} points (each within its own tolerance, at most {cun} B-cun).',
  'quiz.again': 'Try again',
  'quiz.close': 'Close quiz',
  // {index} of {total} questions.
  'quiz.progress': 'Question {index} of {total}',
  // {name} is "BL40 Weizhong".
  'quiz.find': 'Find {name}',
  'quiz.offBody': 'That was not on the body: click the skin, or move the aim onto it.',
  'quiz.clickHint': 'Click the body, or move the aim with the arrow keys and press Enter. Drag to turn.',
  'quiz.hint': 'Hint',
  'quiz.hintLabel': 'Hint: show the bones and nerves under the skin',
  'quiz.hintTitle': 'Show the bones and nerves under the skin',
  'quiz.skip': 'Skip and show me',
  'quiz.stop': 'Stop quiz',
  'quiz.next': 'Next question',
  'quiz.seeScore': 'See score',
  // {cun} B-cun: how close counts as correct for this point.
  'quiz.within': 'within {cun} B-cun here',
  // {name} "BL40 Weizhong".
  'quiz.skipped': 'Skipped. {name} is shown on the body.',
  // {cun} the distance, {code} the point asked, {within} the "within … here" phrase above.
  'quiz.correct': 'Correct: {cun} B-cun from {code} ({within}).',
  // {clicked} the point found instead.
  'quiz.wrongOther': "Not quite: you found {clicked}, {cun} B-cun from {code}. {code}'s marker is shown on the body.",
  'quiz.wrong': 'Not quite: {cun} B-cun from {code} (correct {within}). Its marker is shown on the body.',

  // ---- Printed handout ---------------------------------------------------------------
  'handout.title': 'Your acupuncture points',
  // {date} is today's date.
  'handout.subtitle': 'For low back pain · {date}',
  'handout.caption': 'Seen from behind. Numbers match the list.',
  'handout.captionCloseUp': 'Seen from behind; the framed area, closer, below it. Numbers match the list.',
  'handout.notInPicture': 'Not visible from behind, so not in the picture.',
  'handout.footer': "This sheet shows where your points are. It is information, not medical advice: follow your practitioner's guidance, and get medical help if the pain is severe or spreading, or comes with numbness, weakness, or bladder or bowel problems.",
  // {link} is the page address with the plan.
  'handout.online': 'Online, with a 3D view: {link}',
  // The hidden frame's title (screen readers).
  'handout.frame': 'Printable handout',

  // ---- Anatomy layer -----------------------------------------------------------------
  'anatomy.legend': 'Anatomy colours',
  'anatomy.loading': 'Loading the anatomy…',
  'anatomy.note': "Simplified, generated anatomy aligned to this body's landmarks.",
  'anatomy.customModel': 'The anatomy layer is made for the built-in body model, so it is not shown on this custom model.',
  'anatomy.noWasm': 'This page blocks WebAssembly, which the anatomy model needs, so the anatomy layer is not available here.',

  // ---- Depth view (the cross-section under a point) ----------------------------------
  'depth.drawing': 'Drawing the cross-section…',
  'depth.needsView': 'The cross-section needs the 3D view.',
  // {reason} is a technical reason.
  'depth.failed': 'The cross-section could not be drawn: {reason}',
  'depth.noLandmarks': 'No depth view: this body model lacks the landmarks to measure a cun here.',
  // {depth} "0.5 to 1 cun", {angle} the needling angle, {min}/{max}/{cunCm} centimetres, {span} the proportional span the cun comes from ("gluteal fold to the popliteal crease").
  'depth.needle': 'Needle {depth}, {angle}: {min} to {max} cm on this body (1 cun = {cunCm} cm here, from the span {span}).',
  // {structure} what lies under the point.
  'depth.risk': 'Structure at risk: {structure}.',
  // {structure}; {measured} the distances measured on the model, joined by "; ".
  'depth.riskMeasured': 'Structure at risk: {structure}. On this model: {measured} (measured on the generated model, not a population value).',
  // {what} a structure, {depth} centimetres.
  'depth.riskDeep': '{what} {depth} cm deep',
  // {what}, {distance} cm away, {off} cm beside the needle line, at {depth} cm.
  'depth.riskAway': '{what} {distance} cm away ({off} cm beside the needle line at {depth} cm deep)',
  // {min}/{max} centimetres; {text} the published source's note.
  'depth.published': 'Published: typically {min} to {max} cm. {text}',
  'depth.noRisk': 'This view marks no structure at risk here; the cautions in the panel still apply.',
  'depth.noRiskUncovered': 'This view marks no structure at risk here (the anatomy model does not cover this region); the cautions in the panel still apply.',
  // {source} title and detail of the source.
  'depth.source': 'Source: {source}.',
  // In the drawing: {depth} "0.5 to 1 cun", {min}/{max} centimetres.
  'depth.figureRange': 'needling depth {depth} = {min}–{max} cm',
  // In the drawing: {code} "BL23".
  'depth.figureSkin': 'skin at {code}',
  'depth.figureMidline': 'toward the midline →',
  // In the drawing: a ruler mark; {cm} centimetres.
  'depth.figureCm': '{cm} cm',
  // Screen readers: the drawing's title; {code} "BL23".
  'depth.figureTitle': 'Cross-section at {code} through the needle',
  // Screen readers: the drawing's description without a structure at risk; {depth} "0.5 to 1 cun".
  'depth.figureNeedle': 'The needle at {code}, {depth}.',
  // Structures of the anatomy model, as the drawing and its sentences name them.
  // {level} a vertebra's level, e.g. "L2".
  'structure.vertebra': 'vertebra {level}',
  // {number} e.g. 12.
  'structure.rib': 'rib {number}',
  'structure.disc': 'disc',
  'structure.intervertebral-discs': 'intervertebral discs',
  'structure.foot': 'foot',
  'structure.foot-bones': 'foot bones',
  'structure.coccyx': 'coccyx',
  'structure.common-fibular-nerve': 'common fibular nerve',
  'structure.femur': 'femur',
  'structure.fibula': 'fibula',
  'structure.hip-bone': 'hip bone',
  'structure.kidney': 'kidney',
  'structure.patella': 'patella',
  'structure.popliteal-artery': 'popliteal artery',
  'structure.popliteal-vein': 'popliteal vein',
  'structure.sacrum': 'sacrum',
  'structure.scapula': 'scapula',
  'structure.sciatic-nerve': 'sciatic nerve',
  'structure.tibia': 'tibia',
  'structure.tibial-nerve': 'tibial nerve',

  // ---- Cun rulers: how a point is measured (student mode) ----------------------------
  // {landmark} e.g. "the PSIS".
  'leg.at': 'at {landmark}',
  // {fraction} e.g. "1/3"; {from}, {to} landmarks.
  'leg.fraction': '{fraction} of the way from {from} toward {to}',
  // {cun} B-cun from {from} toward {to}.
  'leg.alongCun': '{cun} B-cun from {from} toward {to}',
  'leg.midway': 'midway between {a} and {b}',
  // A step over the skin; {cun} B-cun, {direction} from below, {from} a landmark.
  'leg.walkFrom': '{cun} B-cun {direction} from {from}',
  // A further step.
  'leg.walkThen': 'then {cun} B-cun {direction}',
  // Joins the legs of one measurement into a sentence.
  'leg.separator': ', ',
  // The span a ruler shows; {cun} of {total} B-cun, {span} the span, {length} "2.1 cm" on this body.
  'leg.ruler': '{cun} of {total} B-cun ({span}; 1 B-cun = {length} here)',
  // The ruler's short label; {cun} of {total} B-cun from {landmark}.
  'leg.rulerLabel': '{cun} of {total} B-cun from {landmark}',
  'direction.superior': 'superior',
  'direction.inferior': 'inferior',
  'direction.lateral': 'lateral',
  'direction.medial': 'medial',
  'direction.anterior': 'anterior',
  'direction.posterior': 'posterior',
  // On the hand: "superior" said as a practitioner does.
  'direction.proximal': 'proximal',
  'direction.distal': 'distal',
  // A length: {value} centimetres or millimetres.
  'length.cm': '{value} cm',
  'length.mm': '{value} mm',
  // A spinous process level; {level} e.g. "L2".
  'landmark.spinous': 'the midline just below the {level} spinous process',
  'landmark.psis': 'the PSIS',
  'landmark.asis': 'the ASIS',
  'landmark.mcp5': 'the 5th metacarpophalangeal joint',
  'landmark.metacarpal-2-3': 'the gap between the 2nd and 3rd metacarpals',
  'landmark.metacarpal-4-5': 'the gap between the 4th and 5th metacarpals',
  'landmark.sacral-hiatus': 'the sacral hiatus',
  'landmark.fibula-head': 'the fibular head',
  'landmark.calcaneal-tendon': 'the calcaneal tendon',
  'landmark.wrist-crease-dorsal': 'the dorsal wrist crease',
  'landmark.sole': 'the sole',
  'landmark.vertex': 'the vertex',
  'landmark.gluteal-fold': 'the midpoint of the gluteal fold',
  'landmark.popliteal-crease': 'the midpoint of the popliteal crease',
  'landmark.patella-apex': 'the apex of the patella',
  'landmark.lateral-malleolus': 'the prominence of the lateral malleolus',
  'landmark.medial-malleolus': 'the prominence of the medial malleolus',
  'landmark.greater-trochanter': 'the prominence of the greater trochanter',
  'landmark.sacral-foramen-1': 'the 1st posterior sacral foramen',
  'landmark.sacral-foramen-2': 'the 2nd posterior sacral foramen',
  'landmark.sacral-foramen-3': 'the 3rd posterior sacral foramen',
  'landmark.sacral-foramen-4': 'the 4th posterior sacral foramen',
  'landmark.metacarpal-2-base': 'the base of the 2nd metacarpal',
  'landmark.metacarpal-2-head': 'the head of the 2nd metacarpal',
  'landmark.metatarsal-1-2-base': 'the junction of the 1st and 2nd metatarsal bases',
  'landmark.metatarsal-1-2-head': 'the 1st and 2nd metatarsal heads',
  'landmark.nose-base': 'the base of the nose',
  'landmark.upper-lip': 'the upper border of the upper lip',
  'landmark.S2': 'the median sacral crest at S2',
  // The spans of proportional (B-cun) measurement, as WHO describes them.
  'span.back': 'medial border of one scapula to the other',
  'span.thigh-lateral': 'prominence of the greater trochanter to the popliteal crease',
  'span.thigh-posterior': 'gluteal fold to the popliteal crease',
  'span.leg-lateral': 'popliteal crease to the prominence of the lateral malleolus',
  'span.leg-medial': 'apex of the patella to the prominence of the medial malleolus',
  'span.ankle-sole': 'prominence of the medial malleolus to the sole',
  'span.lower-abdomen': 'centre of the umbilicus to the upper border of the pubic symphysis',
  'span.upper-abdomen': 'xiphisternal junction to the centre of the umbilicus',
  'span.forearm': 'cubital crease to the wrist crease',
  'span.head-transverse': 'between the two mastoid processes',
} as const;

export type UiKey = keyof typeof EN_UI;
export type UiMessages = Record<UiKey, string>;
