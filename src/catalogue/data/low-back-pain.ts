/**
 * The acupuncture points shown for low back pain: names, locations, placement rules,
 * textbook needling and cautions.
 *
 * Locations paraphrase WHO 2008 (channel points) and GB/T 12346-2006 / Deadman (extra
 * points) in our own words; the WHO text itself is copyrighted and is not reproduced.
 * Needling depths are textbook values, not advice. Marker placements are rules on the
 * body model's landmarks (never coordinates); the resolver picks the side for paired
 * landmarks, and `lateral` means away from the midline on the side being placed.
 */
import type { AcuPoint, CunStep, PlacementDef, PointSet, SourceRef } from '../types.js';

// ---- Sources -------------------------------------------------------------------------

const WHO_2008 = 'WHO Standard Acupuncture Point Locations in the Western Pacific Region (2008)';
const DEADMAN = 'Deadman, Al-Khafaji & Baker, A Manual of Acupuncture, 2nd ed.';
const CAM = 'Chinese Acupuncture and Moxibustion (Cheng Xinnong, ed.), Foreign Languages Press';
const GBT_12346 =
  'GB/T 12346-2006 (2006 edition), Nomenclature and location of acupuncture points (national standard of ' +
  'China; since superseded by GB/T 12346-2021, with extra points now in GB/T 40997-2021)';
const WHO_SAFETY = 'WHO Guidelines on Basic Training and Safety in Acupuncture (1999)';
const CARR_2015 =
  'Carr, Acupuncture in Medicine 2015: obstetric acupuncture and the "forbidden" points (15 trials, 823 women)';
const LEE_2012 =
  'Lee IS, Jo HJ, Lee SH, et al. Systematic review of selection of acupuncture points for lower back pain. ' +
  'Korean J Acupunct. 2012;29(4):519-536 (53 studies: trials, case series and reports)';
const PARK_2024 =
  'Park SH, Han YJ, Jang JE, Kim KH, Lee SD. A review of classical literatures on acupuncture points used ' +
  'for the treatment of low back pain. J Acupunct Res. 2024;41:197-208 (14 classical texts)';

const who = (code: string): SourceRef => ({ title: WHO_2008, detail: code });
const textbookNeedling: SourceRef[] = [
  { title: DEADMAN, detail: 'needling and cautions' },
  { title: CAM, detail: 'needling' },
];
const leeFrequency: SourceRef = { title: LEE_2012, detail: 'among the most frequently used points' };
const parkClassical = (detail: string): SourceRef => ({ title: PARK_2024, detail });
const pregnancySources: SourceRef[] = [
  { title: WHO_SAFETY, detail: 'cautions in pregnancy' },
  { title: CARR_2015 },
];

// ---- Placement helpers -----------------------------------------------------------------

/** A landmark plus B-cun steps of one span; no steps means "at the landmark". */
function offset(landmark: string, span: string, ...steps: CunStep[]): PlacementDef {
  return { kind: 'offset', landmark, span, steps };
}

/** A point level with the inferior border of a spinous process, `cun` B-cun from the midline. */
function backShu(level: string, cun: number): PlacementDef {
  return offset(level, 'back', { direction: 'lateral', cun });
}

// ---- Shared caution text ------------------------------------------------------------------

const PREGNANCY_LUMBOSACRAL =
  'Tradition: WHO safety guidance (1999) notes that lumbosacral points are traditionally avoided in ' +
  'early pregnancy. Evidence: a 2015 review of trials that needled traditionally "forbidden" points ' +
  'in pregnancy (Carr; 15 trials, 823 women) found no objective evidence of harm, but the data are ' +
  'limited, so practitioners still take care.';

/** The classical "forbidden in pregnancy" points named in this catalogue's cautions and evidence text. */
export const FORBIDDEN_IN_PREGNANCY = ['LI4', 'SP6', 'BL31', 'BL32', 'BL60', 'BL67', 'GB21', 'CV4'] as const;

/** "LI4, SP6 and CV4": a list in words. */
function inWords(codes: readonly string[]): string {
  return codes.length < 2 ? codes.join('') : `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`;
}

const PREGNANCY_FORBIDDEN_POINT = (code: string): string =>
  `Tradition: ${code} is on the classical list of points traditionally avoided in pregnancy (with ` +
  `${inWords(FORBIDDEN_IN_PREGNANCY.filter((other) => other !== code))}). Evidence: a 2015 review of trials ` +
  'that needled these points in pregnancy (Carr; 15 trials, 823 women) found no objective evidence of harm; ' +
  'the data are limited, so practitioners still take care.';

const MOXIBUSTION =
  'Moxibustion (burning dried mugwort on or above the skin) can burn or blister the skin: keep a gap or a ' +
  'barrier and watch the skin. Avoid it where skin sensation is reduced (for example diabetic neuropathy ' +
  'or after spinal surgery), over broken or scarred skin, and in people who cannot report heat. ' +
  'Traditionally, moxibustion on the lower abdomen and the lumbosacral region is avoided in pregnancy.';

const NO_PLEURA_BELOW_L1 =
  'The pleura normally ends above this level (around the 12th rib), so pneumothorax, the main ' +
  'risk of needling the thoracic back, is not the concern here.';

const SPINAL_CANAL =
  'Midline point: deep needling passes between the spinous processes through the supraspinous and ' +
  'interspinous ligaments toward the ligamentum flavum and the spinal canal. How deep the canal lies ' +
  'depends on build and is less in slim people; this map gives no figure for it. Keep to the textbook ' +
  'depth (Deadman; CAM), angled slightly upward.';

