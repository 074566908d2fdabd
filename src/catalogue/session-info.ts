/**
 * Patient-mode text: what an acupuncture session for low back pain is like, in plain words.
 * Session counts come from the GERAC trial and from what clinics commonly state; side-effect
 * rates from Bäumler et al., BMJ Open 2021.
 */

export interface SessionInfo {
  heading: string;
  paragraphs: string[];
}

export const SESSION_INFO: SessionInfo = {
  heading: 'What a session is like',
  paragraphs: [
    'At the first visit the practitioner asks about your back pain, your health and any ' +
      'medicines, and checks for signs that need a doctor first. You then usually lie face down or ' +
      'on your side, with the lower back and legs uncovered.',
    'The needles are very fine, sterile and used once. Going in, most feel like a brief prick or ' +
      'hardly anything. Once a needle is in place you may feel a dull ache, heaviness, warmth or a ' +
      'spreading tingle around it; in Chinese medicine this is called deqi ("arrival of qi"). A ' +
      'sharp, burning or electric pain is not what is intended: say so and the practitioner will ' +
      'adjust the needle.',
    'The needles usually stay in for 20 to 30 minutes while you rest. The practitioner may turn ' +
      'them gently, connect a mild electric current (electro-acupuncture) or use warmth such as ' +
      'moxibustion. Points on the hands, knees and ankles are often used as well as the back.',
    'Courses vary. In the large GERAC trial people had 10 sessions, usually twice a week over ' +
      'about 5 to 6 weeks; clinics often suggest 6 to 12 sessions. It is reasonable to review ' +
      'with the practitioner after a few sessions whether it is helping.',
    'Mild effects are common: about 9 in 100 people have at least one, such as a small bruise, a ' +
      'drop of blood, soreness where a needle was, or feeling tired or light-headed. If you feel ' +
      'faint during treatment, say so at once. Serious problems are rare, about 1 in 10,000 ' +
      'people.',
    'Tell the practitioner if you are or might be pregnant, take blood thinners, have a bleeding ' +
      'disorder, a pacemaker or a weakened immune system, or feel anxious about needles.',
  ],
};
