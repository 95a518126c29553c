// Tests: unit fixtures run in parallel; browser tests share one built deck (test/browser/setup.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one Chromium at a time keeps the browser tests steady.
    maxWorkers: 2,
  },
});
