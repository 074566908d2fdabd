/**
 * "About the evidence": what trials, reviews and guidelines found about acupuncture for low
 * back pain, including the findings that speak against it, in words a patient can follow.
 * Numbers come from the project's reference facts (shared/reference/low-back-pain-points.md).
 */

export interface EvidenceSection {
  heading: string;
  paragraphs: string[];
  /** Full references for the claims in this section. */
  citations: string[];
}

export interface EvidenceContent {
  title: string;
  /** Shown above the sections: what the widget is and is not. */
  disclaimer: string;
  sections: EvidenceSection[];
}

const GERAC =
  'Haake M, Müller HH, Schade-Brittinger C, et al. German Acupuncture Trials (GERAC) for chronic ' +
  'low back pain: randomized, multicenter, blinded, parallel-group trial with 3 groups. ' +
  'Arch Intern Med. 2007;167(17):1892-1898.';
const COCHRANE_2020 =
  'Mu J, Furlan AD, Lam WY, et al. Acupuncture for chronic nonspecific low back pain. ' +
  'Cochrane Database Syst Rev. 2020;(12):CD013814.';
const ACP_2017 =
  'Qaseem A, Wilt TJ, McLean RM, et al. Noninvasive treatments for acute, subacute, and chronic ' +
  'low back pain: a clinical practice guideline from the American College of Physicians. ' +
  'Ann Intern Med. 2017;166(7):514-530.';
const NICE_NG59 =
  'National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: ' +
  'assessment and management. NICE guideline NG59, 2016 (updated 2020).';
const BAUMLER_2021 =
  'Bäumler P, Zhang W, Stübinger T, Irnich D. Acupuncture-related adverse events: systematic ' +
  'review and meta-analyses of prospective clinical studies. BMJ Open. 2021;11:e045961.';
const WHO_SAFETY_1999 =
  'World Health Organization. Guidelines on basic training and safety in acupuncture. Geneva: WHO, 1999.';
const CHOU_2007 =
  'Chou R, Qaseem A, Snow V, et al. Diagnosis and treatment of low back pain: a joint clinical practice ' +
  'guideline from the American College of Physicians and the American Pain Society. Ann Intern Med. ' +
  '2007;147(7):478-491.';
const VERHAGEN_2016 =
  'Verhagen AP, Downie A, Popal N, Maher C, Koes BW. Red flags presented in current low back pain ' +
  'guidelines: a review. Eur Spine J. 2016;25(9):2788-2802.';
const CARR_2015 =
  'Carr DJ. The safety of obstetric acupuncture: forbidden points revisited. Acupunct Med. ' +
  '2015;33(5):413-419.';

