import { visitChannelTexts } from '../i18n/content-texts.js';
import { CHANNELS, type ChannelStyle } from '../modes/channels.js';
import { translated } from './localized.js';
import type { MapState } from './store.js';

/**
 * The channel legend's names in the widget's language. Apart from localized.ts because only
 * the 3D stage shows the legend: the channel table stays out of the first stage.
 */
export function localChannels(state: Readonly<MapState>): readonly ChannelStyle[] {
  return translated(CHANNELS as ChannelStyle[], state.language.texts, (channels, replace) => {
    for (const channel of channels) visitChannelTexts(channel, replace);
  });
}
