import type { OrbitRig } from './orbit-rig.js';

const KEY_ROTATE_STEP = Math.PI / 16;
const KEY_ZOOM_STEP = 1.15;
/** Movement (CSS px) below which a pointer press counts as a click, not a drag. */
export const CLICK_SLOP = 6;

/**
 * Pointer, wheel and keyboard input for the orbit rig. One finger or the mouse orbits,
 * two fingers pinch-zoom, the wheel zooms; arrow keys orbit (never pan), +/- and
 * PageUp/PageDown zoom, Home resets. The surface keeps `touch-action: pan-y` so a
 * vertical swipe still scrolls a phone's page. While the quiz asks a question, its
 * controller takes the arrow keys, Enter and Space first (a capture listener on the host)
 * to move and answer at its aim, so they never reach here then.
 */
export class OrbitInput {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private pinchDistance = 0;
  private dragged = false;

  constructor(
    private readonly surface: HTMLElement,
    private readonly rig: OrbitRig,
    /** `at`: the input event's timestamp, when the visitor moved (the frame answering it is judged from then). */
    private readonly onChange: (interaction: 'drag' | 'zoom' | 'key', at: number) => void,
    private readonly onReset: () => void,
  ) {
    surface.addEventListener('pointerdown', this.onPointerDown);
    surface.addEventListener('pointermove', this.onPointerMove);
    surface.addEventListener('pointerup', this.onPointerUp);
    surface.addEventListener('pointercancel', this.onPointerUp);
    surface.addEventListener('wheel', this.onWheel, { passive: false });
    surface.addEventListener('keydown', this.onKeyDown);
  }

  /** True while a pointer drags or pinches the view. */
  get dragging(): boolean {
    return this.dragged && this.pointers.size > 0;
  }

  /** True if the last press moved far enough to be a drag (so it is not a click). */
  get wasDrag(): boolean {
    return this.dragged;
  }

  dispose(): void {
    const s = this.surface;
    s.removeEventListener('pointerdown', this.onPointerDown);
    s.removeEventListener('pointermove', this.onPointerMove);
    s.removeEventListener('pointerup', this.onPointerUp);
    s.removeEventListener('pointercancel', this.onPointerUp);
    s.removeEventListener('wheel', this.onWheel);
    s.removeEventListener('keydown', this.onKeyDown);
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1) this.dragged = false;
    this.pinchDistance = this.currentPinchDistance();
  };

  private onPointerMove = (event: PointerEvent): void => {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    const dx = event.clientX - last.x;
    const dy = event.clientY - last.y;
    if (this.pointers.size >= 2) {
      last.x = event.clientX;
      last.y = event.clientY;
      const distance = this.currentPinchDistance();
      if (this.pinchDistance > 0 && distance > 0) {
        this.rig.zoom(this.pinchDistance / distance);
        this.onChange('zoom', event.timeStamp);
      }
      this.pinchDistance = distance;
      this.dragged = true;
      return;
    }
    if (!this.dragged) {
      const total = Math.hypot(dx, dy);
      if (total < CLICK_SLOP) return;
      this.dragged = true;
      // Capture only once it is a drag, so a plain click still reaches the marker under it.
      capture(this.surface, event.pointerId);
    }
    last.x = event.clientX;
    last.y = event.clientY;
    const size = Math.max(200, Math.min(this.surface.clientWidth, this.surface.clientHeight));
    this.rig.rotate((-dx / size) * Math.PI * 1.4, (dy / size) * Math.PI * 0.9);
    this.onChange('drag', event.timeStamp);
  };

  private onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    this.pinchDistance = this.currentPinchDistance();
    if (this.surface.hasPointerCapture(event.pointerId)) {
      try {
        this.surface.releasePointerCapture(event.pointerId);
      } catch {
        // The pointer is already gone: nothing to release.
      }
    }
  };

  private onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    this.rig.zoom(Math.exp(Math.max(-200, Math.min(200, pixels)) * 0.0015));
    this.onChange('zoom', event.timeStamp);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    // Only keys aimed at the view itself; buttons inside it handle their own keys.
    if (event.target !== this.surface || event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowLeft':
        this.rig.rotate(KEY_ROTATE_STEP, 0);
        break;
      case 'ArrowRight':
        this.rig.rotate(-KEY_ROTATE_STEP, 0);
        break;
      case 'ArrowUp':
        this.rig.rotate(0, KEY_ROTATE_STEP / 2);
        break;
      case 'ArrowDown':
        this.rig.rotate(0, -KEY_ROTATE_STEP / 2);
        break;
      case '+':
      case '=':
      case 'PageUp':
        this.rig.zoom(1 / KEY_ZOOM_STEP);
        break;
      case '-':
      case '_':
      case 'PageDown':
        this.rig.zoom(KEY_ZOOM_STEP);
        break;
      case 'Home':
        this.onReset();
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.onChange('key', event.timeStamp);
  };

  private currentPinchDistance(): number {
    if (this.pointers.size < 2) return 0;
    const [a, b] = [...this.pointers.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  }
}

/**
 * Keep receiving a drag's moves outside the element. The pointer may already have ended
 * (a lifted finger whose move arrives late, a synthetic event): then there is nothing to
 * capture, and the drag simply ends with its pointerup.
 */
function capture(surface: HTMLElement, pointerId: number): void {
  if (surface.hasPointerCapture(pointerId)) return;
  try {
    surface.setPointerCapture(pointerId);
  } catch {
    // NotFoundError: no active pointer with this id.
  }
}
