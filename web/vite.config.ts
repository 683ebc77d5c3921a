import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// JSX is compiled by Vite's esbuild (tsconfig "jsx": "react-jsx"); the page needs no React plugin.
export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  resolve: {
    // MapLibre's CSP build loads its worker from a file of its own (see map/worker.ts), which the
    // browser caches with its compiled code, instead of a script rebuilt from a string on every load.
    alias: [{ find: /^maplibre-gl$/, replacement: 'maplibre-gl/dist/maplibre-gl-csp.js' }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with `rasd serve` on 8080.
    proxy: Object.fromEntries(
      ['/events', '/articles', '/actors', '/places', '/stats', '/export.csv', '/export.geojson', '/export.jsonl', '/map', '/meta', '/health']
        .map((path) => [path, 'http://127.0.0.1:8080']),
    ),
  },
});
