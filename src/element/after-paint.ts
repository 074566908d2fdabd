/**
 * Work on the 3D picture that follows a change of the page (centring the figure beside a
 * new panel, framing the chosen point) waits until that change is painted: a frame that
 * also draws the WebGL canvas takes far longer, and the panel, the answer to the visitor's
 * click, would wait for it (issue 17). Resolves at the start of the frame after the next
 * one; `layout` work (the figure's insets) runs before the rest, which reads where the
 * markers are after it.
 */
const waiting: Record<'layout' | 'after-layout', (() => void)[]> = { layout: [], 'after-layout': [] };
let requested = false;

export function afterNextPaint(phase: 'layout' | 'after-layout' = 'after-layout'): Promise<void> {
  return new Promise((resolve) => {
    waiting[phase].push(resolve);
    if (requested) return;
    requested = true;
    requestAnimationFrame(() => requestAnimationFrame(run));
  });
}

function run(): void {
  requested = false;
  // Resolved in this order, their continuations run in this order.
  for (const resolve of [...waiting.layout.splice(0), ...waiting['after-layout'].splice(0)]) resolve();
}
