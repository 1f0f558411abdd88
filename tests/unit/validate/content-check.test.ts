/**
 * The build's content check runs the same validator: it throws with every problem located, before
 * any content is loaded, and lets a valid library through.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, expect, test } from 'vitest';
import contentCheck from '../../../src/integrations/content-check.ts';
import { formatProblems, validateLibrary } from '../../../src/validate/index.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/validate/', import.meta.url));

function logger() {
  const lines: string[] = [];
  const log = (message: string) => lines.push(message);
  return {
    lines,
    logger: {
      info: log,
      warn: log,
      error: log,
      debug: log,
      options: {},
      label: 'test',
      fork: () => undefined,
    } as unknown as AstroIntegrationLogger,
  };
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
  expect(() => runSetup(path.join(fixtures, 'bad/duplicate-slug'))).toThrow(
    /preston\.md:1:1: error: .*\[duplicate-slug\]/,
  );
});

test('a bad how-to guide stops the build, each problem where the validator puts it', () => {
  const root = path.join(fixtures, 'guide-rules');
  const report = validateLibrary(root);
  const guideProblems = report.problems.filter((item) => item.file.includes(`${path.sep}guides${path.sep}`));

  expect(guideProblems.length).toBeGreaterThan(10);
  expect(() => runSetup(root)).toThrow(formatProblems(report.problems, 'text'));
  expect(() => runSetup(root)).toThrow(/guides\/cases-unknown\.md:5:9: error: cases "prestn" is not a case study/);
});

test('a stray file among the guides stops the build', () => {
  expect(() => runSetup(path.join(fixtures, 'guides-stray'))).toThrow(
    /guides\/notes\.txt:1:1: error: .*\[unexpected-file\]/,
  );
});

test('a valid library passes, and the check says how long it took', () => {
  const lines = runSetup(path.join(fixtures, 'good'));

  expect(lines).toEqual([expect.stringMatching(/^11 files checked, no problems \(\d+ ms\)$/)]);
});

test('warnings are logged without stopping the build', () => {
  const lines = runSetup(path.join(fixtures, 'warnings'));

  expect(lines[0]).toContain('warning: related "later" is a draft');
});

/** Waits until `lines` has more than `count` lines (a check on the dev server's worker has answered). */
async function linesAfter(lines: string[], count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (lines.length <= count) {
    if (Date.now() > deadline) throw new Error(`no report after ${count} line(s): ${lines.join(' / ')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('astro dev starts at once and logs the same problems, beside the server', async () => {
  const lines = runSetup(path.join(fixtures, 'bad/related-missing'), 'dev');
  expect(lines).toEqual([]);
  await linesAfter(lines, 0);
  expect(lines[0]).toMatch(/\[related\]/);
});

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the dev-server side of the integration on a copy of the good library, with a fake watcher. */
function devServer() {
  const root = mkdtempSync(path.join(tmpdir(), 'cwb-content-check-'));
  scratch.push(root);
  cpSync(path.join(fixtures, 'good'), root, { recursive: true });
  cpSync(fileURLToPath(new URL('../../../content/taxonomy/', import.meta.url)), path.join(root, 'taxonomy'), {
    recursive: true,
  });
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const { lines, logger: log } = logger();
  const hooks = contentCheck({ root }).hooks;
  (hooks['astro:config:setup'] as (options: unknown) => void)({ command: 'dev', logger: log });
  (hooks['astro:server:setup'] as (options: unknown) => void)({ server: { watcher }, logger: log });
  const started = linesAfter(lines, 0).then(() => {
    expect(lines).toEqual([expect.stringMatching(/^11 files checked, no problems \(\d+ ms, beside the server\)$/)]);
    lines.length = 0;
  });
  /** Writes a file of the library and tells the watcher, as an editor's save would; waits for the check's line. */
  const save = async (relative: string, text: string) => {
    await started;
    const before = lines.length;
    writeFileSync(path.join(root, relative), text);
    watcher.emit('all', 'change', path.join(root, relative));
    await linesAfter(lines, before);
  };
  const stop = () => (hooks['astro:server:done'] as () => void)();
  return { root, lines, save, stop };
}

test('in dev, a case study saved with a mistake is reported without stopping the server, and its fix is confirmed', async () => {
  const { root, lines, save, stop } = devServer();
  const file = 'case-studies/a-draft.md';
  const text = readFileSync(path.join(root, file), 'utf8');

  await save(file, text.replace('region: north-west', 'region: North-West'));
  await save(file, text);
  stop();

  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/a-draft\.md:5:9: error: region "North-West" .*\[region\]/);
  expect(lines[1]).toBe('11 files checked, no problems');
});

test('in dev, a topic added to the taxonomy is known at once', async () => {
  const { root, lines, save, stop } = devServer();
  const file = 'case-studies/a-draft.md';
  const topics = readFileSync(path.join(root, 'taxonomy/topics.yml'), 'utf8');

  await save(
    file,
    readFileSync(path.join(root, file), 'utf8').replace('draft: true', 'draft: true\ntopics: [zebra-crossings]'),
  );
  await save(
    'taxonomy/topics.yml',
    `${topics}\n- id: zebra-crossings\n  label: Zebra crossings\n  description: Safe places to cross.\n  cy:\n    label: Croesfannau sebra\n    description: Mannau diogel i groesi.\n`,
  );

  stop();
  expect(lines[0]).toContain('"zebra-crossings" is not a topic id');
  expect(lines[1]).toBe('11 files checked, no problems');
});
