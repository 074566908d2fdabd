// Build-time stand-in for three's WebGLBackground (see scripts/three-unused.mjs): the
// widget's scenes have no background (the page shows through: alpha 0) or a colour, never
// a texture or cube map, so the box and plane meshes, their ShaderMaterials and the
// background, cube and equirect programs three keeps for those are left out. The clear
// colour works as in three's own (same calls, same colour space); a textured background
// throws with the reason rather than drawing wrongly.
import { Color } from 'three/src/math/Color.js';
import { getUnlitUniformColorSpace } from 'three/src/renderers/shaders/UniformsUtils.js';

const _rgb = { r: 0, b: 0, g: 0 };

export function WebGLBackground(renderer, environments, state, objects, alpha, premultipliedAlpha) {
  const clearColor = new Color(0x000000);
  let clearAlpha = alpha === true ? 0 : 1;

  function background(scene) {
    const value = scene.isScene === true ? scene.background : null;
    if (value && !value.isColor) {
      throw new Error("acupoint-map bundle: three's textured backgrounds were left out (scripts/three-unused.mjs)");
    }
    return value;
  }

  function setClear(color, alpha) {
    color.getRGB(_rgb, getUnlitUniformColorSpace(renderer));
    state.buffers.color.setClear(_rgb.r, _rgb.g, _rgb.b, alpha, premultipliedAlpha);
  }

  function render(scene) {
    const value = background(scene);
    let forceClear = false;
    if (value === null) {
      setClear(clearColor, clearAlpha);
    } else {
      setClear(value, 1);
      forceClear = true;
    }
    if (renderer.autoClear || forceClear) {
      // Buffers might not be writable, which a correct clear needs (as three does).
      state.buffers.depth.setTest(true);
      state.buffers.depth.setMask(true);
      state.buffers.color.setMask(true);
      renderer.clear(renderer.autoClearColor, renderer.autoClearDepth, renderer.autoClearStencil);
    }
  }

  return {
    getClearColor: () => clearColor,
    setClearColor(color, alpha = 1) {
      clearColor.set(color);
      clearAlpha = alpha;
      setClear(clearColor, clearAlpha);
    },
    getClearAlpha: () => clearAlpha,
    setClearAlpha(alpha) {
      clearAlpha = alpha;
      setClear(clearColor, clearAlpha);
    },
    render,
    // A colour or no background draws nothing of its own.
    addToRenderList(renderList, scene) {
      background(scene);
    },
    dispose() {},
  };
}
