import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCaseStudySchema } from '../../../src/schema/case-study.ts';
import { validateLibrary } from '../../../src/validate/index.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import { recommendedBody, recommendedHeadings } from '../../../src/lib/case-study-file.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const script = path.join(repo, 'scripts/new.ts');
const templateFile = path.join(repo, 'content/case-studies/_template.md');
const schema = createCaseStudySchema(loadTaxonomy());

/** Node 24 strips TypeScript types; an older Node running vitest falls back to the pinned one. */
const node =
  Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : path.join(repo, 'node_modules/.bin/node');

let contentDir: string;

beforeEach(() => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'cwb-new-'));
  cpSync(path.join(repo, 'content/taxonomy'), path.join(contentDir, 'taxonomy'), { recursive: true });
  mkdirSync(path.join(contentDir, 'case-studies'));
});

afterEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

/** Runs `npm run new` without a terminal (stdin closed, output piped), as CI or a script would. */
function runNew(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(node, [script, ...args], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const basics = [
  '--title',
  'Preston’s anchors: buying local, "the Preston model"',
  '--place',
  'Preston',
  '--region',
  'north-west',
  '--organisation',
  'Preston City Council',
  '--type',
  'district-council',
  '--theme',
  'procurement',
  '--theme',
  'workforce',
  '--started',
  '2013',
];
const expectedFile = () => path.join(contentDir, 'case-studies', 'prestons-anchors-buying-local-the-preston-model.md');

const frontmatterOf = (text: string) => yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);

/** Fills in the placeholders the way a contributor would: by editing the lines in place, and writing the text. */
function fillPlaceholders(text: string): string {
  let written = text;
  for (const { prompt } of [...recommendedHeadings.en, ...recommendedHeadings.cy])
    written = written.replace(prompt, 'What we did, in our own words.');
  return written
    .replace(
      /^summary: "".*$/m,
      'summary: Six anchor institutions moved their spending to Preston and Lancashire firms.',
    )
    .replace(/^ {2}- title: "".*$/m, '  - title: How we built community wealth in Preston\n    year: 2019');
}

/** The line (1 = the first ---) that starts with `start`. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

// Each test starts Node once or more; a busy machine (CI on two cores) needs more than the default 5 s.
describe('npm run new with flags', { timeout: 30_000 }, () => {
  test('writes a file named from the title that validates once summary and source are filled in', () => {
    const { status, stdout } = runNew(basics);

    expect(status).toBe(0);
    const text = readFileSync(expectedFile(), 'utf8');
    const before = schema.safeParse(frontmatterOf(text));
    expect(before.success).toBe(false);
    expect(new Set(before.error!.issues.map((issue) => issue.path[0]))).toEqual(new Set(['summary', 'sources']));
    const after = schema.parse(frontmatterOf(fillPlaceholders(text)));
    expect(after).toMatchObject({
      title: 'Preston’s anchors: buying local, "the Preston model"',
      place: 'Preston',
      region: 'north-west',
      organisation: 'Preston City Council',
      organisationType: 'district-council',
      themes: ['procurement', 'workforce'],
      started: 2013,
      status: 'ongoing',
      lang: 'en',
      published: today(),
    });
    expect(validateLibrary(contentDir).problems.map((problem) => [problem.line, problem.rule])).toEqual([
      [lineOf(text, 'summary:'), 'summary'],
      [lineOf(text, '  - title:'), 'sources'],
      // The prompts under the headings, each at its own line.
      ...recommendedHeadings.en.map(({ prompt }) => [lineOf(text, prompt), 'unwritten-text']),
    ]);
    writeFileSync(expectedFile(), fillPlaceholders(text));
    expect(validateLibrary(contentDir).problems).toEqual([]);
    expect(stdout).toContain(expectedFile());
    expect(stdout).toMatch(/summary \(line \d+\)/);
    expect(stdout).toMatch(/sources \(line \d+\)/);
    // The final check names each prompt left, at the line the validator will give.
    for (const { prompt } of recommendedHeadings.en)
      expect(stdout).toContain(`the text (line ${lineOf(text, prompt)}): replace the prompt “${prompt.slice(0, 20)}`);
    expect(stdout).toContain('passes validation once its summary, source and text are written');
  });

  test('the completed file passes npm run validate itself, which refused it before', () => {
    runNew(basics);
    const validate = () =>
      spawnSync(node, [path.join(repo, 'scripts/validate.ts'), expectedFile()], {
        cwd: repo,
        env: { ...process.env, CONTENT_DIR: contentDir },
        encoding: 'utf8',
      });

    const before = validate();
    writeFileSync(expectedFile(), fillPlaceholders(readFileSync(expectedFile(), 'utf8')));
    const after = validate();

    expect(before.status).toBe(1);
    expect(before.stdout).toContain('[summary]');
    expect(after.status, after.stdout + after.stderr).toBe(0);
  });

  test('follows the template: its notes in the same order, and the recommended headings', () => {
    runNew(basics);

    const text = readFileSync(expectedFile(), 'utf8');
    const template = readFileSync(templateFile, 'utf8');
    const notes = (file: string) =>
      file.split('\n').filter((line) => /^# [A-Z]/.test(line) && !/^# (The case-study template|Written by)/.test(line));
    const templateNotes = notes(template).filter(
      (line) => !/you\.|copy this file|<slug> is the|ignore files/i.test(line),
    );
    expect(notes(text)).toEqual(expect.arrayContaining(templateNotes));
    expect(notes(text).filter((line) => templateNotes.includes(line))).toEqual(templateNotes);
    expect(text.endsWith(`---\n\n${recommendedBody('en')}`)).toBe(true);
  });

  test('with --lang cy writes Welsh headings, Welsh notes and a Welsh final check', () => {
    const { status, stdout } = runNew([...basics, '--lang', 'cy']);

    expect(status, stdout).toBe(0);
    const text = readFileSync(expectedFile(), 'utf8');
    for (const { heading, prompt } of recommendedHeadings.cy) {
      expect(text).toContain(`## ${heading}\n\n${prompt}`);
      expect(stdout).toContain(`y testun (llinell ${lineOf(text, prompt)})`);
    }
    expect(text).not.toContain('## Context');
    expect(text).toContain('# Ysgrifennwyd gan npm run new');
    expect(stdout).toContain('I’w llenwi o hyd:');
    expect(schema.parse(frontmatterOf(fillPlaceholders(text))).lang).toBe('cy');
  });

  test('takes topics, status, language and themes separated by commas', () => {
    const args = basics
      .filter((_, index) => index < 10)
      .concat([
        '--theme',
        'procurement,workforce',
        '--started',
        '2018',
        '--topic',
        'anchor-institutions',
        '--topic',
        'social-value',
        '--status',
        'completed',
        '--lang',
        'cy',
      ]);

    const { status } = runNew(args);

    expect(status).toBe(0);
    const text = readFileSync(expectedFile(), 'utf8');
    expect(schema.parse(frontmatterOf(fillPlaceholders(text)))).toMatchObject({
      themes: ['procurement', 'workforce'],
      topics: ['anchor-institutions', 'social-value'],
      status: 'completed',
      lang: 'cy',
    });
    expect(text).toContain('## Cyd-destun');
  });

  test('refuses to overwrite an existing file, naming it, and leaves it unchanged', () => {
    writeFileSync(expectedFile(), 'original\n');

    const { status, stderr } = runNew(basics);

    expect(status).toBe(1);
    expect(stderr).toContain(`${expectedFile()} already exists`);
    expect(stderr).toContain('--slug');
    expect(readFileSync(expectedFile(), 'utf8')).toBe('original\n');
  });

  test('refuses a slug that an .mdx case study already uses', () => {
    writeFileSync(expectedFile().replace(/\.md$/, '.mdx'), 'original\n');

    const { status } = runNew(basics);

    expect(status).toBe(1);
    expect(existsSync(expectedFile())).toBe(false);
  });

  test('writes to the file name given with --slug', () => {
    const { status } = runNew([...basics, '--slug', 'preston-anchors']);

    expect(status).toBe(0);
    expect(readdirSync(path.join(contentDir, 'case-studies'))).toEqual(['preston-anchors.md']);
  });

  test('rejects an unknown region with a suggestion, and writes nothing', () => {
    const args = basics.map((arg) => (arg === 'north-west' ? 'North-West' : arg));

    const { status, stderr } = runNew(args);

    expect(status).toBe(1);
    expect(stderr).toContain('region "North-West" is not a region id; did you mean "north-west"?');
    expect(readdirSync(path.join(contentDir, 'case-studies'))).toEqual([]);
  });

  test('reports every wrong flag at once', () => {
    const args = basics.map(
      (arg) => ({ procurement: 'procurment', 'district-council': 'district', '2013': 'twenty' })[arg] ?? arg,
    );

    const { status, stderr } = runNew(args);

    expect(status).toBe(1);
    expect(stderr).toContain('did you mean "procurement"?');
    expect(stderr).toContain('did you mean "district-council"?');
    expect(stderr).toContain('started must be a year');
  });

  test('lists the flags that are missing', () => {
    const { status, stderr } = runNew(['--title', 'Preston anchors buy local']);

    expect(status).toBe(1);
    expect(stderr).toMatch(/missing --place, --region, --organisation, --type, --theme, --started/);
  });

  test('needs a country code outside the UK and writes it in capitals', () => {
    const args = basics.map((arg) => (arg === 'north-west' ? 'outside-uk' : arg));

    const missing = runNew(args);
    const written = runNew([...args, '--country', 'us']);

    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--country');
    expect(written.status).toBe(0);
    expect(schema.parse(frontmatterOf(fillPlaceholders(readFileSync(expectedFile(), 'utf8'))))).toMatchObject({
      region: 'outside-uk',
      country: 'US',
    });
  });

  test('suggests the flag meant when one is misspelt', () => {
    const { status, stderr } = runNew(['--titel', 'Preston anchors']);

    expect(status).toBe(1);
    expect(stderr).toContain('Did you mean --title?');
  });

  test('writes into the content folder given with --dir', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'cwb-new-dir-'));

    const { status } = runNew([...basics, '--dir', other], { CONTENT_DIR: '' });

    expect(status).toBe(0);
    expect(readdirSync(path.join(other, 'case-studies'))).toEqual([
      'prestons-anchors-buying-local-the-preston-model.md',
    ]);
    rmSync(other, { recursive: true, force: true });
  });
});

describe('npm run new without a terminal', { timeout: 30_000 }, () => {
  test('explains how to give the answers as flags', () => {
    const { status, stderr } = runNew([]);

    expect(status).toBe(1);
    expect(stderr).toContain('there is none here');
    expect(stderr).toContain('--title');
    expect(stderr).toContain('--region');
  });
});
