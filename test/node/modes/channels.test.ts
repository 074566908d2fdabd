/**
 * The channel palette: every colour holds 3:1 against the default skin, and channels drawn
 * beside each other on the body stay clearly apart in normal vision and for the three
 * dichromacies (simulated).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHANNELS, type ChannelId } from '../../../src/modes/channels.js';
import { contrast, deltaE, hex, simulate, type Deficiency } from './colour-vision.js';

const SKIN = '#e3c2a6';

/** Channels whose lines run side by side somewhere on the body. */
const NEIGHBOURS: [ChannelId, ChannelId, string][] = [
  ['bladder', 'governor', 'the back'],
  ['bladder', 'gallbladder', 'the hip and the back of the thigh'],
  ['bladder', 'stomach', 'the lower leg'],
  ['bladder', 'kidney', 'behind the malleoli'],
  ['bladder', 'spleen', 'the calf'],
  ['bladder', 'liver', 'the calf'],
  ['gallbladder', 'stomach', 'the lateral leg'],
  ['gallbladder', 'kidney', 'the ankle'],
  ['gallbladder', 'spleen', 'the leg'],
  ['gallbladder', 'liver', 'the leg'],
  ['gallbladder', 'large-intestine', 'the hanging hand beside the thigh'],
  ['stomach', 'kidney', 'the ankle'],
  ['stomach', 'spleen', 'the front of the ankle'],
  ['stomach', 'liver', 'the dorsum of the foot'],
  ['kidney', 'spleen', 'the medial ankle'],
  ['kidney', 'liver', 'the medial ankle'],
  ['spleen', 'liver', 'the medial leg'],
];
const VISION: Deficiency[] = ['none', 'protanopia', 'deuteranopia', 'tritanopia'];
/** CIELAB ΔE*ab: 15 is a difference seen at a glance on a thin line. */
const APART = 15;

const colour = (id: ChannelId) => hex(CHANNELS.find((c) => c.id === id)!.color);

test('channel colours: at least 3:1 against the skin, one per channel, codes unique', () => {
  for (const channel of CHANNELS) {
    const ratio = contrast(hex(channel.color), hex(SKIN));
    assert.ok(ratio >= 3, `${channel.code} ${channel.color}: ${ratio.toFixed(2)}:1 against the skin`);
  }
  assert.equal(new Set(CHANNELS.map((c) => c.color)).size, CHANNELS.length);
  assert.equal(new Set(CHANNELS.map((c) => c.code)).size, CHANNELS.length);
});

test('channel colours: neighbouring channels stay apart in normal vision and for protanopia, deuteranopia and tritanopia', () => {
  for (const [a, b, where] of NEIGHBOURS) {
    for (const vision of VISION) {
      const difference = deltaE(simulate(colour(a), vision), simulate(colour(b), vision));
      assert.ok(difference >= APART, `${a} and ${b} (${where}), ${vision}: ΔE ${difference.toFixed(1)}`);
    }
  }
});

test('colour-vision simulation: red and green merge for a deuteranope, blue and yellow do not', () => {
  // A check on the simulation itself, so the palette test cannot pass by a broken matrix.
  const red = hex('#d62728');
  const green = hex('#8c8c00');
  assert.ok(deltaE(red, green) > 40);
  assert.ok(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia')) < deltaE(red, green) / 2);
  assert.ok(deltaE(simulate(hex('#1f3fbf'), 'deuteranopia'), simulate(hex('#e0c000'), 'deuteranopia')) > 40);
});
