// Build-time stand-in for three's WebGLUniformsGroups (see scripts/three-unused.mjs): no
// ShaderMaterial of the widget has uniform buffer objects (uniformsGroups is always empty).
const LEFT_OUT = "acupoint-map bundle: three's uniform buffer objects were left out (scripts/three-unused.mjs)";

export function WebGLUniformsGroups() {
  const unavailable = () => {
    throw new Error(LEFT_OUT);
  };
  return { update: unavailable, bind: unavailable, dispose() {} };
}
