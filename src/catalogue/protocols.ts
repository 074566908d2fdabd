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

const LEE_2012 = 'Lee et al. 2012 (points used in 53 low back pain studies)';
const PARK_2024 = 'Park et al. 2024 (points for low back pain in 14 classical texts)';
const DEADMAN = 'Deadman, Al-Khafaji & Baker, A Manual of Acupuncture, 2nd ed.';
const CAM = 'Chinese Acupuncture and Moxibustion (Cheng Xinnong, ed.), Foreign Languages Press';

export const PROTOCOLS: Protocol[] = [
  {
    id: 'chronic-nonspecific',
    name: 'Chronic non-specific low back pain',
    points: ['BL23', 'BL24', 'BL25', 'BL26', 'EX-B2', 'GV3', 'BL40', 'BL60', 'KI3'],
    rationale:
      'Local points beside and on the lumbar spine at the painful levels, plus distal points on the ' +
      'Bladder and Kidney channels at the knee and ankle. These are among the points most often ' +
      'chosen in low back pain trials. Practitioners usually add tender "ashi" points, which have ' +
      'no fixed location and so are not shown. In trials such as GERAC, real acupuncture did only ' +
      'slightly better than shallow needling at non-points, so point choice may matter less than ' +
      'this list suggests.',
    source: `${LEE_2012}; ${DEADMAN}`,
  },
  {
    id: 'acute-lumbar-strain',
    name: 'Acute lumbar strain',
    points: ['EX-UE7', 'SI3', 'BL62', 'BL40'],
    rationale:
      'Traditionally, a freshly strained back is first treated with distal points, away from the ' +
      'sore area: Yaotongdian on the back of the hand or SI3 is stimulated while the person gently ' +
      'moves and bends the back. SI3 and BL62 are the classical pair that opens the Governor and ' +
      'Yang Motility vessels, which run along the spine. BL40 is the traditional command point ' +
      'of the back. Classical texts also use GV26 on the upper lip, which is outside this map.',
    source: `${CAM}; ${PARK_2024}`,
  },
  {
    id: 'sciatica-posterior-leg',
    name: 'Low back pain with sciatica down the back of the leg',
    points: ['BL25', 'BL54', 'GB30', 'BL36', 'BL37', 'BL40', 'BL57', 'BL60'],
    rationale:
      'Pain that runs down the back of the leg follows the Bladder channel in traditional ' +
      'terms, so points are chosen along it from the lower back and buttock down to the ankle. ' +
      'GB30 and BL25 are among the most frequent points in low back pain trials. Several of these ' +
      'points lie over the sciatic nerve, so they are needled with care. Sciatica with leg ' +
      'weakness or numbness needs a medical assessment first.',
    source: `${LEE_2012}; ${DEADMAN}`,
  },
  {
    id: 'sciatica-lateral-leg',
    name: 'Low back pain with pain down the side of the leg',
    points: ['EX-B2', 'BL25', 'GB30', 'GB34'],
    rationale:
      'Pain along the outer side of the thigh and leg follows the Gallbladder channel in ' +
      'traditional terms, so GB30 on the hip and GB34 below the knee are combined with local ' +
      'lumbar points. GB30 and GB34 are both frequent in low back pain trials.',
    source: `${LEE_2012}; ${DEADMAN}`,
  },
  {
    id: 'kidney-pattern',
    name: 'Kidney-pattern combination (chronic, weak, tired back)',
    points: ['BL23', 'BL52', 'GV4', 'KI3', 'CV4'],
    rationale:
      'In traditional Chinese medicine, a long-standing dull ache of the lower back that is worse ' +
      'with tiredness and better with rest is attributed to Kidney weakness. This combination uses ' +
      'the Kidney back-shu point BL23 with BL52 and GV4 at the same level, the Kidney source point ' +
      'KI3 and CV4 on the lower abdomen, often with moxibustion. The pattern is a traditional ' +
      'concept, not a diagnosis of kidney disease. CV4 is traditionally avoided in pregnancy.',
    source: `${CAM} (low back pain from Kidney weakness); ${DEADMAN}`,
  },
  {
    id: 'acupressure-self-care',
    name: 'Acupressure you can do yourself',
    points: ['BL23', 'EX-B7', 'BL40', 'BL57', 'SI3', 'EX-UE7'],
    rationale:
      'Points you can reach and press safely yourself: rub the lower back beside the spine (BL23) ' +
      'and the hollows either side of it (Yaoyan) with your knuckles or fists; press gently in the ' +
      'middle of the crease behind the knee (BL40) and in the middle of the calf (BL57); and press ' +
      'the edge of the hand (SI3) and the back of the hand (Yaotongdian) while slowly moving your ' +
      'back. Use firm but comfortable pressure for about a minute, and skip areas with varicose ' +
      'veins, bruises or broken skin. Self-massage can ease discomfort for some people but is not ' +
      'a substitute for care: see a health professional if the pain is severe, lasts, or comes ' +
      'with numbness, weakness or bladder or bowel problems. If you are pregnant, ask a ' +
      'practitioner first.',
    source:
      'Selection adapted from common clinic self-care advice, limited to points that are safe to ' +
      `press yourself; locations per WHO 2008 and GB/T 12346-2006; ${DEADMAN}`,
  },
];
