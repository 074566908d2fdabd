/**
 * The widget's interface strings in English, part four: the depth view's drawing and
 * sentences and the names of the structures it shows. This module travels with the depth
 * view's chunk (src/element/depth-panel.ts), and DepthController hands it to the English
 * translator (addEnglish) before the view is drawn; the depth view's messages shown before
 * that chunk arrives are in en-3d.ts. Part one, with the conventions all parts follow, is
 * src/i18n/ui/en.ts.
 */
export const EN_UI_DEPTH = {
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
} as const;
