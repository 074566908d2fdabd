// Build-time stand-in for three's PMREMGenerator (see scripts/three-unused.mjs): the widget
// sets no environment map, so the renderer never makes one; if it ever did, this says why
// it is missing instead of drawing wrongly.
export class PMREMGenerator {
  constructor() {
    throw new Error("acupoint-map bundle: three's PMREMGenerator (environment maps) was left out (scripts/three-unused.mjs)");
  }
}
