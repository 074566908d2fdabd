import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue's compiler must know <acupoint-map> is a custom element, not a Vue component. Nothing
// else is needed: Vite finds the body model through the package's
// `new URL('./body.glb', import.meta.url)` and copies it into the build.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'acupoint-map' } } })],
});
