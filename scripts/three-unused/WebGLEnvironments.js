// Build-time stand-in for three's WebGLEnvironments (see scripts/three-unused.mjs): the
// widget sets no environment map and no textured background, so the renderer only ever asks
// it for the environment of nothing. Leaves out PMREMGenerator and the cube render targets.
const LEFT_OUT = "acupoint-map bundle: three's environment maps were left out (scripts/three-unused.mjs)";

export function WebGLEnvironments() {
  return {
    get(texture) {
      if (texture === null || texture === undefined) return null;
      throw new Error(LEFT_OUT);
    },
    dispose() {},
  };
}
