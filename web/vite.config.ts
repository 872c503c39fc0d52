import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The web app builds into dist/web, which the Node service serves at /. */
export default defineConfig({
  root: here,
  // .br and .gz beside each text asset, compressed once at full strength; the server sends them
  // to clients that accept them (server/http/plugins/static.ts) instead of compressing per request.
  plugins: [react(), compression({ threshold: 1024, algorithms: ['gzip', 'brotliCompress'] })],
  build: { outDir: path.resolve(here, '..', 'dist', 'web'), emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/tiles': 'http://localhost:4000', '/ogc': 'http://localhost:4000' } },
});
