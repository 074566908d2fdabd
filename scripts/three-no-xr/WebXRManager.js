// Build-time stand-in for three's WebXRManager (see scripts/three-no-xr.mjs): the widget
// never starts a WebXR session, so the renderer only ever asks whether one is running.
import { EventDispatcher } from 'three/src/core/EventDispatcher.js';

export class WebXRManager extends EventDispatcher {
  constructor() {
    super();
    this.enabled = false;
    this.isPresenting = false;
    this.cameraAutoUpdate = true;
  }

  getEnvironmentBlendMode() {
    return undefined;
  }

  hasDepthSensing() {
    return false;
  }

  setAnimationLoop() {}

  dispose() {}
}
