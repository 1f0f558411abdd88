/**
 * The build's content check runs the same validator: it throws with every problem located, before
 * any content is loaded, and lets a valid library through.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { expect, test } from 'vitest';
import contentCheck from '../../../src/integrations/content-check.ts';
import { formatProblems, validateLibrary } from '../../../src/validate/index.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/validate/', import.meta.url));

function logger() {
  const lines: string[] = [];
  const log = (message: string) => lines.push(message);
  return { lines, logger: { info: log, warn: log, error: log, debug: log, options: {}, label: 'test', fork: () => undefined } as unknown as AstroIntegrationLogger };
}

/** Runs the integration's config hook as `astro build` would. */
function runSetup(root: string, command = 'build') {
  const { lines, logger: log } = logger();
  const hook = contentCheck({ root }).hooks['astro:config:setup'] as (options: unknown) => void;
  hook({ command, logger: log });
  return lines;
}

test('a library with problems stops the build, listing every problem the validator lists', () => {
  const root = path.join(fixtures, 'bad/stray-files');
  const expected = formatProblems(validateLibrary(root).problems, 'text');

  expect(() => runSetup(root)).toThrow(expected);
});

test('a .md and an .mdx with the same slug stop the build before either is loaded', () => {
  expect(() => runSetup(path.join(fixtures, 'bad/duplicate-slug'))).toThrow(/preston\.md:1:1: error: .*\[duplicate-slug\]/);
});

test('a valid library passes, and the check says how long it took', () => {
  const lines = runSetup(path.join(fixtures, 'good'));

  expect(lines).toEqual([expect.stringMatching(/^9 files checked, no problems \(\d+ ms\)$/)]);
});

test('warnings are logged without stopping the build', () => {
  const lines = runSetup(path.join(fixtures, 'warnings'));

  expect(lines[0]).toContain('warning: related "later" is a draft');
});

test('astro dev refuses to start on the same problems', () => {
  expect(() => runSetup(path.join(fixtures, 'bad/related-missing'), 'dev')).toThrow(/\[related\]/);
});
