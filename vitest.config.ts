// Tests in three projects: `unit` (fixtures and functions in the test's own process: seconds, no
// browser, no deck built first), `cli` (the `deck` command run as a user runs it, on copies of the
// sources) and `browser` (one deck built and served for all its files, checked in Chromium).
// `npm run test:unit`, `test:cli` and `test:browser` run one each; `npm test` runs them all.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one Chromium at a time keeps the browser tests steady.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['test/cli/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/browser/global-setup.ts'] } },
    ],
  },
});