export const EVIDENCE: EvidenceContent = {
  title: 'About the evidence',
  disclaimer:
    'This map is for learning. It is not medical advice, a diagnosis or a treatment plan. Low back ' +
    'pain has many causes: if yours is new, severe or getting worse, see a doctor, and choose a ' +
    'qualified, registered practitioner for acupuncture.',
  sections: [
    {
      heading: 'The largest trial: real, sham and usual care',
      paragraphs: [
        'The German GERAC trial followed 1162 adults with chronic low back pain. They were given one ' +
          'of three treatments: traditional acupuncture; "sham" acupuncture, meaning shallow needling ' +
          'at places that are not acupuncture points; or conventional care following guidelines ' +
          '(medicines, physiotherapy and exercise). The needle groups had 10 sessions of about 30 ' +
          'minutes, usually twice a week.',
        'Six months later, the share of people whose pain or back function had clearly improved was ' +
          '47.6% after acupuncture, 44.2% after sham acupuncture and 27.4% after conventional care.',
        'Real and sham acupuncture gave almost the same result: the small difference between them ' +
          'could well be due to chance (P = .39). Both needle groups did better than conventional care ' +
          'in this trial. This suggests that being needled at all, the attention of treatment and ' +
          'expectations may matter more than the exact choice of points.',
      ],
      citations: [GERAC],
    },
    {
      heading: 'What reviews of many trials say',
      paragraphs: [
        'A Cochrane review in 2020 included 33 trials with 8270 people who had chronic low back pain ' +
          'without a specific cause. Not every trial could be combined with the others: each result ' +
          'below pools the trials that measured it in the same way.',
        'Compared with sham acupuncture, real acupuncture may not reduce pain by an amount people ' +
          'would notice as important, measured right after the course of treatment.',
        'Compared with no treatment, people who had acupuncture reported less pain and better ' +
          'everyday function right after treatment. Those trials could not be blinded: people knew ' +
          'whether they had been treated, so expectations may explain part of the difference. ' +
          'Compared with usual care, any benefit was small.',
        'The review rated the certainty of most of these findings as low (GRADE): the true effects ' +
          'may be quite different, and new trials could change them.',
      ],
      citations: [COCHRANE_2020],
    },
    {
      heading: 'What guidelines recommend: they disagree',
      paragraphs: [
        'The American College of Physicians (2017) advises that for chronic low back pain, people ' +
          'and their clinicians should first try treatments without medicines, such as exercise, ' +
          'multidisciplinary rehabilitation, acupuncture or mindfulness-based stress reduction.',
        'NICE, which advises the NHS in England, says in guideline NG59 (2016, updated 2020): "do not offer acupuncture" for ' +
          'managing low back pain, with or without sciatica. This reversed its 2009 advice, which ' +
          'had suggested considering a course of acupuncture. The committee gave weight to trials in ' +
          'which real acupuncture did little better than sham.',
        'So expert groups looking at similar studies reach different conclusions. Acupuncture is one ' +
          'option some guidelines include, alongside staying active and exercise, not a first choice ' +
          'everywhere.',
      ],
      citations: [ACP_2017, NICE_NG59],
    },
    {
      heading: 'Acute low back pain: what is known',
      paragraphs: [
        'The trials and reviews above are about chronic pain, lasting more than three months. For ' +
          'acute pain, such as a freshly strained back, the evidence on acupuncture is sparse: few, ' +
          'small trials, of low certainty.',
        'Most acute low back pain gets much better within a few weeks, whatever the treatment, so ' +
          'staying active and time matter most. The American College of Physicians (2017) suggests ' +
          'that people with acute or subacute pain who want a treatment choose one without medicines, ' +
          'such as superficial heat, massage, acupuncture or spinal manipulation, and rates the ' +
          'evidence for acupuncture there as low quality. NICE NG59 advises against acupuncture for ' +
          'low back pain of any duration.',
        'The "Acute lumbar strain" combination in this map is a traditional one, not a tested protocol.',
      ],
      citations: [ACP_2017, NICE_NG59],
    },
    {
      heading: 'How often side effects happen',
      paragraphs: [
        'Acupuncture does have side effects. A 2021 review of studies that recorded them as they ' +
          'happened found that about 9 in every 100 patients (9.3%) had at least one. Most were mild ' +
          'and short-lived: a small bruise or a drop of blood, or soreness where a needle went in. ' +
          'Some people feel tired or light-headed afterwards.',
        'Serious events are rare, about 1 in every 10,000 patients. They include a collapsed lung ' +
          'from needling the chest or upper back too deeply, and infection. Trained practitioners, ' +
          'sterile single-use needles and careful needling depth reduce these risks.',
        'Tell the practitioner if you take blood thinners or have a bleeding disorder, have a ' +
          'pacemaker (electrical stimulation of the needles may be unsuitable), a weakened immune ' +
          'system, or if you have fainted with needles before.',
      ],
      citations: [BAUMLER_2021],
    },
    {
      heading: 'Pregnancy',
      paragraphs: [
        'By tradition, some points are avoided in pregnancy. Of the points in this map these are ' +
          'LI4 on the hand, SP6 on the inner leg, BL31 and BL32 on the sacrum, BL60 at the ankle and ' +
          'CV4 below the navel (the classical list also has BL67 and GB21). WHO safety guidance notes ' +
          'that points on the lower belly and on the low back and sacrum are traditionally avoided in ' +
          'early pregnancy.',
        'A 2015 review of 15 trials with 823 pregnant women, in which these traditionally ' +
          '"forbidden" points were needled, found no objective evidence of harm. The studies were ' +
          'few and small, so practitioners still take care. If you are or might be pregnant, say so ' +
          'before treatment.',
      ],
      citations: [WHO_SAFETY_1999, CARR_2015],
    },
    {
      heading: 'When to see a doctor first',
      paragraphs: [
        'Get medical help promptly, rather than acupuncture, if back pain comes with any of these ' +
          'warning signs ("red flags"): numbness around the genitals or back passage; new trouble ' +
          'passing urine or controlling your bladder or bowel; weakness, numbness or pins and needles ' +
          'in a leg that is getting worse; fever or feeling unwell; unexplained weight loss; a history ' +
          'of cancer; pain that starts for the first time after the age of 50; long-term use of ' +
          'steroid tablets or medicines that weaken the immune system; injecting drug use; constant ' +
          'pain that does not ease with rest and is worse at night; pain in the upper back (the ' +
          'chest part of the spine); or pain after a serious fall or accident.',
        'Guidelines list these signs because, rarely, back pain comes from a fracture, an infection, ' +
          'a tumour or pressure on the nerves at the base of the spine (cauda equina syndrome), which ' +
          'need urgent care.',
      ],
      citations: [CHOU_2007, VERHAGEN_2016],
    },
    {
      heading: 'About this map',
      paragraphs: [
        'The points shown are commonly used for low back pain in acupuncture studies, classical texts ' +
          'and textbooks. Tender "ashi" points, which most trials also use, have no fixed place and are ' +
          'described in the list instead of marked. Positions are computed from body landmarks and ' +
          'proportional measures (B-cun), so they are approximate: on a real person a practitioner ' +
          'finds each point by feeling for the landmarks, and some points are defined only as a ' +
          'hollow felt under the finger.',
        'Depths and angles are textbook values for trained practitioners. Nothing here tells you ' +
          'which points suit your back, and it does not replace an assessment by a health professional.',
      ],
      citations: [],
    },
  ],
};
