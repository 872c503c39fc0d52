import { defineConfig } from 'vitest/config';
import { FoundationFirstSequencer } from './test/support/sequencer.js';

/**
 * Unit tests run in parallel. Integration tests share one embedded PGlite (a single connection)
 * and one PostgreSQL test database, started in test/support/global-setup.ts, so their files run
 * one after another. Browser end-to-end tests have their own config (test/e2e).
 */
export default defineConfig({
  resolve: {
    // graphql 16 ships index.js (CommonJS, what Node loads for type-graphql) and index.mjs (what
    // Vite would pick). Two copies break `instanceof GraphQLScalarType`; use Node's one everywhere.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    // foundation.test.ts first (see the sequencer): Vitest takes a sequencer from here only.
    sequence: { sequencer: FoundationFirstSequencer },
    projects: [
      {
        extends: true,
        // 30 s, not Vitest's 5 s: the scans of the whole tree (safe SQL, dependency rules) share the
        // machine with the browser suite (scripts/test.mjs runs both at once) and must not time out.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          // Each file in its own process (isolate), though that costs ~70 s of imports: with one
          // module graph for all files, a failing test that left connections open kept them for
          // the rest of the run, the shared embedded database (4 sessions) refused every later
          // file, and one failure became "3 failed, 264 skipped" (CI, stop 22).
          isolate: true,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
