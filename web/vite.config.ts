import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

const here = path.dirname(fileURLToPath(import.meta.url));
const GQL_DIR = path.resolve(here, 'src', 'gql');

/**
 * GraphQL Codegen's own optimizer (the client preset's published Babel plugin): every
 * graphql(`…`) call becomes an import of that one generated document. Without it each chunk would
 * carry the lookup table of all documents (planner screens' ones in the first load too).
 * Babel only parses here (TypeScript, JSX) and rewrites those calls; Vite still compiles the rest.
 */
function graphqlDocuments(): Plugin {
  return {
    name: 'rijkspresentie:graphql-documents',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(GQL_DIR) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory: GQL_DIR, gqlTagName: 'graphql' }]],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

/** The web app builds into dist/web, which the Node service serves at /. */
export default defineConfig({
  root: here,
  // .br and .gz beside each text asset, compressed once at full strength; the server sends them
  // to clients that accept them (server/http/plugins/static.ts) instead of compressing per request.
  plugins: [graphqlDocuments(), react(), compression({ threshold: 1024, algorithms: ['gzip', 'brotliCompress'] })],
  build: { outDir: path.resolve(here, '..', 'dist', 'web'), emptyOutDir: true, sourcemap: true },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/tiles': 'http://localhost:4000', '/ogc': 'http://localhost:4000' },
  },
});
