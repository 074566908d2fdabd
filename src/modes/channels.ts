/**
 * The channels the student view draws, with a colour each. Colours keep at least 3:1
 * contrast against the default skin (#e3c2a6). Channels drawn side by side on the body
 * (the Bladder lines and the Governor vessel on the back; Gallbladder, Bladder and Stomach
 * on the leg; Kidney, Spleen and Liver at the medial ankle; Large Intestine on the hand
 * beside the Gallbladder line on the thigh) stay clearly apart (CIELAB difference of 15 or
 * more) in normal vision and when simulated for protanopia, deuteranopia and tritanopia:
 * test/node/modes/channels.test.ts checks both. Channels never drawn near each other may
 * look alike to a dichromat (the Governor vessel and the Spleen; the Bladder and the Large
 * Intestine); the legend names each.
 */
export type ChannelId =
  | 'bladder'
  | 'governor'
  | 'gallbladder'
  | 'kidney'
  | 'stomach'
  | 'spleen'
  | 'liver'
  | 'large-intestine';

export interface ChannelStyle {
  id: ChannelId;
  /** Legend text. */
  name: string;
  code: string;
  color: string;
}

export const CHANNELS: readonly ChannelStyle[] = [
  { id: 'bladder', name: 'Bladder (inner and outer lines)', code: 'BL', color: '#1d4ed8' },
  { id: 'governor', name: 'Governor vessel', code: 'GV', color: '#9a3412' },
  { id: 'gallbladder', name: 'Gallbladder', code: 'GB', color: '#166534' },
  { id: 'kidney', name: 'Kidney', code: 'KI', color: '#581c87' },
  { id: 'stomach', name: 'Stomach', code: 'ST', color: '#334155' },
  { id: 'spleen', name: 'Spleen', code: 'SP', color: '#854d0e' },
  { id: 'liver', name: 'Liver', code: 'LR', color: '#0f172a' },
  { id: 'large-intestine', name: 'Large Intestine', code: 'LI', color: '#6d28d9' },
];

export function channelStyle(id: ChannelId): ChannelStyle {
  return CHANNELS.find((channel) => channel.id === id)!;
}
