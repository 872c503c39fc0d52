import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * GraphiQL bundled into dist/graphiql (served at /graphiql): scripts, styles, fonts and Monaco's
 * workers all come from the service itself, under the /graphiql/ path the router serves.
 */
export default defineConfig({
  root: here,
  base: '/graphiql/',
  // .br and .gz beside each text asset, compressed once at full strength; the server sends them
  // to clients that accept them (server/http/plugins/static.ts) instead of compressing per request.
  plugins: [react(), compression({ threshold: 1024, algorithms: ['gzip', 'brotliCompress'] })],
  build: {
    outDir: path.resolve(here, '..', '..', 'dist', 'graphiql'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      // GraphiQL's packages carry React-compiler directives that a bundle cannot keep; harmless.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
