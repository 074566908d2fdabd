/**
 * The channels the student view draws, with a colour each. Colours keep at least 3:1
 * contrast against the default skin (#e3c2a6) and differ in hue and lightness, so they
 * stay apart for the common colour-vision deficiencies as well.
 */
export type ChannelId = 'bladder' | 'governor' | 'gallbladder' | 'kidney';

export interface ChannelStyle {
  id: ChannelId;
  /** Legend text. */
  name: string;
  code: string;
  color: string;
}

export const CHANNELS: readonly ChannelStyle[] = [
  { id: 'bladder', name: 'Bladder (inner and outer lines)', code: 'BL', color: '#1d4ed8' },
  { id: 'governor', name: 'Governor vessel', code: 'GV', color: '#7e22ce' },
  { id: 'gallbladder', name: 'Gallbladder', code: 'GB', color: '#166534' },
  { id: 'kidney', name: 'Kidney', code: 'KI', color: '#be123c' },
];

export function channelStyle(id: ChannelId): ChannelStyle {
  return CHANNELS.find((channel) => channel.id === id)!;
}
