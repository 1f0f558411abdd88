import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The interface's messages checked and compiled (src/i18n/paraglide/) before any test imports them.
    globalSetup: ['scripts/messages.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          // The rules' tests judge the rules, not an earlier run's results: the validation cache is
          // off, except in its own test (tests/unit/validate/cache.test.ts), which turns it on.
          env: { CWB_VALIDATION_CACHE: 'off' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One served site and one Chromium are shared by the browser tests; run them in one worker.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
