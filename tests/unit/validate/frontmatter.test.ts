import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { expect, test } from 'vitest';
import { readYaml, safeMatterOptions, splitFrontmatter } from '../../../src/validate/frontmatter.ts';
import { validateLibrary } from '../../../src/validate/index.ts';
import { caseStudyText } from '../../support/case-study.ts';
import { libraryWith } from './scratch-library.ts';

const bad = fileURLToPath(new URL('../../fixtures/validate/bad/', import.meta.url));
/** A content root holding one case study with the given text. */
const library = (name: string, text: string) => libraryWith({ [name]: text }).root;

/** The minimal case study, with the body of tests/fixtures/validate/bad/region-typo.md. */
const valid = caseStudyText({
  body: '## Context\n\nThe council worked with its anchor institutions to spend more locally.\n',
});

test('front matter in JavaScript is refused and never run', () => {
  const marker = path.resolve('cwb-validate-pwned.txt');
  delete (globalThis as Record<string, unknown>).cwbValidatePwned;

  const report = validateLibrary(bad, { paths: [path.join(bad, 'frontmatter-js.md')] });

  expect(report.problems.map((item) => item.rule)).toEqual(['frontmatter-language']);
  expect(existsSync(marker)).toBe(false);
  expect((globalThis as Record<string, unknown>).cwbValidatePwned).toBeUndefined();
});

test('gray-matter, given our options, throws instead of evaluating any other language', () => {
  const code = '---{lang}\n{ title: (() => { globalThis.cwbGrayMatterRan = true; return "x"; })() }\n---\nbody\n';

  for (const lang of ['js', 'javascript', 'JS', 'JavaScript', 'json', 'toml', 'coffee', 'cson', 'yaml-not']) {
    expect(() => matter(code.replace('{lang}', lang), safeMatterOptions), lang).toThrow();
  }
  expect((globalThis as Record<string, unknown>).cwbGrayMatterRan).toBeUndefined();
});

test('an alias bomb is refused in well under a second without being expanded', () => {
  const started = performance.now();

  const report = validateLibrary(bad, { paths: [path.join(bad, 'yaml-alias-bomb.md')] });

  expect(performance.now() - started).toBeLessThan(1000);
  expect(report.problems.some((item) => item.rule === 'yaml-alias' && item.line === 3)).toBe(true);
  expect(report.problems.some((item) => item.rule === 'title')).toBe(false);
});

test('a far bigger alias bomb is refused just as fast', () => {
  const levels = Array.from(
    { length: 30 },
    (_, index) => `l${index + 1}: &l${index + 1} [${Array(20).fill(`*l${index}`).join(', ')}]`,
  );
  const text = `---\nl0: &l0 ["lol"]\n${levels.join('\n')}\ntitle: *l30\n---\n`;
  const started = performance.now();

  const { yaml, problems } = readYaml(
    'bomb.md',
    (splitFrontmatter('bomb.md', text) as { ok: true; frontmatter: { raw: string } }).frontmatter.raw,
  );

  expect(performance.now() - started).toBeLessThan(1000);
  expect(yaml.readable).toBe(false);
  expect(yaml.data).toBeUndefined();
  expect(problems.filter((item) => item.rule === 'yaml-alias')).toHaveLength(31);
});

test('line 1 is the first --- and lines stay right with a byte-order mark and CRLF endings', () => {
  const crlf = `\uFEFF${valid.replace('region: north-west', 'region: North-West').replace(/\n/g, '\r\n')}`;
  const root = library('preston.md', crlf);

  const report = validateLibrary(root);

  expect(report.problems.map((item) => [item.rule, item.line, item.column])).toEqual([['region', 5, 9]]);
});

test('an impossible date written without quotes is refused although js-yaml reads it as 2 March', () => {
  const root = library('preston.md', valid.replace('published: 2025-01-15', 'published: 2025-02-30'));

  const report = validateLibrary(root);

  expect(report.problems).toMatchObject([
    { rule: 'published', line: 13, column: 12, message: 'published "2025-02-30" is not a real date' },
  ]);
});

test('a 29 February that exists is accepted, quoted or not', () => {
  const root = library('preston.md', valid.replace('published: 2025-01-15', 'published: 2024-02-29'));

  expect(validateLibrary(root).problems).toEqual([]);
});

test('a body the parser cannot read stops nothing else: every problem is still reported', () => {
  const text = valid
    .replace('region: north-west', 'region: nowhere')
    .replace('\n## Context', '\n<Callout>\n\n## Context');
  const root = library('preston.mdx', text);

  const report = validateLibrary(root);

  expect(report.problems.map((item) => item.rule)).toEqual(['region', 'mdx-syntax']);
});

test('the body keeps its place: a problem in it is reported at its line in the file', () => {
  const { frontmatter } = splitFrontmatter('x.md', valid) as {
    ok: true;
    frontmatter: { body: string; closingLine: number };
  };

  expect(frontmatter.closingLine).toBe(14);
  expect(frontmatter.body.split('\n')[15]).toBe('## Context');
});
