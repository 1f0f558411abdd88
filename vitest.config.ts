import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The interface's messages checked and compiled (src/i18n/paraglide/) before any test imports them.
    globalSetup: ['scripts/messages.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'] },
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
