import type { CSSResult, LitElement } from 'lit';

/**
 * Add a lazily loaded chunk's styles to the element's shadow root: as an adopted style
 * sheet (CSP-safe), or a <style> where the browser cannot adopt sheets.
 */
export function adoptStyles(host: LitElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet;
  if (sheet && 'adoptedStyleSheets' in root) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  }
}
