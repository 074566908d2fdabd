import type { MapStore } from './store.js';

/**
 * The user chose a point (marker, list, protocol card): select it, open its panel and move
 * focus there. `marker` is the marker clicked (the ruler explains that one); `trigger` gets
 * focus back when the panel closes.
 */
export function choosePoint(store: MapStore, code: string, options: { marker?: number; trigger?: HTMLElement } = {}): void {
  store.update({
    selected: code,
    selectedMarker: options.marker ?? null,
    panel: 'point',
    focusAfterRender: '.panel',
    ...(options.trigger ? { returnFocusTo: options.trigger } : {}),
  });
}

/** Close the panel (a point's panel also clears the selection) and give focus back. */
export function closePanel(store: MapStore): void {
  const { panel, returnFocusTo } = store.state;
  // The marker's button may be hidden (under the panel, before the view turned) or gone
  // (markers have buttons only while shown): focus then waits on the stage until the
  // hotspot controller shows that marker's button again, never lost to the page.
  const { code, side } = returnFocusTo?.dataset ?? {};
  const usable = returnFocusTo?.isConnected && !returnFocusTo.hidden;
  const waitFor = !usable && code && side ? { code, side } : null;
  store.update({
    panel: null,
    returnFocusTo: null,
    focusMarkerWhenShown: waitFor,
    ...(panel === 'point' ? { selected: null } : {}),
    ...(waitFor ? { focusAfterRender: '[part~="stage"]' } : {}),
  });
  if (usable) returnFocusTo!.focus();
}

/** "About the evidence": open it (or close it when open), focus returning to `trigger`. */
export function toggleEvidence(store: MapStore, trigger: HTMLElement | null): void {
  if (store.state.panel === 'evidence') {
    closePanel(store);
    return;
  }
  store.update({
    panel: 'evidence',
    announcement: store.state.language.t('announce.evidenceOpened'),
    focusAfterRender: '.panel',
    ...(trigger ? { returnFocusTo: trigger } : {}),
  });
}
