// Build-time stand-in for three's WebGLShadowMap (see scripts/three-unused.mjs): the widget
// never turns shadows on, so the renderer only reads these settings and asks it to render
// with shadows off, which three's own map answers by returning at once too.
import { PCFShadowMap } from 'three/src/constants.js';

const LEFT_OUT = "acupoint-map bundle: three's shadow maps were left out (scripts/three-unused.mjs)";

export function WebGLShadowMap() {
  this.enabled = false;
  this.autoUpdate = true;
  this.needsUpdate = false;
  this.type = PCFShadowMap;
  this.render = function () {
    if (this.enabled) throw new Error(LEFT_OUT);
  };
}
