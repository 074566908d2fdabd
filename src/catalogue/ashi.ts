/**
 * Ashi points: tender spots with no fixed location. The point list describes them in words;
 * they have no marker, because there is nowhere to put one.
 */
export interface UnplacedEntry {
  /** Shown where a point's code would be. */
  code: string;
  pinyin: string;
  hanzi: string;
  english: string;
  paragraphs: string[];
  sources: string[];
}

export const ASHI: UnplacedEntry = {
  code: 'Ashi',
  pinyin: 'Āshì',
  hanzi: '阿是',
  english: 'Tender points ("that\'s it!")',
  paragraphs: [
    'Ashi points are not fixed points. They are spots that feel tender, tight or painful when ' +
      'pressed, found by feeling the painful area and around it; the name echoes the patient\'s ' +
      '"that\'s it!" when the spot is pressed.',
    'In low back pain they are commonly added to the fixed points, in practice and in many trials, ' +
      'wherever the person is sore: often in the muscles beside the spine, over the sacrum or in the ' +
      'buttock.',
    'Because they have no fixed location, this map describes them here and does not mark them.',
  ],
  sources: [
    'Deadman, Al-Khafaji & Baker, A Manual of Acupuncture, 2nd ed. (ah shi points)',
    'Chinese Acupuncture and Moxibustion (Cheng Xinnong, ed.), Foreign Languages Press',
  ],
};
