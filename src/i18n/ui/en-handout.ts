/**
 * The widget's interface strings in English, part three: the printed handout's. They come
 * with the handout's own chunk (src/element/plan-handout.ts), which ModeController fetches
 * when there is a plan to print and hands to the English translator (addEnglish) before it
 * lays the sheet out. Part one, with the conventions all parts follow, is src/i18n/ui/en.ts.
 */
export const EN_UI_HANDOUT = {
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
} as const;
