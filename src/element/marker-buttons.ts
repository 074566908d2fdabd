/**
 * The marker buttons, created and updated imperatively in a container Lit renders empty
 * (like the cluster buttons): a button exists only for the markers asked for, keeps its
 * marker while it is asked for again (focus and a pressed finger stay on it), and only what
 * changed in its look is written. With thousands of markers, one Lit-rendered button per
 * marker made every selection re-render and restyle all of them (issue 17).
 */

/** What one marker button shows and says. */
export interface MarkerLook {
  /** Classes besides `hotspot`: `selected`, `focus` or `dimmed`, `reveal`. */
  classes: string;
  /** The accessible name. */
  label: string;
  pressed: boolean;
  /** The plan number shown on it, 0 for none. */
  number: number;
  /** The label tag's text (`show-labels`), null for none. */
  tag: string | null;
}

/** The marker a button stands for: fixed while the button is assigned to it. */
export interface MarkerIdentity {
  code: string;
  side: string;
  alternative?: boolean;
}

export class MarkerButtons {
  /** The button of each marker (by index into `markers`) that has one. */
  private readonly byIndex = new Map<number, HTMLButtonElement>();
  /** The look last written to each button. */
  private readonly written = new WeakMap<HTMLButtonElement, MarkerLook>();
  /** The buttons in marker order; rebuilt only when the set of buttons changes. */
  private ordered: HTMLButtonElement[] | null = [];

  constructor(
    readonly container: HTMLElement,
    private readonly onClick: (event: MouseEvent) => void,
  ) {}

  /**
   * Exactly the markers in `wanted` have a button afterwards (new ones hidden until placed),
   * and `keepAlso` if it is one of them (the focused button, so focus can follow its marker
   * into a cluster before the button goes). `identity` and `look` are asked only for new
   * buttons; a marker with no look (its point is gone) gets none.
   */
  keep(
    wanted: readonly number[],
    identity: (index: number) => MarkerIdentity | undefined,
    look: (index: number) => MarkerLook | null,
    keepAlso: Element | null = null,
  ): void {
    const want = new Set(wanted);
    for (const [index, button] of this.byIndex) {
      if (want.has(index) || button === keepAlso) continue;
      button.remove();
      this.byIndex.delete(index);
      this.ordered = null;
    }
    for (const index of wanted) {
      if (this.byIndex.has(index)) continue;
      const marker = identity(index);
      const shown = look(index);
      if (!marker || !shown) continue;
      const button = document.createElement('button');
      button.className = 'hotspot';
      button.setAttribute('part', 'hotspot');
      button.dataset.index = String(index);
      button.dataset.code = marker.code;
      button.dataset.side = marker.side;
      if (marker.alternative) button.dataset.alternative = '';
      button.tabIndex = -1;
      button.hidden = true;
      button.addEventListener('click', this.onClick);
      this.write(button, shown);
      this.container.append(button);
      this.byIndex.set(index, button);
      this.ordered = null;
    }
  }

  /** Write the looks that changed (after a selection, plan, protocol, quiz or label change). */
  restyle(look: (index: number) => MarkerLook | null): void {
    for (const [index, button] of this.byIndex) {
      const shown = look(index);
      if (shown) this.write(button, shown);
    }
  }

  /** Every button, in marker order. */
  all(): HTMLButtonElement[] {
    if (!this.ordered) {
      this.ordered = [...this.byIndex].sort((a, b) => a[0] - b[0]).map(([, button]) => button);
    }
    return this.ordered;
  }

  /** Remove every button (a new set of markers). */
  clear(): void {
    for (const button of this.byIndex.values()) button.remove();
    this.byIndex.clear();
    this.ordered = [];
  }

  private write(button: HTMLButtonElement, look: MarkerLook): void {
    const before = this.written.get(button);
    if (before && sameLook(before, look)) return;
    this.written.set(button, look);
    const className = look.classes ? `hotspot ${look.classes}` : 'hotspot';
    if (button.className !== className) button.className = className;
    if (button.getAttribute('aria-label') !== look.label) button.setAttribute('aria-label', look.label);
    const pressed = look.pressed ? 'true' : 'false';
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
    if (before && before.number === look.number && before.tag === look.tag) return;
    // Text as text: a point's code or label never becomes markup.
    const parts: HTMLElement[] = [];
    if (look.number) parts.push(span('num', String(look.number)));
    if (look.tag !== null) parts.push(span('tag', look.tag));
    button.replaceChildren(...parts);
  }
}

function sameLook(a: MarkerLook, b: MarkerLook): boolean {
  return a.classes === b.classes && a.label === b.label && a.pressed === b.pressed && a.number === b.number && a.tag === b.tag;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.setAttribute('aria-hidden', 'true');
  element.textContent = text;
  return element;
}
