// rolldown marks pure calls (`/* @__PURE__ */ new Map`) for a later bundler's tree-shaking,
// and vite keeps them through terser in a library build. The script-tag bundle is never
// bundled again: there they are dead weight (46 bytes gzipped of the first stage alone).
import { RolldownMagicString } from 'rolldown';

const MARK = /\/\*\s*[@#]__PURE__\s*\*\//g;

/** Vite plugin for the bundled build: removes the marks from every chunk, the source maps kept right. */
export function dropPureMarks() {
  return {
    name: 'acupoint-map:drop-pure-marks',
    renderChunk: {
      order: 'post',
      handler(code) {
        if (!code.includes('__PURE__')) return null;
        const text = new RolldownMagicString(code);
        for (const mark of code.matchAll(MARK)) text.remove(mark.index, mark.index + mark[0].length);
        return { code: text.toString(), map: JSON.parse(text.generateMap({ hires: 'boundary' }).toString()) };
      },
    },
  };
}
