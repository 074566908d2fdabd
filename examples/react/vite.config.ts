import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Nothing for acupoint-map here: Vite finds the body model through the package's
// `new URL('./body.glb', import.meta.url)` and copies it into the build.
export default defineConfig({
  plugins: [react()],
});
