/**
 * The share of a view's pixels drawn while the picture moves. Software WebGL, an old phone
 * or twelve widgets can make a full-resolution frame slower than the hand that drags it;
 * fewer pixels per frame then keep the figure following the pointer, and one frame at full
 * resolution is drawn once it rests (the shared renderer does that part).
 *
 * Only gaps between frames of continuous motion count: a frame after a pause says nothing
 * about how fast frames can come.
 */

/** Slower than this (ms between frames) on average: draw fewer pixels. */
const SLOW_GAP = 45;
/** Faster than this on average: draw more pixels again. */
const FAST_GAP = 24;
/** Each step scales width and height by this factor (0.8: about two thirds of the pixels). */
const STEP = 0.8;
/** Never below half the width and height: the figure must stay legible while it turns. */
export const MIN_RENDER_SCALE = 0.5;
/** Weight of the newest gap in the running average: reacts within three or four frames. */
const WEIGHT = 0.3;

export class RenderScale {
  /** The scale to draw moving frames at, in (MIN_RENDER_SCALE, 1]. */
  value = 1;
  private average = 0;
  private lastFrame = -1;

  /**
   * A frame is being drawn at `time` (the animation frame's timestamp). `continuous` says
   * the previous frame drew too and the next one was asked for at once (a drag, a turn).
   */
  frame(time: number, continuous: boolean): void {
    if (continuous && this.lastFrame >= 0) {
      const gap = time - this.lastFrame;
      this.average = this.average === 0 ? gap : this.average + WEIGHT * (gap - this.average);
      if (this.average > SLOW_GAP && this.value > MIN_RENDER_SCALE) {
        this.value = Math.max(MIN_RENDER_SCALE, this.value * STEP);
        // Judge the new scale on its own frames.
        this.average = 0;
      } else if (this.average < FAST_GAP && this.value < 1) {
        this.value = Math.min(1, this.value / STEP);
        this.average = 0;
      }
    } else {
      this.average = 0;
    }
    this.lastFrame = time;
  }
}