export const LOW_BACK_PAIN_POINTS: PointSet = {
  points: [
    // ---- Local: lumbar midline and paravertebral -----------------------------------------
    {
      code: 'GV4',
      pinyin: 'Mìngmén',
      hanzi: { traditional: '命門', simplified: '命门' },
      english: 'Gate of Life',
      channel: 'Governor Vessel',
      region: 'lumbar',
      laterality: 'midline',
      role: {
        kind: 'local',
        reason:
          'Local point on the spine at L2. Traditionally used to warm and strengthen the Kidney for ' +
          'chronic low back pain and stiffness, often with moxibustion; level with BL23 and BL52.',
      },
      location: {
        practitioner:
          'On the posterior midline of the lumbar region, in the hollow just below the L2 spinous ' +
          'process (two spinous processes above the iliac-crest line at L4). BL23 lies ' +
          '1.5 B-cun and BL52 3 B-cun lateral at the same level.',
        patient:
          'In the middle of the lower back, in the small hollow just below the bony bump of the ' +
          'second lumbar vertebra, about two vertebrae above the line joining the tops of the hip bones.',
      },
      markers: [{ at: offset('L2', 'back') }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular or slightly oblique, directed a little upward',
        notes:
          'Textbook range (Deadman; CAM). Moxibustion is traditionally used here, especially for ' +
          'chronic, cold-type back pain.',
      },
      cautions: {
        depth:
          SPINAL_CANAL +
          ' At L2 the lower end of the spinal cord can still lie in the canal in some people. ' +
          NO_PLEURA_BELOW_L1,
        structures:
          'Supraspinous and interspinous ligaments; posterior branches of the lumbar spinal nerves ' +
          'and vessels.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
        moxibustion: MOXIBUSTION,
      },
      sources: [who('GV4'), ...textbookNeedling, ...pregnancySources],
    },
    {
      code: 'GV3',
      pinyin: 'Yāoyángguān',
      hanzi: { traditional: '腰陽關', simplified: '腰阳关' },
      english: 'Lumbar Yang Gate',
      channel: 'Governor Vessel',
      region: 'lumbar',
      laterality: 'midline',
      role: {
        kind: 'local',
        reason:
          'Local point on the spine at L4, traditionally used for lumbosacral pain that may spread ' +
          'to the legs; one of the frequently used points in low back pain studies (Lee 2012).',
      },
      location: {
        practitioner:
          'On the posterior midline of the lumbar region, in the hollow just below the L4 spinous ' +
          'process; L4 sits on the line joining the highest points of the two iliac crests.',
        patient:
          'In the middle of the lower back, on the line joining the tops of the hip bones, in the ' +
          'hollow just below the bony bump of the spine there.',
      },
      markers: [{ at: offset('L4', 'back') }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular or slightly oblique, directed a little upward',
        notes: 'Textbook range (Deadman; CAM). Moxibustion is traditionally used here.',
      },
      cautions: {
        depth: SPINAL_CANAL + ' ' + NO_PLEURA_BELOW_L1,
        structures:
          'Supraspinous and interspinous ligaments; posterior branches of the lumbar spinal nerves ' +
          'and vessels; the dural sac with the cauda equina lies deeper in the canal.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
        moxibustion: MOXIBUSTION,
      },
      sources: [who('GV3'), ...textbookNeedling, leeFrequency, ...pregnancySources],
    },
    {
      code: 'BL23',
      pinyin: 'Shènshū',
      hanzi: { traditional: '腎俞', simplified: '肾俞' },
      english: 'Kidney Shu',
      channel: 'Bladder',
      region: 'lumbar',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Back-transporting (back-shu) point of the Kidney; in traditional theory the lower back ' +
          'is the "residence of the Kidneys". Among the points most often used in low back pain ' +
          'studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Lumbar region, at the height of the lower border of the L2 spinous process, 1.5 B-cun ' +
          'lateral to the posterior midline (half the distance from the midline to the medial ' +
          'border of the scapula). Same level as GV4 and BL52.',
        patient:
          'On each side of the spine, about two finger-widths out from the middle, level with the ' +
          'second lumbar vertebra, in the band of muscle beside the spine.',
      },
      markers: [{ at: backShu('L2', 1.5) }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes:
          'Textbook range for the lumbar back-shu points (Deadman; CAM). Go no deeper, and less ' +
          'in slim patients, because of the kidney. Moxibustion is traditionally used.',
      },
      cautions: {
        depth:
          'The kidney lies deep to this point: deep perpendicular needling, especially in slim ' +
          'people, can injure it. ' + NO_PLEURA_BELOW_L1,
        structures:
          'Erector spinae; posterior branches of the lumbar spinal nerves and lumbar vessels.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
        moxibustion: MOXIBUSTION,
      },
      sources: [who('BL23'), ...textbookNeedling, leeFrequency, ...pregnancySources],
    },
    {
      code: 'BL24',
      pinyin: 'Qìhǎishū',
      hanzi: { traditional: '氣海俞', simplified: '气海俞' },
      english: 'Sea of Qi Shu',
      channel: 'Bladder',
      region: 'lumbar',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Local paravertebral point at L3, used traditionally for lumbar pain and weakness; ' +
          'appears among the frequently used points in low back pain studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Lumbar region, at the height of the lower border of the L3 spinous process, 1.5 B-cun ' +
          'lateral to the posterior midline.',
        patient:
          'On each side of the spine, about two finger-widths out from the middle, one vertebra ' +
          'lower than the Kidney Shu point (BL23).',
      },
      markers: [{ at: backShu('L3', 1.5) }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes: 'Textbook range for the lumbar back-shu points (Deadman; CAM).',
      },
      cautions: {
        depth:
          'The lower pole of the kidney can reach the L3 level, especially on the right; keep to ' +
          'the textbook depth. ' + NO_PLEURA_BELOW_L1,
        structures:
          'Erector spinae; posterior branches of the lumbar spinal nerves and lumbar vessels.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL24'), ...textbookNeedling, leeFrequency, ...pregnancySources],
    },
    {
      code: 'BL25',
      pinyin: 'Dàchángshū',
      hanzi: { traditional: '大腸俞', simplified: '大肠俞' },
      english: 'Large Intestine Shu',
      channel: 'Bladder',
      region: 'lumbar',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Back-shu point of the Large Intestine at L4, the level where much low back pain sits; ' +
          'among the points most often used in low back pain studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Lumbar region, at the height of the lower border of the L4 spinous process (on the ' +
          'iliac-crest line), 1.5 B-cun lateral to the posterior midline.',
        patient:
          'On each side of the spine, about two finger-widths out from the middle, level with the ' +
          'tops of the hip bones.',
      },
      markers: [{ at: backShu('L4', 1.5) }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes:
          'Textbook range for the lumbar back-shu points (Deadman; CAM); some texts needle deeper ' +
          'here where the muscle is thick.',
      },
      cautions: {
        depth:
          'Below the usual level of the kidney; deep needling passes through thick back muscles ' +
          'toward the transverse processes. ' + NO_PLEURA_BELOW_L1,
        structures:
          'Erector spinae; posterior branches of the lumbar spinal nerves and lumbar vessels.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL25'), ...textbookNeedling, leeFrequency, ...pregnancySources],
    },
    {
      code: 'BL26',
      pinyin: 'Guānyuánshū',
      hanzi: { traditional: '關元俞', simplified: '关元俞' },
      english: 'Gate of Origin Shu',
      channel: 'Bladder',
      region: 'lumbar',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Local paravertebral point at L5, used traditionally for lower lumbar and lumbosacral ' +
          'pain; among the frequently used points in low back pain studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Lumbar region, at the height of the lower border of the L5 spinous process, 1.5 B-cun ' +
          'lateral to the posterior midline.',
        patient:
          'On each side of the spine, about two finger-widths out from the middle, one vertebra ' +
          'below the line joining the tops of the hip bones.',
      },
      markers: [{ at: backShu('L5', 1.5) }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes: 'Textbook range for the lumbar back-shu points (Deadman; CAM).',
      },
      cautions: {
        depth:
          'Below the kidney; deep needling passes through the thick back muscles toward the ' +
          'lumbosacral joint. ' + NO_PLEURA_BELOW_L1,
        structures:
          'Erector spinae; posterior branches of the lower lumbar spinal nerves and vessels.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL26'), ...textbookNeedling, leeFrequency, ...pregnancySources],
    },
    {
      code: 'BL52',
      pinyin: 'Zhìshì',
      hanzi: { traditional: '志室', simplified: '志室' },
      english: 'Residence of the Will',
      channel: 'Bladder',
      region: 'lumbar',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Local point on the outer Bladder line at L2, level with BL23; traditionally paired with ' +
          'BL23 to strengthen the Kidney in chronic low back pain.',
      },
      location: {
        practitioner:
          'Lumbar region, at the height of the lower border of the L2 spinous process, 3 B-cun ' +
          'lateral to the posterior midline (on the vertical line of the medial border of the scapula). ' +
          'Same level as GV4 and BL23.',
        patient:
          'On each side of the back, about four finger-widths out from the middle of the spine, ' +
          'level with the second lumbar vertebra.',
      },
      markers: [{ at: backShu('L2', 3) }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular or oblique toward the spine',
        notes:
          'Textbook range (Deadman; CAM). Shallow and angled toward the spine in slim patients ' +
          'because of the kidney.',
      },
      cautions: {
        depth:
          'The kidney lies deep to this point, closer under the skin than at BL23 in slim people: ' +
          'deep perpendicular needling can injure it. ' + NO_PLEURA_BELOW_L1,
        structures:
          'Latissimus dorsi, erector spinae and quadratus lumborum; lateral branches of the ' +
          'posterior rami of the lumbar spinal nerves.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL52'), ...textbookNeedling, ...pregnancySources],
    },
    {
      code: 'BL31',
      pinyin: 'Shàngliáo',
      hanzi: { traditional: '上髎', simplified: '上髎' },
      english: 'Upper Crevice',
      channel: 'Bladder',
      region: 'sacral',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Local sacral point over the first sacral foramen. Classical prescriptions for low back pain ' +
          'combine the four "crevice" points BL31 to BL34 (Park 2024); used traditionally for ' +
          'lumbosacral and sacroiliac pain.',
      },
      location: {
        practitioner:
          'Sacral region, in the first posterior sacral foramen: the highest of the four foramina, ' +
          'about a finger-breadth above BL32 and a little further from the midline.',
        patient:
          'On the flat bone at the base of the spine (the sacrum), in the highest of four small hollows ' +
          'that run down each side of it, between the dimple at the back of the hip bone and the spine.',
      },
      markers: [{ at: offset('sacral-foramen-1', 'back') }],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular, into the foramen',
        notes:
          'Textbook range (Deadman; CAM). The foramen is found by palpation; the needle must enter it ' +
          'rather than strike the bone.',
      },
      cautions: {
        depth:
          'The foramen leads through the sacrum toward the pelvis; keep to the textbook depth. No ' +
          'pleura or kidney at this level.',
        structures:
          'The posterior branch of the first sacral nerve leaves through this foramen, with lateral ' +
          'sacral vessels.',
        pregnancy: PREGNANCY_FORBIDDEN_POINT('BL31') + ' ' + PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL31'), ...textbookNeedling, parkClassical('BL31 to BL34 combined'), ...pregnancySources],
    },
    {
      code: 'BL32',
      pinyin: 'Cìliáo',
      hanzi: { traditional: '次髎', simplified: '次髎' },
      english: 'Second Crevice',
      channel: 'Bladder',
      region: 'sacral',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Local sacral point over the second sacral foramen, one of the four "crevice" points BL31 to ' +
          'BL34 that classical prescriptions combine (Park 2024); used traditionally for lumbosacral ' +
          'pain; among the frequently used points in low back pain studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Sacral region, in the second posterior sacral foramen, which lies about midway between ' +
          'the posterior superior iliac spine and the S2 spinous process (S2 is level with the ' +
          'inferior borders of the PSIS).',
        patient:
          'On the flat bone at the base of the spine (the sacrum), in a small hollow between the ' +
          'dimple at the back of the hip bone and the middle of the spine.',
      },
      markers: [{ at: offset('sacral-foramen-2', 'back') }],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular, into the foramen',
        notes:
          'Textbook range (Deadman; CAM). The foramen is found by palpation; the needle must ' +
          'enter it rather than strike the bone.',
      },
      cautions: {
        depth:
          'The foramen leads through the sacrum toward the pelvis; keep to the textbook depth. ' +
          'No pleura or kidney at this level.',
        structures:
          'The posterior branch of the second sacral nerve leaves through this foramen; ' +
          'accompanying lateral sacral vessels.',
        pregnancy: PREGNANCY_FORBIDDEN_POINT('BL32') + ' ' + PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL32'), ...textbookNeedling, leeFrequency, parkClassical('BL31 to BL34 combined'), ...pregnancySources],
    },
    {
      code: 'BL33',
      pinyin: 'Zhōngliáo',
      hanzi: { traditional: '中髎', simplified: '中髎' },
      english: 'Middle Crevice',
      channel: 'Bladder',
      region: 'sacral',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Local sacral point over the third sacral foramen, one of the four "crevice" points BL31 to ' +
          'BL34 that classical prescriptions combine for low back pain (Park 2024).',
      },
      location: {
        practitioner:
          'Sacral region, in the third posterior sacral foramen, below BL32 and a little closer to ' +
          'the midline.',
        patient:
          'On the sacrum, in the third of four small hollows that run down each side of it, a little ' +
          'below the level of the dimples at the back of the hip bones.',
      },
      markers: [{ at: offset('sacral-foramen-3', 'back') }],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular, into the foramen',
        notes: 'Textbook range (Deadman; CAM). The foramen is found by palpation.',
      },
      cautions: {
        depth: 'The foramen leads through the sacrum toward the pelvis; keep to the textbook depth.',
        structures:
          'The posterior branch of the third sacral nerve leaves through this foramen, with lateral ' +
          'sacral vessels.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL33'), ...textbookNeedling, parkClassical('BL31 to BL34 combined'), ...pregnancySources],
    },
    {
      code: 'BL34',
      pinyin: 'Xiàliáo',
      hanzi: { traditional: '下髎', simplified: '下髎' },
      english: 'Lower Crevice',
      channel: 'Bladder',
      region: 'sacral',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Local sacral point over the fourth sacral foramen, the lowest of the four "crevice" points ' +
          'BL31 to BL34 that classical prescriptions combine for low back pain (Park 2024).',
      },
      location: {
        practitioner:
          'Sacral region, in the fourth posterior sacral foramen, about level with the sacral hiatus ' +
          'and close beside the midline.',
        patient:
          'Low on the sacrum, in the lowest of four small hollows down each side of it, just above ' +
          'and beside the top of the cleft between the buttocks.',
      },
      markers: [{ at: offset('sacral-foramen-4', 'back') }],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular, into the foramen',
        notes: 'Textbook range (Deadman; CAM). The foramen is found by palpation.',
      },
      cautions: {
        depth: 'The foramen leads through the sacrum toward the pelvis; keep to the textbook depth.',
        structures:
          'The posterior branch of the fourth sacral nerve leaves through this foramen, with lateral ' +
          'sacral vessels.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL34'), ...textbookNeedling, parkClassical('BL31 to BL34 combined'), ...pregnancySources],
    },
    {
      code: 'BL28',
      pinyin: 'Pángguāngshū',
      hanzi: { traditional: '膀胱俞', simplified: '膀胱俞' },
      english: 'Bladder Shu',
      channel: 'Bladder',
      region: 'sacral',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Back-transporting (back-shu) point of the Bladder, on the sacrum over the sacroiliac ' +
          'region; used traditionally for lumbosacral and sacroiliac pain. Classical prescriptions ' +
          'pair it with GV2 (Park 2024).',
      },
      location: {
        practitioner:
          'Sacral region, level with the second posterior sacral foramen, 1.5 B-cun lateral to the ' +
          'median sacral crest (the same level as BL32 and the lower borders of the PSIS).',
        patient:
          'On the back of the pelvis, about two finger-widths out from the middle of the sacrum, level ' +
          'with the dimples at the back of the hip bones.',
      },
      markers: [{ at: backShu('S2', 1.5) }],
      needling: {
        depthCun: [0.8, 1.2],
        angle: 'perpendicular or oblique',
        notes: 'Textbook range (CAM).',
      },
      cautions: {
        depth: 'Bone (the sacrum and the sacroiliac joint) lies close beneath; no pleura or kidney at this level.',
        structures:
          'Erector spinae and the gluteus maximus origin; lateral branches of the posterior rami of ' +
          'the sacral nerves (the middle cluneal nerves).',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL28'), { title: CAM, detail: 'needling' }, parkClassical('BL28 with GV2'), ...pregnancySources],
    },
    {
      code: 'BL54',
      pinyin: 'Zhìbiān',
      hanzi: { traditional: '秩邊', simplified: '秩边' },
      english: "Order's Edge",
      channel: 'Bladder',
      region: 'buttock',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Point on the buttock beside the lower sacrum, used traditionally for lumbosacral pain ' +
          'and for pain spreading into the buttock and leg.',
      },
      location: {
        practitioner:
          'On the buttock at the height of the fourth posterior sacral foramen, 3 B-cun out from ' +
          'the median sacral crest; in practice 3 B-cun lateral to the sacral hiatus.',
        patient:
          'On the buttock, about four finger-widths out from the lower end of the sacrum, just ' +
          'above the top of the cleft between the buttocks.',
      },
      markers: [{ at: offset('sacral-hiatus', 'back', { direction: 'lateral', cun: 3 }) }],
      needling: {
        depthCun: [1.5, 2],
        angle: 'perpendicular',
        notes:
          'Textbook range (CAM); deeper needling is described in some texts because of the thick ' +
          'gluteal muscles. Needle length must suit the build.',
      },
      cautions: {
        structures:
          'The sciatic nerve and the inferior gluteal nerve and vessels run deep in this area, ' +
          'below the piriformis. A sudden electric sensation down the leg means the needle has ' +
          'reached the nerve: do not manipulate it forcefully there.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL54'), { title: CAM, detail: 'needling' }, ...pregnancySources],
    },
    // ---- Adjacent: hip and buttock ---------------------------------------------------------
    {
      code: 'GB30',
      pinyin: 'Huántiào',
      hanzi: { traditional: '環跳', simplified: '环跳' },
      english: 'Jumping Circle',
      channel: 'Gallbladder',
      region: 'buttock',
      laterality: 'bilateral',
      role: {
        kind: 'adjacent',
        reason:
          'Point on the buttock over the hip, used traditionally for low back and hip pain that ' +
          'spreads down the leg (sciatica); among the most frequently used points in low back ' +
          'pain studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Buttock region, one third of the way along the line from the prominence of the ' +
          'greater trochanter to the sacral hiatus (junction of its lateral third and medial two ' +
          'thirds). WHO 2008 also records an alternative site one third of the way from the ' +
          'greater trochanter toward the ASIS.',
        patient:
          'On the side of the buttock, about a third of the way from the bony bump at the side of ' +
          'the hip toward the base of the spine.',
      },
      markers: [
        { at: { kind: 'along', from: 'greater-trochanter', to: 'sacral-hiatus', fraction: 1 / 3 } },
        {
          label: 'WHO alternative',
          alternative: true,
          at: { kind: 'along', from: 'greater-trochanter', to: 'asis', fraction: 1 / 3 },
        },
      ],
      needling: {
        depthCun: [2, 3],
        angle: 'perpendicular',
        notes:
          'Textbook range (Deadman; CAM); usually needled lying on the side with the upper hip ' +
          'and knee flexed. A long needle is needed because of the gluteal muscles.',
      },
      cautions: {
        structures:
          'The sciatic nerve lies deep to this point, with the inferior gluteal nerve and ' +
          'vessels. A sharp electric sensation down the leg means the needle is at the nerve: ' +
          'do not lift and thrust there.',
      },
      sources: [who('GB30'), ...textbookNeedling, leeFrequency],
    },
    // ---- Local: extra points of the back ---------------------------------------------------
    {
      code: 'EX-B2',
      altCodes: ['M-BW-35'],
      pinyin: 'Jiájǐ',
      hanzi: { traditional: '夾脊', simplified: '夹脊' },
      english: "Spine-Clasping Points (Hua Tuo's paravertebral points)",
      channel: 'Extra points',
      region: 'lumbar',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'A row of points right beside the spine; the lumbar ones (L1 to L5) are chosen at the ' +
          'painful levels and are common in modern low back pain practice and trials.',
      },
      location: {
        practitioner:
          'Back, 0.5 cun lateral to the posterior midline, level with the inferior border of each ' +
          'spinous process from T1 to L5 (17 points each side), per GB/T 12346 (2006 edition); ' +
          'Deadman gives 0.5 to 1 cun lateral. Only the lumbar points, L1 to L5, are shown, at ' +
          '0.5 cun. Extra point: not part of WHO 2008.',
        patient:
          'A row of spots very close to the spine, about half a thumb-width out from the middle, ' +
          'one beside each lumbar vertebra, on both sides.',
      },
      markers: (['L1', 'L2', 'L3', 'L4', 'L5'] as const).map((level) => ({
        label: level,
        at: backShu(level, 0.5),
      })),
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular or slightly oblique toward the spine',
        notes:
          'Textbook range (Deadman; CAM); some texts allow up to about 1.5 cun in the lumbar ' +
          'region. Never angle the needle laterally here.',
      },
      cautions: {
        depth:
          'Deep, medially angled needling can pass between the laminae toward the spinal canal. ' +
          'The thoracic Jiaji points (not shown) carry a pneumothorax risk; at L1 to L5 the ' +
          'pleura is not reached and the kidney lies further lateral.',
        structures:
          'Posterior branches of the spinal nerves and their vessels; the facet joints and ' +
          'laminae lie beneath.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [
        { title: GBT_12346, detail: 'EX-B2 Jiaji' },
        { title: DEADMAN, detail: 'Huatuojiaji (M-BW-35)' },
        { title: CAM, detail: 'needling' },
        ...pregnancySources,
      ],
    },
    {
      code: 'EX-B7',
      altCodes: ['M-BW-24'],
      pinyin: 'Yāoyǎn',
      hanzi: { traditional: '腰眼', simplified: '腰眼' },
      english: 'Lumbar Eyes',
      channel: 'Extra points',
      region: 'lumbar',
      laterality: 'bilateral',
      role: {
        kind: 'local',
        reason:
          'Local extra point in the hollows either side of the lower back at L4, used ' +
          'traditionally for low back pain, often with moxibustion or rubbing.',
      },
      location: {
        practitioner:
          'Lumbar region, at the height of the lower border of the L4 spinous process, about 3.5 cun ' +
          'lateral to the posterior midline, in the depression that appears when the patient lies ' +
          'prone. Extra point, per GB/T 12346 (2006 edition).',
        patient:
          'The two hollows either side of the lower back, level with the tops of the hip bones, ' +
          'that show when you lie face down.',
      },
      markers: [{ at: backShu('L4', 3.5) }],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular',
        notes:
          'Textbook values vary (about 1 to 1.5 cun perpendicular in Chinese texts, some deeper). ' +
          'Moxibustion is traditionally common here.',
      },
      cautions: {
        depth:
          'The kidney usually ends above this level, but keep to the textbook depth, especially ' +
          'in slim people; deeper lie quadratus lumborum and then the abdominal cavity. ' +
          NO_PLEURA_BELOW_L1,
        structures:
          'Latissimus dorsi and the iliocostalis; lateral branches of the posterior rami of the ' +
          'lower thoracic and upper lumbar nerves.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
        moxibustion: MOXIBUSTION,
      },
      sources: [
        { title: GBT_12346, detail: 'EX-B7 Yaoyan' },
        { title: DEADMAN, detail: 'Yaoyan (M-BW-24)' },
        ...pregnancySources,
      ],
    },
    {
      code: 'EX-B8',
      altCodes: ['M-BW-25'],
      pinyin: 'Shíqīzhuī',
      hanzi: { traditional: '十七椎', simplified: '十七椎' },
      english: 'Seventeenth Vertebra',
      channel: 'Extra points',
      region: 'lumbar',
      laterality: 'midline',
      role: {
        kind: 'local',
        reason:
          'Local midline extra point at the lumbosacral junction (L5 counted as the 17th vertebra ' +
          'from T1), used traditionally for lumbosacral pain.',
      },
      location: {
        practitioner:
          'On the posterior midline, in the hollow just below the L5 spinous process, at the ' +
          'lumbosacral junction. Extra point, per GB/T 12346 (2006 edition).',
        patient:
          'In the middle of the lower back, in the hollow just below the last lumbar vertebra, at ' +
          'the top of the sacrum.',
      },
      markers: [{ at: offset('L5', 'back') }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular or slightly oblique, directed a little upward',
        notes: 'Textbook range; values vary slightly between texts.',
      },
      cautions: {
        depth: SPINAL_CANAL + ' ' + NO_PLEURA_BELOW_L1,
        structures:
          'Supraspinous and interspinous ligaments; the dural sac with the cauda equina lies ' +
          'deeper in the canal.',
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [
        { title: GBT_12346, detail: 'EX-B8 Shiqizhui' },
        { title: DEADMAN, detail: 'Shiqizhuixia (M-BW-25)' },
        ...pregnancySources,
      ],
    },
    // ---- Adjacent and distal: thigh, knee, leg ---------------------------------------------
    {
      code: 'BL36',
      pinyin: 'Chéngfú',
      hanzi: { traditional: '承扶', simplified: '承扶' },
      english: 'Hold and Support',
      channel: 'Bladder',
      region: 'buttock',
      laterality: 'bilateral',
      role: {
        kind: 'adjacent',
        reason:
          'Point at the buttock crease on the Bladder channel, used traditionally for low back ' +
          'pain spreading into the buttock and the back of the thigh.',
      },
      location: {
        practitioner: 'Midpoint of the gluteal fold, at the lower edge of the buttock.',
        patient: 'In the middle of the crease under the buttock.',
      },
      markers: [{ at: offset('gluteal-fold', 'thigh-posterior') }],
      needling: {
        depthCun: [1, 2],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The sciatic nerve runs deep to this point, with the posterior femoral cutaneous nerve ' +
          'more superficially. An electric sensation down the leg means the needle is at the nerve.',
      },
      sources: [who('BL36'), ...textbookNeedling],
    },
    {
      code: 'BL37',
      pinyin: 'Yīnmén',
      hanzi: { traditional: '殷門', simplified: '殷门' },
      english: 'Gate of Abundance',
      channel: 'Bladder',
      region: 'thigh',
      laterality: 'bilateral',
      role: {
        kind: 'adjacent',
        reason:
          'Point on the back of the thigh on the Bladder channel, used traditionally for low back ' +
          'pain with pain or stiffness down the back of the leg.',
      },
      location: {
        practitioner:
          'Back of the thigh, 6 B-cun below the gluteal fold in the groove between biceps femoris ' +
          'and semitendinosus (1 B-cun above the midpoint of the line from BL36 to BL40).',
        patient:
          'On the back of the thigh, in the middle, a little less than halfway from the buttock ' +
          'crease down to the knee crease.',
      },
      markers: [
        {
          at: {
            kind: 'along',
            from: 'gluteal-fold',
            to: 'popliteal-crease',
            cun: 6,
            span: 'thigh-posterior',
          },
        },
      ],
      needling: {
        depthCun: [1, 2],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The sciatic nerve runs deep between the hamstrings here; an electric sensation down ' +
          'the leg means the needle is at the nerve.',
      },
      sources: [who('BL37'), ...textbookNeedling],
    },
    {
      code: 'GB31',
      pinyin: 'Fēngshì',
      hanzi: { traditional: '風市', simplified: '风市' },
      english: 'Wind Market',
      channel: 'Gallbladder',
      region: 'thigh',
      laterality: 'bilateral',
      role: {
        kind: 'adjacent',
        reason:
          'Point on the outer thigh, used traditionally for pain, numbness and weakness along the ' +
          'side of the thigh, as when low back pain spreads down the outside of the leg.',
      },
      location: {
        practitioner:
          'Lateral thigh, in the depression just behind the iliotibial band, where the tip of the ' +
          'middle finger rests when standing with the arms hanging at the sides (WHO 2008). WHO 2008 ' +
          'puts it 9 B-cun above the popliteal crease, 2 B-cun above GB32 (greater trochanter to ' +
          'popliteal crease is 19 B-cun). Older textbooks (Deadman; CAM) give 7 B-cun above the crease.',
        patient:
          'On the outside of the thigh, about where the tip of your middle finger touches when you ' +
          'stand with your arms hanging at your sides.',
      },
      markers: [
        {
          approximate:
            'The height is the WHO 2008 B-cun rule (10 of the 19 B-cun below the trochanter, so 9 ' +
            'above the popliteal crease; on this body the hanging middle fingertip is at the same ' +
            'height); "just behind the iliotibial band" is felt, and the 0.5 B-cun step backward ' +
            'only estimates it.',
          at: offset(
            'greater-trochanter',
            'thigh-lateral',
            { direction: 'inferior', cun: 10 },
            { direction: 'posterior', cun: 0.5 },
          ),
        },
      ],
      needling: {
        depthCun: [1, 2],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The iliotibial band over vastus lateralis; the lateral femoral cutaneous nerve and ' +
          'branches of the lateral circumflex femoral vessels.',
      },
      sources: [who('GB31'), ...textbookNeedling],
    },
    {
      code: 'BL40',
      pinyin: 'Wěizhōng',
      hanzi: { traditional: '委中', simplified: '委中' },
      english: 'Middle of the Crook',
      channel: 'Bladder',
      region: 'knee',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Classical distal point for the back: the traditional "command point" of the lumbar ' +
          'region and back. Among the points most often chosen in the 53 low back pain studies reviewed by Lee 2012.',
      },
      location: {
        practitioner:
          'Posterior knee, at the midpoint of the popliteal crease, between the tendons of biceps ' +
          'femoris and semitendinosus.',
        patient: 'In the middle of the crease behind the knee.',
      },
      markers: [{ at: offset('popliteal-crease', 'leg-lateral') }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes:
          'Textbook range (Deadman; CAM). Classical texts also describe pricking the superficial ' +
          'veins here to let a few drops of blood for acute back pain, a specialised technique.',
      },
      cautions: {
        structures:
          'The tibial nerve and, deeper, the popliteal vein and artery lie directly beneath this ' +
          'point. Palpate the pulse, needle gently and avoid deep or forceful manipulation. Do not ' +
          'needle or press here over a pulsing lump (a possible popliteal aneurysm) or when the calf ' +
          'is swollen, warm or painful (a possible deep vein thrombosis): those need a doctor.',
      },
      sources: [who('BL40'), ...textbookNeedling, leeFrequency],
    },
    {
      code: 'BL55',
      pinyin: 'Héyáng',
      hanzi: { traditional: '合陽', simplified: '合阳' },
      english: 'Yang Union',
      channel: 'Bladder',
      region: 'leg',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Point on the upper calf on the Bladder channel, used traditionally for low back pain that ' +
          'spreads down the back of the leg. It is the "calf just below the knee" of common home ' +
          'acupressure advice.',
      },
      location: {
        practitioner:
          'Posterior leg, between the lateral and medial heads of gastrocnemius, 2 B-cun below the ' +
          'popliteal crease (2 B-cun below BL40, on the line from BL40 to BL57).',
        patient:
          'On the back of the calf, about three finger-widths below the middle of the knee crease, ' +
          'in the groove between the two calf muscles.',
      },
      markers: [
        {
          at: {
            kind: 'along',
            from: 'popliteal-crease',
            to: 'calcaneal-tendon',
            cun: 2,
            span: 'leg-lateral',
          },
        },
      ],
      needling: {
        depthCun: [1, 2],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The small saphenous vein and the medial sural cutaneous nerve run superficially; the ' +
          'tibial nerve and the popliteal vessels lie deep in the upper calf.',
      },
      sources: [who('BL55'), ...textbookNeedling],
    },
    {
      code: 'BL57',
      pinyin: 'Chéngshān',
      hanzi: { traditional: '承山', simplified: '承山' },
      english: 'Support Mountain',
      channel: 'Bladder',
      region: 'leg',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Distal point on the calf on the Bladder channel, used traditionally for low back pain ' +
          'and for cramping or pain in the calf and leg.',
      },
      location: {
        practitioner:
          'Posterior leg, where the calcaneal tendon meets the two bellies of gastrocnemius: the ' +
          'apex of the inverted-V depression seen with the leg straight and the heel raised. ' +
          'About 8 B-cun below the popliteal crease, midway between the crease and the level of ' +
          'the lateral malleolus.',
        patient:
          'On the back of the calf, about halfway between the knee crease and the ankle, where ' +
          'the calf muscle turns into tendon: the tip of the upside-down V that shows when you ' +
          'stand on tiptoe.',
      },
      markers: [
        {
          at: {
            kind: 'along',
            from: 'popliteal-crease',
            to: 'calcaneal-tendon',
            cun: 8,
            span: 'leg-lateral',
          },
        },
      ],
      needling: {
        depthCun: [1, 2],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The sural nerve and small saphenous vein run near the skin in the middle of the calf; ' +
          'the tibial nerve and posterior tibial vessels lie deep, under the soleus.',
      },
      sources: [who('BL57'), ...textbookNeedling],
    },
    {
      code: 'BL58',
      pinyin: 'Fēiyáng',
      hanzi: { traditional: '飛揚', simplified: '飞扬' },
      english: 'Soaring Upwards',
      channel: 'Bladder',
      region: 'leg',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Connecting (luo) point of the Bladder channel on the outer calf, used traditionally for ' +
          'back pain with heaviness or pain in the legs.',
      },
      location: {
        practitioner:
          'Posterolateral leg, between the lower border of the lateral head of gastrocnemius and the ' +
          'calcaneal tendon, level with a point 7 B-cun above BL60: lateral to and about 1 B-cun ' +
          'below BL57.',
        patient:
          'On the outer back of the calf, a little below and to the outside of the middle of the ' +
          'calf, where the calf muscle thins toward the tendon.',
      },
      markers: [
        {
          at: {
            kind: 'midpoint',
            between: ['lateral-malleolus', 'calcaneal-tendon'],
            span: 'leg-lateral',
            steps: [{ direction: 'superior', cun: 7 }],
          },
        },
      ],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures: 'The lateral sural cutaneous nerve; the small saphenous vein runs nearby.',
      },
      sources: [who('BL58'), ...textbookNeedling],
    },
    {
      code: 'BL59',
      pinyin: 'Fūyáng',
      hanzi: { traditional: '跗陽', simplified: '跗阳' },
      english: 'Instep Yang',
      channel: 'Bladder',
      region: 'leg',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Cleft (xi) point of the Yang Motility vessel on the lower leg, used traditionally for acute ' +
          'back pain and for pain and heaviness of the lower leg.',
      },
      location: {
        practitioner:
          'Posterolateral leg, between the fibula and the calcaneal tendon, 3 B-cun directly above ' +
          'BL60.',
        patient:
          'On the outer back of the lower leg, about four finger-widths straight above the hollow ' +
          'between the outer ankle bone and the Achilles tendon.',
      },
      markers: [
        {
          at: {
            kind: 'midpoint',
            between: ['lateral-malleolus', 'calcaneal-tendon'],
            span: 'leg-lateral',
            steps: [{ direction: 'superior', cun: 3 }],
          },
        },
      ],
      needling: {
        depthCun: [0.8, 1.2],
        angle: 'perpendicular',
        notes: 'Textbook range (CAM).',
      },
      cautions: {
        structures: 'The sural nerve and the small saphenous vein run close behind the fibula here.',
      },
      sources: [who('BL59'), { title: CAM, detail: 'needling' }],
    },
    {
      code: 'GB34',
      pinyin: 'Yánglíngquán',
      hanzi: { traditional: '陽陵泉', simplified: '阳陵泉' },
      english: 'Yang Mound Spring',
      channel: 'Gallbladder',
      region: 'leg',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Distal point below the knee; traditionally the meeting (hui) point of the sinews, used ' +
          'for pain along the side of the leg. Among the frequently used points in low back pain ' +
          'studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Lateral side of the leg below the knee, in the hollow in front of and below the ' +
          'fibular head.',
        patient:
          'On the outside of the leg just below the knee, in the hollow in front of and below the ' +
          'small bony knob there (the head of the fibula).',
      },
      // The `fibula-head` landmark is the prominence of the head. The head is roughly 2 to 2.5 cm
      // across, so 0.5 B-cun forward (about 1.2 cm at the ~2.4 cm per cun of this span) clears
      // its anterior margin, and 1 B-cun down reaches below the head at the neck, where the
      // depression between fibularis longus and extensor digitorum longus lies (the classical
      // "one cun below the knee" of the Jiayi jing). A practitioner palpates the exact hollow.
      markers: [
        {
          approximate:
            'WHO defines GB34 as a depression felt in front of and below the fibular head, not by ' +
            'B-cun; the 0.5 and 1 B-cun steps only estimate where that depression lies.',
          at: offset(
            'fibula-head',
            'leg-lateral',
            { direction: 'anterior', cun: 0.5 },
            { direction: 'inferior', cun: 1 },
          ),
        },
      ],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The common fibular (peroneal) nerve winds around the neck of the fibula just below ' +
          'and behind the head and divides into its superficial and deep branches close to this ' +
          'point; an electric ' +
          'sensation down the outer leg means the needle is at the nerve. Anterior tibial ' +
          'recurrent vessels lie nearby.',
      },
      sources: [who('GB34'), ...textbookNeedling, leeFrequency],
    },
    {
      code: 'ST36',
      pinyin: 'Zúsānlǐ',
      hanzi: { traditional: '足三里', simplified: '足三里' },
      english: 'Leg Three Miles',
      channel: 'Stomach',
      region: 'leg',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Classical distal point below the knee, traditionally used to strengthen qi and blood in ' +
          'chronic, tiring pain. Among the most frequent points for low back pain in classical texts ' +
          '(Park 2024) and in the Korean studies reviewed by Lee 2012.',
      },
      location: {
        practitioner:
          'Anterior leg, on the line from ST35 to ST41, 3 B-cun below ST35 (the depression lateral to ' +
          'the patellar ligament), about one finger-breadth lateral to the anterior crest of the tibia.',
        patient:
          'On the front of the leg, four finger-widths below the kneecap and one finger-width to the ' +
          'outside of the shin bone, in the muscle there.',
      },
      markers: [
        {
          approximate:
            'The 3 B-cun below the knee is a B-cun rule, measured here from the apex of the patella, at ' +
            'the level of ST35; "one finger-breadth lateral to the tibial crest" is a finger measure, ' +
            'drawn as 1 B-cun.',
          at: offset(
            'patella-apex',
            'leg-lateral',
            { direction: 'inferior', cun: 3 },
            { direction: 'lateral', cun: 1 },
          ),
        },
      ],
      needling: {
        depthCun: [1, 2],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM). Moxibustion is traditionally used here.',
      },
      cautions: {
        structures:
          'Tibialis anterior; the anterior tibial artery and vein and the deep fibular nerve lie deep, ' +
          'on the interosseous membrane.',
      },
      sources: [who('ST36'), ...textbookNeedling, leeFrequency, parkClassical('among the most frequent points')],
    },
    {
      code: 'SP6',
      pinyin: 'Sānyīnjiāo',
      hanzi: { traditional: '三陰交', simplified: '三阴交' },
      english: 'Three Yin Intersection',
      channel: 'Spleen',
      region: 'leg',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Meeting point of the Spleen, Liver and Kidney channels on the inner leg, added traditionally ' +
          'for chronic low back pain with Kidney weakness and for back pain that comes with the ' +
          'menstrual cycle.',
      },
      location: {
        practitioner:
          'Medial (tibial) side of the leg, just behind the medial border of the tibia, 3 B-cun above ' +
          'the prominence of the medial malleolus (apex of the patella to the medial malleolus is ' +
          '15 B-cun).',
        patient:
          'On the inside of the lower leg, four finger-widths above the inner ankle bone, just behind ' +
          'the edge of the shin bone.',
      },
      markers: [
        {
          approximate:
            'The height is a B-cun rule; "just behind the medial border of the tibia" is felt: the ' +
            'marker is drawn straight above the malleolar prominence, behind the border.',
          at: offset('medial-malleolus', 'leg-medial', { direction: 'superior', cun: 3 }),
        },
      ],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        pregnancy: PREGNANCY_FORBIDDEN_POINT('SP6'),
        structures:
          'The great saphenous vein and the saphenous nerve run superficially; the posterior tibial ' +
          'vessels and the tibial nerve lie deeper, behind the tibia.',
      },
      sources: [who('SP6'), ...textbookNeedling, ...pregnancySources],
    },
    {
      code: 'GB39',
      pinyin: 'Xuánzhōng',
      hanzi: { traditional: '懸鐘', simplified: '悬钟' },
      english: 'Suspended Bell',
      channel: 'Gallbladder',
      region: 'leg',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Meeting (hui) point of marrow on the outer lower leg, used traditionally for pain and ' +
          'stiffness of the neck and back and for pain along the side of the leg.',
      },
      location: {
        practitioner:
          'Lateral (fibular) side of the leg, just in front of the fibula, 3 B-cun above the ' +
          'prominence of the lateral malleolus.',
        patient:
          'On the outside of the lower leg, four finger-widths above the outer ankle bone, just in ' +
          'front of the thin outer leg bone.',
      },
      markers: [
        {
          approximate:
            'The height is a B-cun rule; "in front of the fibula" is felt, and the 0.5 B-cun step ' +
            'forward only estimates it.',
          at: offset(
            'lateral-malleolus',
            'leg-lateral',
            { direction: 'superior', cun: 3 },
            { direction: 'anterior', cun: 0.5 },
          ),
        },
      ],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The superficial fibular nerve comes to the surface nearby; the fibular tendons lie behind ' +
          'and the anterior tibial vessels deeper in front.',
      },
      sources: [who('GB39'), ...textbookNeedling],
    },
    // ---- Distal: ankle and foot ---------------------------------------------------------------
    {
      code: 'BL60',
      pinyin: 'Kūnlún',
      hanzi: { traditional: '崑崙', simplified: '昆仑' },
      english: 'Kunlun Mountains',
      channel: 'Bladder',
      region: 'ankle',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Distal point at the outer ankle on the Bladder channel, used traditionally for back ' +
          'pain and stiffness; among the points most often used in low back pain studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Behind the lateral malleolus: in the hollow between its most prominent point and the ' +
          'calcaneal tendon.',
        patient: 'On the outer ankle, in the hollow between the ankle bone and the Achilles tendon.',
      },
      markers: [
        {
          approximate:
            'WHO defines BL60 as the depression between the prominence of the lateral malleolus and ' +
            'the calcaneal tendon, found by touch; the marker is drawn midway between the two.',
          at: { kind: 'midpoint', between: ['lateral-malleolus', 'calcaneal-tendon'] },
        },
      ],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        pregnancy: PREGNANCY_FORBIDDEN_POINT('BL60'),
        structures:
          'The sural nerve and the small saphenous vein pass behind the lateral malleolus close ' +
          'to this point.',
      },
      sources: [who('BL60'), ...textbookNeedling, leeFrequency, ...pregnancySources],
    },
    {
      code: 'BL62',
      pinyin: 'Shēnmài',
      hanzi: { traditional: '申脈', simplified: '申脉' },
      english: 'Extending Vessel',
      channel: 'Bladder',
      region: 'ankle',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Distal point below the outer ankle; traditionally the confluent (opening) point of the ' +
          'Yang Motility vessel, paired with SI3 for pain and stiffness of the back and spine.',
      },
      location: {
        practitioner:
          'Side of the foot, in the hollow straight below the prominence of the lateral ' +
          'malleolus, between the lower edge of the malleolus and the calcaneus.',
        patient: 'Just below the tip of the outer ankle bone, in the small hollow there.',
      },
      // The landmark is the malleolar prominence; its tip sits about 1.5 cm lower and the
      // depression just beyond it, about 2 cm below the prominence in all, which is roughly
      // 0.8 B-cun of the malleolus-to-sole span (3 B-cun of height, about 7 cm in an adult). Classical
      // texts say "five fen below the ankle", measured from the lower border of the malleolus.
      markers: [
        {
          approximate:
            'WHO defines BL62 as the depression directly below the lateral malleolus, not by B-cun; ' +
            'the 0.8 B-cun step only estimates how far below the malleolar prominence it lies.',
          at: offset('lateral-malleolus', 'ankle-sole', { direction: 'inferior', cun: 0.8 }),
        },
      ],
      needling: {
        depthCun: [0.3, 0.5],
        angle: 'perpendicular or slightly oblique upward',
        notes: 'Textbook range (Deadman; CAM); bone lies close beneath.',
      },
      cautions: {
        structures:
          'The sural nerve (lateral dorsal cutaneous branch) and the small saphenous vein run ' +
          'nearby; the fibular tendons lie just above and behind.',
      },
      sources: [who('BL62'), ...textbookNeedling],
    },
    {
      code: 'KI3',
      pinyin: 'Tàixī',
      hanzi: { traditional: '太谿', simplified: '太溪' },
      english: 'Supreme Stream',
      channel: 'Kidney',
      region: 'ankle',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Source (yuan) point of the Kidney channel at the inner ankle, used traditionally for ' +
          'chronic low back pain attributed to Kidney weakness; among the frequently used points ' +
          'in low back pain studies (Lee 2012).',
      },
      location: {
        practitioner:
          'Behind the medial malleolus: in the hollow between its most prominent point and the ' +
          'calcaneal tendon.',
        patient: 'On the inner ankle, in the hollow between the ankle bone and the Achilles tendon.',
      },
      markers: [
        {
          approximate:
            'WHO defines KI3 as the depression between the prominence of the medial malleolus and ' +
            'the calcaneal tendon, found by touch; the marker is drawn midway between the two.',
          at: { kind: 'midpoint', between: ['medial-malleolus', 'calcaneal-tendon'] },
        },
      ],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The posterior tibial artery and vein and the tibial nerve run just behind the medial ' +
          'malleolus, close to this point: feel for the pulse and needle beside it, not into it.',
      },
      sources: [who('KI3'), ...textbookNeedling, leeFrequency],
    },
    {
      code: 'LR3',
      pinyin: 'Tàichōng',
      hanzi: { traditional: '太衝', simplified: '太冲' },
      english: 'Great Rushing',
      channel: 'Liver',
      region: 'foot',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Source (yuan) point of the Liver channel on the foot. With LI4 it forms the traditional ' +
          '"four gates" combination for pain and tension, added for back pain with muscle tension or stress.',
      },
      location: {
        practitioner:
          'Dorsum of the foot, between the 1st and 2nd metatarsals, in the depression just distal to ' +
          'the junction of their bases, over the dorsalis pedis artery.',
        patient:
          'On the top of the foot, in the groove between the big toe and the second toe, sliding up ' +
          'from the web until the bones meet: in the hollow just before that point.',
      },
      markers: [
        {
          approximate:
            'WHO defines LR3 as the depression just distal to the junction of the metatarsal bases, ' +
            'found by touch; the marker is drawn a quarter of the way from that junction toward the ' +
            'metatarsal heads.',
          at: { kind: 'along', from: 'metatarsal-1-2-base', to: 'metatarsal-1-2-head', fraction: 1 / 4 },
        },
      ],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular or oblique toward the sole',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'The dorsalis pedis artery (first dorsal metatarsal artery) runs here: feel the pulse and ' +
          'needle beside it. The deep fibular nerve runs with it.',
      },
      sources: [who('LR3'), ...textbookNeedling],
    },
    // ---- Distal: hand ------------------------------------------------------------------------
    {
      code: 'SI3',
      pinyin: 'Hòuxī',
      hanzi: { traditional: '後谿', simplified: '后溪' },
      english: 'Back Stream',
      channel: 'Small Intestine',
      region: 'hand',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Distal point on the hand; traditionally the confluent (opening) point of the Governor Vessel, ' +
          'which runs up the spine, and used for acute pain and stiffness of the back and neck, ' +
          'often paired with BL62.',
      },
      location: {
        practitioner:
          'Ulnar border of the hand, in the hollow just proximal to the fifth metacarpophalangeal ' +
          'joint, on the line where palmar skin meets dorsal skin (with a loose fist, at the ulnar ' +
          'end of the distal palmar crease).',
        patient:
          'On the little-finger edge of the hand, just behind the knuckle of the little finger, ' +
          'where the skin of the palm meets the skin of the back of the hand; with a loose fist it ' +
          'is at the end of the crease.',
      },
      // `mcp5` is the ulnar side of the joint. The depression sits about 1 cm proximal to it,
      // about 0.5 B-cun of the forearm span (12 B-cun, about 25 cm). The arm hangs down in the
      // model's rest pose, so proximal is superior.
      markers: [
        {
          approximate:
            'WHO defines SI3 as the depression just proximal to the 5th metacarpophalangeal joint, not ' +
            'by B-cun; the 0.5 B-cun step only estimates where that depression lies.',
          at: offset('mcp5', 'forearm', { direction: 'superior', cun: 0.5 }),
        },
      ],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular, with the hand in a loose fist',
        notes: 'Textbook range (Deadman; CAM).',
      },
      cautions: {
        structures:
          'Dorsal and palmar digital branches of the ulnar nerve; the point lies against the ' +
          'fifth metacarpal at the edge of the hypothenar muscles.',
      },
      sources: [who('SI3'), ...textbookNeedling],
    },
    {
      code: 'EX-UE7',
      altCodes: ['M-UE-19'],
      pinyin: 'Yāotòngdiǎn',
      hanzi: { traditional: '腰痛點', simplified: '腰痛点' },
      english: 'Lumbar Pain Point',
      channel: 'Extra points',
      region: 'hand',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Extra points on the back of the hand named for low back pain; traditionally used for ' +
          'acute lumbar strain, stimulated while the patient gently moves the back.',
      },
      location: {
        practitioner:
          'Dorsum of the hand, two points per hand: in the gap between the 2nd and 3rd ' +
          'metacarpals and in the gap between the 4th and 5th, midway between the dorsal wrist ' +
          'crease and the metacarpophalangeal joints. This follows GB/T 12346 (2006 edition); Deadman ' +
          'places the points further proximal, just distal to the metacarpal bases.',
        patient:
          'On the back of the hand, two spots on each hand: in the groove between the bones of the ' +
          'index and middle fingers and in the groove between the ring and little fingers, about ' +
          'halfway between the wrist and the knuckles.',
      },
      markers: [
        { label: '2nd–3rd', at: offset('metacarpal-2-3', 'forearm') },
        { label: '4th–5th', at: offset('metacarpal-4-5', 'forearm') },
      ],
      needling: {
        depthCun: [0.5, 0.8],
        angle: 'oblique, from each side toward the centre of the palm',
        notes:
          'Textbook range (Chinese textbooks); some English texts give perpendicular 0.5 to 1 cun. ' +
          'Strong stimulation here is painful.',
      },
      cautions: {
        structures:
          'Extensor tendons, the dorsal venous network of the hand, dorsal interosseous muscles ' +
          'and branches of the radial and ulnar nerves. Strong stimulation can make sensitive ' +
          'people feel faint. The classical technique has the patient move the back while the ' +
          'needles are stimulated, so it is done seated or standing with support, with someone ' +
          'watching for signs of fainting; people prone to fainting are treated lying down, without ' +
          'the movement.',
      },
      sources: [
        { title: GBT_12346, detail: 'EX-UE7 Yaotongdian (location followed here)' },
        { title: DEADMAN, detail: 'Yaotongxue (M-UE-19)' },
      ],
    },
    {
      code: 'LI4',
      pinyin: 'Hégǔ',
      hanzi: { traditional: '合谷', simplified: '合谷' },
      english: 'Joining Valley',
      channel: 'Large Intestine',
      region: 'hand',
      laterality: 'bilateral',
      role: {
        kind: 'distal',
        reason:
          'Source (yuan) point of the Large Intestine channel and a classical point for pain in any ' +
          'part of the body; for back pain it is added as a general pain-relieving distal point, ' +
          'often with LR3 (the "four gates").',
      },
      location: {
        practitioner: 'Dorsum of the hand, radial to the midpoint of the 2nd metacarpal.',
        patient:
          'On the back of the hand, in the fleshy web between the thumb and the index finger, beside ' +
          'the middle of the index finger\'s long bone.',
      },
      markers: [{ at: { kind: 'midpoint', between: ['metacarpal-2-base', 'metacarpal-2-head'] } }],
      needling: {
        depthCun: [0.5, 1],
        angle: 'perpendicular',
        notes: 'Textbook range (Deadman; CAM). Strong stimulation here is painful.',
      },
      cautions: {
        pregnancy: PREGNANCY_FORBIDDEN_POINT('LI4'),
        structures:
          'The first dorsal interosseous muscle; the radial artery passes between the 1st and 2nd ' +
          'metacarpals toward the palm near their bases; branches of the superficial radial nerve.',
      },
      sources: [who('LI4'), ...textbookNeedling, ...pregnancySources],
    },
    // ---- Distal: face ------------------------------------------------------------------------
    {
      code: 'GV26',
      altCodes: ['DU26'],
      pinyin: 'Shuǐgōu',
      hanzi: { traditional: '水溝', simplified: '水沟' },
      english: 'Water Trough (also Renzhong, Middle of the Person)',
      channel: 'Governor Vessel',
      region: 'face',
      laterality: 'midline',
      role: {
        kind: 'distal',
        reason:
          'Classical distal point for acute lumbar sprain, paired with BL40 in classical prescriptions ' +
          '(Park 2024 found GV26 among the most frequent points and GV26 with BL40 a main combination). ' +
          'The Governor vessel it lies on runs up the spine. It is also a traditional point for fainting.',
      },
      location: {
        practitioner:
          'On the face, at the midpoint of the philtrum on the midline, halfway between the base of ' +
          'the nose and the upper border of the upper lip (WHO 2008). WHO 2008 notes as an alternative ' +
          'location the junction of the upper third and the lower two thirds of the philtrum, where ' +
          'several textbooks (CAM, Deadman) place it.',
        patient: 'On the upper lip, in the middle of the groove between the nose and the lip.',
      },
      markers: [{ at: { kind: 'midpoint', between: ['nose-base', 'upper-lip'] } }],
      needling: {
        depthCun: [0.2, 0.5],
        angle: 'oblique, directed upward',
        notes:
          'Textbook range (Deadman; CAM). Needling here is sharply painful; for acute lumbar sprain the ' +
          'needle is stimulated while the patient gently moves the back.',
      },
      cautions: {
        structures:
          'Orbicularis oris; the superior labial artery and vein; branches of the infraorbital nerve ' +
          'and the buccal branch of the facial nerve. The lip bleeds easily.',
      },
      sources: [who('GV26'), ...textbookNeedling, parkClassical('GV26 with BL40')],
    },
    // ---- Front of the trunk ------------------------------------------------------------------
    {
      code: 'CV4',
      pinyin: 'Guānyuán',
      hanzi: { traditional: '關元', simplified: '关元' },
      english: 'Gate of Origin',
      channel: 'Conception Vessel',
      region: 'abdomen',
      laterality: 'midline',
      role: {
        kind: 'front',
        reason:
          'Point on the lower abdomen at the level of the lower back, on the front of the trunk; ' +
          'used traditionally, often with moxibustion, to strengthen the Kidney and original qi in ' +
          'chronic, weakness-type back pain.',
      },
      location: {
        practitioner:
          'On the anterior midline of the lower abdomen, 3 B-cun below the centre of the umbilicus ' +
          '(the umbilicus to the upper border of the pubic symphysis is 5 B-cun).',
        patient:
          'On the front of the belly, in the midline, four finger-widths below the navel (the width of ' +
          'four fingers held together is the traditional hand measure for 3 cun).',
      },
      markers: [
        { at: offset('umbilicus', 'lower-abdomen', { direction: 'inferior', cun: 3 }) },
      ],
      needling: {
        depthCun: [1, 1.5],
        angle: 'perpendicular',
        notes:
          'Textbook range (Deadman; CAM), with an empty bladder: the patient urinates first. ' +
          'Moxibustion is traditionally common here.',
      },
      cautions: {
        pregnancy:
          PREGNANCY_FORBIDDEN_POINT('CV4') +
          ' WHO safety guidance (1999) also advises caution with lower abdominal points in early pregnancy.',
        depth:
          'A full bladder rises behind this point, and in slim people the abdominal wall is thin ' +
          'over the peritoneal cavity and bowel: keep to the textbook depth.',
        structures:
          'Linea alba; anterior cutaneous branch of the subcostal (12th thoracic) nerve; ' +
          'superficial and inferior epigastric vessels.',
        moxibustion: MOXIBUSTION,
      },
      sources: [who('CV4'), ...textbookNeedling, ...pregnancySources],
    },
  ] satisfies AcuPoint[],
};
