// For the self-contained bundle: three's WebGLRenderer always builds a WebXRManager (with
// its controllers, depth sensing and XR cameras), about 2 kB gzipped the widget never uses:
// it never calls renderer.xr, so no session ever starts. This swaps in a stand-in that
// answers the renderer's "is a session running?" questions with no.
import { fileURLToPath } from 'node:url';

const standIn = fileURLToPath(new URL('./three-no-xr/WebXRManager.js', import.meta.url));

export function threeNoXr() {
  return {
    name: 'acupoint-map:three-no-xr',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './webxr/WebXRManager.js' && importer && /[\\/]three[\\/]src[\\/]renderers[\\/]WebGLRenderer\.js$/.test(importer)) {
        return standIn;
      }
      return null;
    },
  };
}
