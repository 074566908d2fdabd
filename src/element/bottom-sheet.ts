/**
 * The panel as a bottom sheet on narrow widgets: its handle drags it between a peek (the
 * body stays visible above it) and the full height below the toolbar; a flick down from
 * the peek closes it. A click (or Enter/Space) on the handle toggles peek and full.
 */
export type SheetState = 'peek' | 'full';

/** Where a released drag settles. `velocity` in px/ms, positive while the sheet grows. */
export function settleSheet(height: number, velocity: number, peek: number, full: number): SheetState | 'closed' {
  // Where the sheet would coast to in a fifth of a second: a flick counts as much as a drag.
  const projected = height + velocity * 200;
  // Closing takes a drag or flick from about the peek: one flick from full height only peeks.
  if (projected < peek * 0.6 && height < peek * 1.1) return 'closed';
  return projected > (peek + full) / 2 ? 'full' : 'peek';
}

interface Drag {
  pointerId: number;
  startY: number;
  startHeight: number;
  lastY: number;
  lastTime: number;
  velocity: number;
  moved: boolean;
}

export class SheetDrag {
  private drag: Drag | null = null;
  /** The last press was a drag: the click that follows it is not a toggle. */
  private dragged = false;

  constructor(
    private readonly panel: () => HTMLElement | null,
    /** Peek and full heights (CSS px) of the sheet now. */
    private readonly limits: (sheet: HTMLElement) => { peek: number; full: number },
    private readonly settle: (state: SheetState | 'closed') => void,
  ) {}

  down = (event: PointerEvent): void => {
    const panel = this.panel();
    if (!panel || event.button > 0) return;
    try {
      // The drag goes on when the finger leaves the handle.
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (synthetic, or lifted already): drag without.
    }
    this.dragged = false;
    this.drag = {
      pointerId: event.pointerId,
      startY: event.clientY,
      startHeight: panel.offsetHeight,
      lastY: event.clientY,
      lastTime: event.timeStamp,
      velocity: 0,
      moved: false,
    };
  };

  move = (event: PointerEvent): void => {
    const drag = this.drag;
    const panel = this.panel();
    if (!drag || !panel || event.pointerId !== drag.pointerId) return;
    if (Math.abs(event.clientY - drag.startY) > 6) drag.moved = true;
    if (!drag.moved) return;
    const { full } = this.limits(panel);
    const height = Math.max(48, Math.min(full, drag.startHeight + drag.startY - event.clientY));
    panel.style.blockSize = `${height}px`;
    const dt = Math.max(1, event.timeStamp - drag.lastTime);
    drag.velocity = (drag.lastY - event.clientY) / dt;
    drag.lastY = event.clientY;
    drag.lastTime = event.timeStamp;
  };

  up = (event: PointerEvent): void => {
    const drag = this.drag;
    const panel = this.panel();
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.drag = null;
    if (!drag.moved || !panel) return;
    this.dragged = true;
    const { peek, full } = this.limits(panel);
    const state = settleSheet(panel.offsetHeight, event.type === 'pointercancel' ? 0 : drag.velocity, peek, full);
    panel.style.removeProperty('block-size');
    this.settle(state);
  };

  /** True once after a drag: the handle's click should then do nothing. */
  consumeDrag(): boolean {
    const dragged = this.dragged;
    this.dragged = false;
    return dragged;
  }
}
