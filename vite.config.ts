// The explorer client: sources in client/, production build in dist/client (served by Express on
// `npm start`); `npm run dev` serves client/ with hot reload and proxies /api to the app.
import { defineConfig } from 'vite';

const appPort = Number(process.env.PORT ?? 8080);

export default defineConfig({
  root: 'client',
  // Views are Preact components (JSX with Preact's automatic runtime).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    strictPort: true,
    proxy: { '/api': { target: `http://127.0.0.1:${appPort}`, changeOrigin: false } },
  },
});
