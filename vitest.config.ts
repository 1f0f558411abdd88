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
          // off, except in its own test (tests/unit/validate/cache.test.ts), which turns it on; so is the
          // dev search index's (src/integrations/dev-search-cache.test.ts).
          env: { CWB_VALIDATION_CACHE: 'off', CWB_DEV_SEARCH_CACHE: 'off' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Each file serves the site and drives a Chromium of its own. They wait on the browser more
          // than they compute, so two files at a time roughly halve the run on CI's two cores.
          maxWorkers: 2,
          // A page's answer may take longer than expect.poll's default second while the other file
          // keeps the machine busy; a poll still ends as soon as its condition holds.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
