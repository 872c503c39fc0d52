import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The web app builds into dist/web, which the Node service serves at /. */
export default defineConfig({
  root: here,
  plugins: [react()],
  build: { outDir: path.resolve(here, '..', 'dist', 'web'), emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/tiles': 'http://localhost:4000', '/ogc': 'http://localhost:4000' } },
});
