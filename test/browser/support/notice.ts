import type { AcupointMap } from '../../../src/index.js';
import { expect } from '@esm-bundle/chai';

/** The widget's visible message, if any. */
export function notice(element: AcupointMap): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>('[part~="notice"]');
}

/** The message is on screen: laid out inside the widget and not covered by anything else. */
export function expectNoticeVisible(element: AcupointMap): HTMLElement {
  const box = notice(element);
  expect(box, 'a visible message').to.not.equal(null);
  const rect = box!.getBoundingClientRect();
  const host = element.getBoundingClientRect();
  expect(rect.width, 'message width').to.be.greaterThan(100);
  expect(rect.height, 'message height').to.be.greaterThan(16);
  expect(rect.left).to.be.at.least(host.left - 0.5);
  expect(rect.right).to.be.at.most(host.right + 0.5);
  expect(rect.top).to.be.at.least(host.top - 0.5);
  expect(rect.bottom).to.be.at.most(host.bottom + 0.5);
  const topmost = element.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(12, rect.height / 2));
  expect(topmost && box!.contains(topmost), 'nothing covers the message').to.equal(true);
  expect(getComputedStyle(box!).visibility).to.equal('visible');
  return box!;
}
