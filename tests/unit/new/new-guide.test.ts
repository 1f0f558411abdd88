/**
 * `npm run new -- --guide` (docs/public-interface.md §10): writes `content/guides/<slug>.md` that passes
 * validation once its summary is filled in, refuses what the guide schema refuses (and cases that
 * are not published case studies) with what to do, and never overwrites a file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const script = path.join(repo, 'scripts/new.ts');
const node =
  Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : path.join(repo, 'node_modules/.bin/node');

// Each test starts Node once or twice: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let contentDir: string;

beforeEach(() => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'cwb-new-guide-'));
  cpSync(path.join(repo, 'content/taxonomy'), path.join(contentDir, 'taxonomy'), { recursive: true });
  cpSync(path.join(repo, 'tests/fixtures/validate/guide-rules/case-studies'), path.join(contentDir, 'case-studies'), {
    recursive: true,
  });
});

afterEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

/** Runs `npm run new -- --guide ...` without a terminal, as CI or a script would. */
function runNewGuide(args: string[]) {
  const result = spawnSync(node, [script, '--guide', ...args], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const basics = ['--title', 'How to run a spend analysis', '--theme', 'procurement', '--case', 'preston'];
const written = () => path.join(contentDir, 'guides', 'how-to-run-a-spend-analysis.md');

test('writes a guide that passes validation once its summary is filled in', () => {
  const { status, stdout } = runNewGuide([...basics, '--topic', 'spend-analysis']);

  expect(status).toBe(0);
  expect(stdout).toContain('how-to-run-a-spend-analysis.md');
  expect(stdout).toMatch(/summary \(line \d+\)/);
  const before = validateLibrary(contentDir, { paths: [written()] });
  expect(before.problems.filter((item) => item.severity === 'error').map((item) => item.rule)).toEqual(['summary']);

  const text = readFileSync(written(), 'utf8');
  writeFileSync(
    written(),
    text.replace(/^summary: .*$/m, 'summary: Where your council spends its money, and how to find out.'),
  );

  expect(validateLibrary(contentDir, { paths: [written()] }).errorCount).toBe(0);
});

test('refuses a case that is not a published case study, naming the nearest one', () => {
  const { status, stderr } = runNewGuide([
    '--title',
    'How to run a spend analysis',
    '--theme',
    'procurement',
    '--case',
    'prestn,leeds-draft',
  ]);

  expect(status).toBe(1);
  expect(stderr).toContain('"prestn" is not a published case study; did you mean "preston"?');
  expect(stderr).toContain('"leeds-draft" is not a published case study');
  expect(existsSync(written())).toBe(false);
});

test('refuses a theme the vocabulary does not have, with the schema’s suggestion', () => {
  const { status, stderr } = runNewGuide([
    '--title',
    'How to run a spend analysis',
    '--theme',
    'procurment',
    '--case',
    'preston',
  ]);

  expect(status).toBe(1);
  expect(stderr).toContain('did you mean "procurement"?');
});

test('says which basics are missing when there is no terminal to ask in', () => {
  const { status, stderr } = runNewGuide(['--title', 'How to run a spend analysis']);

  expect(status).toBe(1);
  expect(stderr).toContain('missing --theme, --case');
});

test('never overwrites a guide', () => {
  expect(runNewGuide(basics).status).toBe(0);
  const first = readFileSync(written(), 'utf8');

  const again = runNewGuide(basics);

  expect(again.status).toBe(1);
  expect(again.stderr).toContain('already exists');
  expect(readFileSync(written(), 'utf8')).toBe(first);
});
