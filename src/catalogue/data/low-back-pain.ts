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
  'GB/T 12346-2006, Nomenclature and location of acupuncture points (national standard of China)';
const WHO_SAFETY = 'WHO Guidelines on Basic Training and Safety in Acupuncture (1999)';
const CARR_2015 =
  'Carr, Acupuncture in Medicine 2015: obstetric acupuncture and the "forbidden" points (15 trials, 823 women)';
const LEE_2012 = 'Lee et al. 2012: review of the acupuncture points used in 53 low back pain studies';

const who = (code: string): SourceRef => ({ title: WHO_2008, detail: code });
const textbookNeedling: SourceRef[] = [
  { title: DEADMAN, detail: 'needling and cautions' },
  { title: CAM, detail: 'needling' },
];
const leeFrequency: SourceRef = { title: LEE_2012, detail: 'among the most frequently used points' };
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

const PREGNANCY_FORBIDDEN_POINT = (code: string): string =>
  `Tradition: ${code} is on the classical list of points avoided in pregnancy (with LI4, SP6, BL60, ` +
  'BL67, GB21 and CV4). Evidence: a 2015 review of trials that needled these points in pregnancy ' +
  '(Carr; 15 trials, 823 women) found no objective evidence of harm; the data are limited, so ' +
  'practitioners still take care.';

const NO_PLEURA_BELOW_L1 =
  'The pleura normally ends above this level (around the 12th rib), so pneumothorax, the main ' +
  'risk of needling the thoracic back, is not the concern here.';

const SPINAL_CANAL =
  'Midline point: deep needling passes between the spinous processes toward the ligamentum ' +
  'flavum and the spinal canal, which some textbooks place roughly 1.25 to 1.75 cun below the skin ' +
  'depending on build. Keep to the textbook depth, angled slightly upward.';

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
          'to the legs; one of the frequently used points in low back pain trials (Lee 2012).',
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
          'trials (Lee 2012).',
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
          'appears among the frequently used points in low back pain trials (Lee 2012).',
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
          'among the points most often used in low back pain trials (Lee 2012).',
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
          'pain; among the frequently used points in low back pain trials (Lee 2012).',
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
          'Local sacral point over the second sacral foramen, used traditionally for lumbosacral ' +
          'pain; among the frequently used points in low back pain trials (Lee 2012).',
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
      markers: [{ at: { kind: 'midpoint', between: ['psis', 'S2'] } }],
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
        pregnancy: PREGNANCY_LUMBOSACRAL,
      },
      sources: [who('BL32'), ...textbookNeedling, leeFrequency, ...pregnancySources],
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
          'pain trials (Lee 2012).',
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
          'spinous process from T1 to L5 (17 points each side). Only the lumbar points, L1 to L5, ' +
          'are shown. Extra point: not part of WHO 2008; location per GB/T 12346-2006 and Deadman.',
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
          'prone. Extra point, per GB/T 12346-2006.',
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
          'lumbosacral junction. Extra point, per GB/T 12346-2006.',
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
          'region and back. Among the points most often used in low back pain trials (Lee 2012).',
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
          'point. Palpate the pulse, needle gently and avoid deep or forceful manipulation.',
      },
      sources: [who('BL40'), ...textbookNeedling, leeFrequency],
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
          'trials (Lee 2012).',
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
          'pain and stiffness; among the points most often used in low back pain trials (Lee 2012).',
      },
      location: {
        practitioner:
          'Behind the lateral malleolus: in the hollow between its most prominent point and the ' +
          'calcaneal tendon.',
        patient: 'On the outer ankle, in the hollow between the ankle bone and the Achilles tendon.',
      },
      markers: [{ at: { kind: 'midpoint', between: ['lateral-malleolus', 'calcaneal-tendon'] } }],
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
      // 0.8 B-cun of the malleolus-to-sole span (3 B-cun, about 7 cm in an adult). Classical
      // texts say "five fen below the ankle", measured from the lower border of the malleolus.
      markers: [
        { at: offset('lateral-malleolus', 'ankle-sole', { direction: 'inferior', cun: 0.8 }) },
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
          'in low back pain trials (Lee 2012).',
      },
      location: {
        practitioner:
          'Behind the medial malleolus: in the hollow between its most prominent point and the ' +
          'calcaneal tendon.',
        patient: 'On the inner ankle, in the hollow between the ankle bone and the Achilles tendon.',
      },
      markers: [{ at: { kind: 'midpoint', between: ['medial-malleolus', 'calcaneal-tendon'] } }],
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
      markers: [{ at: offset('mcp5', 'forearm', { direction: 'superior', cun: 0.5 }) }],
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
          'crease and the metacarpophalangeal joints. This follows GB/T 12346-2006; Deadman ' +
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
          'people feel faint, so they are treated lying down.',
      },
      sources: [
        { title: GBT_12346, detail: 'EX-UE7 Yaotongdian (location followed here)' },
        { title: DEADMAN, detail: 'Yaotongxue (M-UE-19)' },
      ],
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
        kind: 'adjacent',
        reason:
          'Point on the lower abdomen at the level of the lower back, on the front of the trunk; ' +
          'used traditionally, often with moxibustion, to strengthen the Kidney and original qi in ' +
          'chronic, weakness-type back pain.',
      },
      location: {
        practitioner:
          'On the anterior midline of the lower abdomen, 3 B-cun below the centre of the umbilicus ' +
          '(the umbilicus to the upper border of the pubic symphysis is 5 B-cun).',
        patient: 'On the front of the belly, in the midline, about four finger-widths below the navel.',
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
      },
      sources: [who('CV4'), ...textbookNeedling, ...pregnancySources],
    },
  ] satisfies AcuPoint[],
};
