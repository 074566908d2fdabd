/**
 * Example point combinations for low back pain, each with its reasoning and source. They show
 * how practitioners typically combine local and distal points; they are illustrations, not
 * trial protocols or treatment plans, and a practitioner adapts them to the person.
 * Every code refers to a point in the low back pain catalogue.
 */

export interface Protocol {
  id: string;
  name: string;
  /** Catalogue codes, local points first. */
  points: string[];
  rationale: string;
  source: string;
}

const LEE_2012 = 'Lee et al., Korean J Acupunct 2012 (points used in 53 low back pain studies)';
const PARK_2024 = 'Park et al., J Acupunct Res 2024 (points for low back pain in 14 classical texts)';
const GBT_EXTRA = 'GB/T 12346 (2006 edition) for the extra point Yaotongdian (EX-UE7)';
const DEADMAN = 'Deadman, Al-Khafaji & Baker, A Manual of Acupuncture, 2nd ed.';
const CAM = 'Chinese Acupuncture and Moxibustion (Cheng Xinnong, ed.), Foreign Languages Press';

export const PROTOCOLS: Protocol[] = [
  {
    id: 'chronic-nonspecific',
    name: 'Chronic non-specific low back pain',
    points: ['BL23', 'BL24', 'BL25', 'BL26', 'EX-B2', 'GV3', 'BL40', 'BL60', 'KI3'],
    rationale:
      'Local points beside and on the lumbar spine at the painful levels, plus distal points on the ' +
      'Bladder and Kidney channels at the knee and ankle. All of these are among the frequent points ' +
      'in the low back pain studies counted by Lee 2012, except the Jiaji points, which are common ' +
      'in modern practice. Practitioners usually add tender "ashi" points, which have no fixed ' +
      'location and so are described in the list, not marked. In trials such as GERAC, real acupuncture did only ' +
      'slightly better than shallow needling at non-points, so point choice may matter less than ' +
      'this list suggests.',
    source: `${LEE_2012}; ${DEADMAN}`,
  },
  {
    id: 'acute-lumbar-strain',
    name: 'Acute lumbar strain',
    points: ['GV26', 'BL40', 'EX-UE7', 'SI3', 'BL62'],
    rationale:
      'Traditionally, a freshly strained back is first treated with distal points, away from the ' +
      'sore area, stimulated while the person gently moves and bends the back. GV26 on the upper ' +
      'lip with BL40 behind the knee is the classical pair (Park 2024). Yaotongdian on the back of ' +
      'the hand is a modern extra point for the same use (GB/T 12346). SI3 and BL62 are the ' +
      'classical pair of confluent points: SI3 opens the Governor vessel, which runs along the ' +
      'spine, and BL62 the Yang Motility vessel, which runs up the outer leg and flank. Most acute ' +
      'back pain settles within weeks whatever is done, and the evidence for acupuncture here is ' +
      'sparse and of low certainty (see About the evidence).',
    source: `${PARK_2024} (GV26 with BL40); ${GBT_EXTRA}; ${DEADMAN} and ${CAM} (SI3 with BL62)`,
  },
  {
    id: 'sciatica-posterior-leg',
    name: 'Low back pain with sciatica down the back of the leg',
    points: ['BL25', 'BL54', 'GB30', 'BL36', 'BL37', 'BL40', 'BL55', 'BL57', 'BL58', 'BL60'],
    rationale:
      'Pain that runs down the back of the leg follows the Bladder channel in traditional ' +
      'terms, so points are chosen along it from the lower back and buttock down to the ankle, ' +
      'including BL58, the channel\'s connecting point on the calf. GB30 and BL25 are among the ' +
      'most frequent points in the low back pain studies counted by Lee 2012. Several of these ' +
      'points lie over the sciatic nerve, so they are needled with care. Sciatica with leg ' +
      'weakness or numbness needs a medical assessment first.',
    source: `${LEE_2012}; ${DEADMAN}`,
  },
  {
    id: 'sciatica-lateral-leg',
    name: 'Low back pain with pain down the side of the leg',
    points: ['EX-B2', 'BL25', 'GB30', 'GB31', 'GB34', 'GB39'],
    rationale:
      'Pain along the outer side of the thigh and leg follows the Gallbladder channel in ' +
      'traditional terms, so GB30 on the hip, GB31 on the outer thigh, GB34 below the knee and ' +
      'GB39 above the ankle are combined with local lumbar points. GB30 and GB34 are both frequent ' +
      'in the low back pain studies counted by Lee 2012.',
    source: `${LEE_2012}; ${DEADMAN}`,
  },
  {
    id: 'kidney-pattern',
    name: 'Kidney-pattern combination (chronic, weak, tired back)',
    points: ['BL23', 'BL52', 'GV4', 'KI3', 'SP6', 'CV4'],
    rationale:
      'In traditional Chinese medicine, a long-standing dull ache of the lower back that is worse ' +
      'with tiredness and better with rest is attributed to Kidney weakness. This combination uses ' +
      'the Kidney back-shu point BL23 with BL52 and GV4 at the same level, the Kidney source point ' +
      'KI3, SP6 where the three leg yin channels meet, and CV4 on the lower abdomen, often with ' +
      'moxibustion (which needs care: burns, numb skin, pregnancy). The pattern is a traditional ' +
      'concept, not a diagnosis of kidney disease. SP6 and CV4 are traditionally avoided in pregnancy.',
    source: `${CAM} (low back pain from Kidney weakness); ${DEADMAN}`,
  },
  {
    id: 'acupressure-self-care',
    name: 'Acupressure you can do yourself',
    points: ['BL23', 'EX-B7', 'GB30', 'CV4', 'BL40', 'BL55', 'SI3', 'EX-UE7'],
    rationale:
      'Low-risk points you can reach and press yourself, as clinic pages describe them: rub the ' +
      'lower back beside the spine (BL23) and the hollows either side of it (Yaoyan) with your ' +
      'knuckles or fists; press into the middle of the buttock (GB30), leaning against a wall or ' +
      'lying on a tennis ball; press gently four finger-widths below the navel (CV4: four fingers ' +
      'held together is the traditional measure for 3 cun), but not if you are or might be ' +
      'pregnant; press the middle of the crease behind the knee (BL40) and the calf just below the ' +
      'knee (BL55), but not the back of the knee if there is a pulsing lump there or the calf is ' +
      'swollen, warm or painful; and press the edge of the hand (SI3) and the back of the hand ' +
      '(Yaotongdian) while slowly moving your back. Use firm but comfortable pressure for about a ' +
      'minute, and skip areas with varicose veins, bruises or broken skin. Self-massage can ease ' +
      'discomfort for some people but is not a substitute for care: see a health professional if ' +
      'the pain is severe, lasts, or comes with numbness, weakness or bladder or bowel problems. If ' +
      'you are pregnant, ask a practitioner before pressing any of these points.',
    source:
      'Selection from common clinic self-care advice (beside the spine, the middle of the buttock, ' +
      'four finger-widths below the navel, the calf just below the knee), limited to low-risk ' +
      `points; locations per WHO 2008 and GB/T 12346 (2006 edition); ${DEADMAN}`,
  },
];
