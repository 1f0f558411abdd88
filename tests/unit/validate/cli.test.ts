/**
 * `npm run validate` as contributors and CI run it: the three output formats and the exit codes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = path.join(repo, 'tests/fixtures/validate');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/validate.ts from the repository root with `CONTENT_DIR` set, on the Node.js running the tests. */
function validate(args: string[], contentDir = path.join(fixtures, 'good')): Run {
  // spawnSync rather than execFileSync: the summary goes to stderr even when the run succeeds.
  const run = spawnSync(process.execPath, ['scripts/validate.ts', ...args], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

const regionTypo = 'tests/fixtures/validate/bad/region-typo.md';

describe('text format', () => {
  test('prints path:line:column: severity: message [rule], with the path relative to where it runs', () => {
    const run = validate([regionTypo]);

    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      `${regionTypo}:5:9: error: region "North-West" is not a region id; did you mean "north-west"? [region]\n`,
    );
    expect(run.stderr).toBe('1 error in 1 of 1 file\n');
  });

  test('checks every file of CONTENT_DIR when given no path, and exits 0 when all is well', () => {
    const run = validate([]);

    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('11 files checked, no problems\n');
  });

  test('reports every problem of every file given, in a stable order', () => {
    const run = validate([
      'tests/fixtures/validate/bad/unknown-key-theme.md',
      'tests/fixtures/validate/bad/html-script.md',
    ]);

    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => line.replace(/: error: .*\[/, ' [')),
    ).toEqual([
      'tests/fixtures/validate/bad/html-script.md:20:7 [html-element]',
      'tests/fixtures/validate/bad/unknown-key-theme.md:1:1 [themes]',
      'tests/fixtures/validate/bad/unknown-key-theme.md:8:1 [unknown-key]',
    ]);
    expect(run.stderr).toBe('3 errors in 2 of 2 files\n');
  });

  test('a folder given as PATH is checked whole, stray files included', () => {
    const run = validate(['tests/fixtures/validate/bad/stray-files']);

    expect(run.status).toBe(1);
    expect(run.stdout).toContain('tests/fixtures/validate/bad/stray-files/case-studies/notes.txt:1:1: error: ');
  });
});

test('github format prints annotations, escaping what the workflow commands need', () => {
  const run = validate(['--format', 'github', regionTypo]);

  expect(run.status).toBe(1);
  expect(run.stdout).toBe(
    `::error file=${regionTypo},line=5,col=9::region "North-West" is not a region id; did you mean "north-west"? [region]\n`,
  );
});

test('json format prints an array of { file, line, column, severity, message, rule } and nothing else', () => {
  const run = validate(['--format=json', regionTypo, 'tests/fixtures/validate/bad/related-missing']);

  expect(run.status).toBe(1);
  expect(JSON.parse(run.stdout)).toEqual([
    {
      file: 'tests/fixtures/validate/bad/region-typo.md',
      line: 5,
      column: 9,
      severity: 'error',
      message: 'region "North-West" is not a region id; did you mean "north-west"?',
      rule: 'region',
    },
    {
      file: 'tests/fixtures/validate/bad/related-missing/case-studies/preston.md',
      line: 14,
      column: 11,
      severity: 'error',
      message:
        'related "preston-anchr" is not a case study in this library (no preston-anchr.md or preston-anchr.mdx); did you mean "preston-anchor"?',
      rule: 'related',
    },
  ]);
  expect(run.stderr).toBe('');
});

test('json format prints an empty array when there is no problem', () => {
  const run = validate(['--format', 'json']);

  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual([]);
});

describe('usage errors exit 2 with a helpful message', () => {
  test('an unknown flag', () => {
    const run = validate(['--fromat', 'json']);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--fromat'");
    expect(run.stderr).toContain('Usage: npm run validate');
  });

  test('an unknown format', () => {
    const run = validate(['--format', 'xml']);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown format "xml"');
  });

  test('a path that does not exist', () => {
    const run = validate(['content/case-studies/no-such-file.md']);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no such file or folder');
  });
});

describe('output that cannot be turned against its reader', () => {
  // A file name may hold any byte but / and NUL: a newline, then a GitHub Actions command, or a terminal escape.
  const hostileName = 'stray\n::error file=README.md,line=1::injected\u001b[2J\u202eevil.txt';

  function hostileLibrary(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'cwb-hostile-names-'));
    cpSync(path.join(fixtures, 'good'), root, { recursive: true });
    writeFileSync(path.join(root, 'case-studies', hostileName), 'not a case study');
    return root;
  }

  test.each(['text', 'github'])(
    'in the %s format one problem is one line, and no line is a workflow command or holds a control character',
    (format) => {
      const root = hostileLibrary();
      try {
        const run = validate(['--format', format], root);

        expect(run.status).toBe(1);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        if (format === 'text') {
          expect(lines[0]).toMatch(
            /^\/.*\/case-studies\/stray\\n::error file=README\.md,line=1::injected\\u001b\[2J\\u202eevil\.txt:1:1: error: /,
          );
        } else {
          expect(lines[0]).toMatch(/^::error file=[^\n]*stray%0A%3A%3Aerror file=README\.md%2Cline=1%3A%3Ainjected/);
        }
        expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );

  test('a path given on the command line is printed escaped', () => {
    const run = validate(['no-such\n::error::injected.md']);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such\\n::error::injected.md: no such file or folder');
    expect(run.stderr.split('\n').some((line) => line.startsWith('::'))).toBe(false);
  });
});

test('warnings alone exit 0', () => {
  const run = validate([], path.join(fixtures, 'warnings'));

  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(
    /^tests\/fixtures\/validate\/warnings\/case-studies\/preston\.md:14:11: warning: related "later" is a draft/,
  );
  expect(run.stderr).toBe('1 warning in 1 of 2 files\n');
});

test('runs on the Node.js the repository pins', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
});
