import { defineConfig, type Plugin } from 'vite';

/** `npm start` serves the repo; the address it prints opens the demo. */
function openDemoAtRoot(): Plugin {
  return {
    name: 'acupoint-demo-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [openDemoAtRoot()],
  server: { host: 'localhost', port: 5173 },
  preview: { host: 'localhost', port: 4173 },
});
