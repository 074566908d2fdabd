// Build-time stand-in for three's WebGLMorphtargets (see scripts/three-unused.mjs): the
// widget's glTF reader makes no morph targets, so the renderer never updates any.
export function WebGLMorphtargets() {
  return {
    update() {
      throw new Error("acupoint-map bundle: three's morph targets were left out (scripts/three-unused.mjs)");
    },
  };
}
