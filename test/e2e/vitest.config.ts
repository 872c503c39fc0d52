import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: Debian's Chromium driven by playwright-core against the real server
 * (built web app + compiled server, embedded database in a fresh temp folder). The global setup
 * builds and starts it once; test files run one after another (2 cores, one server).
 */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    // 180 s: a test of two page loads and a sign-in, each wait allowed 90 s under CI load.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // expect.poll waits for state, as Playwright's actions do, and as long (WAIT_MS in browser.ts);
    // its 1 s default is too short beside the other suites in CI.
    expect: { poll: { timeout: 90_000 } },
  },
});
