import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import type { AcupointMap, PointSelectDetail } from '../../../src/index.js';
import { nextEvent, panel, shadow } from '../helpers.js';

export function pointList(element: AcupointMap): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="point-list"]')!;
}

/** The toolbar button that shows and hides the list. */
export function listToggle(element: AcupointMap): HTMLButtonElement {
  return shadow(element).querySelector<HTMLButtonElement>('[aria-controls="point-list"]')!;
}

/**
 * Show the list (its entries are rendered when it is first shown) with its toolbar button,
 * if it is hidden; returns the list.
 */
export async function openList(element: AcupointMap): Promise<HTMLElement> {
  if (pointList(element).hidden) {
    listToggle(element).click();
    await element.updateComplete;
  }
  expect(pointList(element).hidden, 'point list shown').to.equal(false);
  return pointList(element);
}

/** Click at the centre of `target` with the real mouse: it must be on screen and on top. */
export async function realClick(target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = target.getBoundingClientRect();
  expect(rect.width * rect.height, 'clickable area').to.be.greaterThan(0);
  const x = Math.round(rect.left + rect.width / 2);
  const y = Math.round(rect.top + rect.height / 2);
  const root = target.getRootNode() as ShadowRoot | Document;
  const hit = root.elementFromPoint(x, y);
  expect(hit === target || target.contains(hit), `${target.localName} at (${x}, ${y}) is on top (found ${hit?.localName}.${hit?.className})`).to.equal(true);
  await sendMouse({ type: 'click', position: [x, y] });
}

/**
 * Open the list if needed and pick `code` from it with the mouse; the panel must open
 * with that point. This is the route that has to keep working when anything else fails.
 */
export async function selectFromList(element: AcupointMap, code: string): Promise<void> {
  if (pointList(element).hidden) {
    await realClick(listToggle(element));
    await element.updateComplete;
  }
  expect(pointList(element).hidden, 'point list shown').to.equal(false);
  const button = pointList(element).querySelector<HTMLButtonElement>(`button[data-code="${code}"]`);
  expect(button, `list entry ${code}`).to.not.equal(null);
  const selected = nextEvent<CustomEvent<PointSelectDetail>>(element, 'point-select', 10000);
  await realClick(button!);
  expect((await selected).detail.code).to.equal(code);
  await element.updateComplete;
  expect(panel(element).hidden, 'panel open').to.equal(false);
  expect(panel(element).textContent).to.include(code);
}
