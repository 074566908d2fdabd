/**
 * The widget's interface strings in English, part two: those only the 3D stage shows (marker
 * and cluster names, the quiz, the anatomy layer, the depth view's messages, the cun rulers and the
 * words they are made of). This module travels with the 3D stage (src/element/stage-3d.ts),
 * and load3dStage hands it to the English translator (addEnglish) before any of it is shown.
 * Part one, with the conventions both follow, is src/i18n/ui/en.ts.
 */
export const EN_UI_3D = {
  // Between the phrases of a marker's name ("BL23 Shenshu, Kidney Shu, right side"); Chinese uses "，".
  'phrase.separator': ', ',
  // Between items that hold commas themselves (distances measured in the depth view); Chinese uses "；".
  'clause.separator': '; ',
  // ---- The protocol card, once the 3D stage is here ----------------------------------
  // Under a protocol's points: those the 3D view cannot show with the others just now (on the
  // other side of the body, or too far apart to fit above the card). {codes}: "GV26, BL62".
  'protocol.outOfView': 'Not in view now: {codes}. Choose a point in the list to show it.',
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
  'announce.anatomyShown': 'Anatomy shown under the skin: bones, nerves, kidneys and vessels.',

  // ---- Notices (a visitor reads these when something fails) --------------------------
  'notice.anatomy': 'The anatomy layer could not be loaded. The body and the points still work.',

  // ---- Student: measurement and legend -----------------------------------------------
  'measure.heading': 'How it is measured',
  'measure.approximate': 'Approximate',
  'measure.ruler': 'The ruler on the body shows this measurement.',
  // Screen readers: the channel legend.
  'legend.channels': 'Channel colours',

  // ---- Quiz --------------------------------------------------------------------------
  // The stage's label while a quiz question is asked (QuizController.stageLabel): the arrow
  // keys move the aim ring instead of turning the body.
  'stage.labelQuiz': '3D body, quiz question: the points are hidden. Use the arrow keys to move the aim (with Shift in larger steps) and Enter or Space to answer there. Drag to turn the body, plus and minus to zoom, Home to reset.',
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

  // ---- Anatomy layer -----------------------------------------------------------------
  'anatomy.legend': 'Anatomy colours',
  'anatomy.loading': 'Loading the anatomy…',
  'anatomy.note': "Simplified, generated anatomy aligned to this body's landmarks.",
  'anatomy.customModel': 'The anatomy layer is made for the built-in body model, so it is not shown on this custom model.',
  'anatomy.noWasm': 'This page blocks WebAssembly, which the anatomy model needs, so the anatomy layer is not available here.',

  // ---- Depth view (the cross-section under a point) ----------------------------------
  'depth.needsView': 'The cross-section needs the 3D view.',
  // {reason} is a technical reason.
  'depth.failed': 'The cross-section could not be drawn: {reason}',

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
