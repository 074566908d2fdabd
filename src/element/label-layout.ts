/**
 * Which marker labels fit: labels are placed in priority order and one that would overlap
 * a label already placed is left out, so a crowded lumbar region shows a readable few and
 * zooming in reveals the rest.
 */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Indexes of the boxes kept, in the order given (the caller sorts by priority). Nothing may
 * overlap an `obstacle` (the marker dots themselves).
 */
export function fitLabels(boxes: readonly LabelBox[], obstacles: readonly LabelBox[] = [], gap = 2): Set<number> {
  const kept: LabelBox[] = [...obstacles];
  const keep = new Set<number>();
  boxes.forEach((box, index) => {
    const clash = kept.some(
      (other) =>
        box.x < other.x + other.width + gap &&
        other.x < box.x + box.width + gap &&
        box.y < other.y + other.height + gap &&
        other.y < box.y + box.height + gap,
    );
    if (!clash) {
      kept.push(box);
      keep.add(index);
    }
  });
  return keep;
}
