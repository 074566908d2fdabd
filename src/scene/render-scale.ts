/**
 * The share of a view's pixels drawn while the picture moves. Software WebGL, an old phone
 * or twelve widgets can make a full-resolution frame slower than the hand that drags it;
 * fewer pixels per frame then keep the figure following the pointer, and one frame at full
 * resolution is drawn once it rests (the shared renderer does that part).
 *
 * Speed is judged by each moving frame's latency: from the moment the frame was asked for
 * (the pointer event's timestamp, the previous frame of an animation) until the page had
 * finished it, its pixels committed (shared-renderer.ts times it with a task right after the
 * frame's; the frame's script alone is a small part of it). Unlike the gap between frames,
 * that does not grow when the pointer simply moves slowly. A frame that fits the display's
 * refresh answers within about two refreshes (the event waits for the next frame to start).
 *
 * Every change of scale resizes the drawing buffer, which is a stall of its own (tens of
 * milliseconds with software WebGL): within a motion the scale only goes down, in big
 * steps, and it goes up again between motions, after a motion whose frames were fast.
 */

/** Slower than this (ms from asking to drawn) on average: draw fewer pixels (frames miss the refresh). */
const SLOW = 40;
/** Faster than this on average: draw more pixels again. */
const FAST = 24;
/** Each step scales width and height by this factor (0.7: about half the pixels). */
const STEP = 0.7;
/** Never below half the width and height: the figure must stay legible while it turns. */
export const MIN_RENDER_SCALE = 0.5;
/** Weight of the newest frame in the running average: reacts within three or four frames. */
const WEIGHT = 0.3;

export class RenderScale {
  /** The scale to draw moving frames at, in [MIN_RENDER_SCALE, 1]. */
  value = 1;
  private average = 0;

  /** A moving frame took `latency` ms from being asked for to being drawn. */
  frame(latency: number): void {
    this.average = this.average === 0 ? latency : this.average + WEIGHT * (latency - this.average);
    if (this.average > SLOW && this.value > MIN_RENDER_SCALE) {
      this.value = Math.max(MIN_RENDER_SCALE, this.value * STEP);
      // Judge the new scale on its own frames.
      this.average = 0;
    }
  }

  /** The motion has come to rest: after fast frames, the next motion starts a step sharper. */
  rested(): void {
    if (this.average > 0 && this.average < FAST && this.value < 1) this.value = Math.min(1, this.value / STEP);
    this.average = 0;
  }
}
