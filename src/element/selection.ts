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
  // A marker's button can be gone by now (its marker went into a cluster or off screen while
  // the panel was open, and buttons exist only for markers shown): focus goes to the button
  // its marker has after this render, else to the stage, never to nowhere.
  const gone = returnFocusTo && !returnFocusTo.isConnected;
  const code = gone ? returnFocusTo.dataset.code : undefined;
  store.update({
    panel: null,
    returnFocusTo: null,
    ...(panel === 'point' ? { selected: null } : {}),
    ...(code ? { focusAfterRender: markerButtonSelector(code, returnFocusTo!.dataset.side) } : {}),
  });
  if (returnFocusTo?.isConnected) returnFocusTo.focus();
}

/** The selector of a marker's button (or, failing that, the stage: see SelectionController). */
function markerButtonSelector(code: string, side: string | undefined): string {
  const attr = (name: string, value: string) => `[data-${name}="${CSS.escape(value)}"]`;
  return `[part~="hotspot"]${attr('code', code)}${side ? attr('side', side) : ''}`;
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
