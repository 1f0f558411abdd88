/**
 * No crash, no location-less error, one reading (issue 12): fast-check writes case studies from
 * the public interface's grammar (every field, with ids from the library's own vocabularies), then
 * mutates them the ways files go wrong — a byte-order mark, a delimiter, a YAML marker (`...`,
 * `---`, `%YAML`), a control or invisible character, a quote, a bracket, a line cut or repeated —
 * at any place. For every file:
 *  - the validator never throws and never reports `internal-error`;
 *  - every problem is in the file, on one of its lines, at a column of that line (or just after);
 *  - a file the validator accepts is read by the build (Astro's `parseFrontmatter`, then the
 *    collection's schema) as accepted, with the same values the validator read;
 *  - a file written from the grammar and left unmutated is accepted.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCaseStudySchema } from '../../../src/schema/case-study.ts';
import { contentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import { stopBodyWorker, waitForBodyWorker } from '../../../src/validate/bounded-body.ts';
import { splitFrontmatter } from '../../../src/validate/frontmatter.ts';
import { validateLibrary } from '../../../src/validate/index.ts';

const taxonomy = loadTaxonomy(contentRoot());
const schema = createCaseStudySchema(taxonomy);
const root = mkdtempSync(path.join(tmpdir(), 'cwb-grammar-'));
mkdirSync(path.join(root, 'case-studies'));
beforeAll(() => {
  waitForBodyWorker();
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await stopBodyWorker();
});

const ids = (terms: readonly { id: string }[]) => terms.map((term) => term.id);
const ukRegions = taxonomy.regions.filter((region) => region.id !== 'outside-uk').map((region) => region.id);

// Words only, so that no generated text is a telephone number, an address or a link by chance.
const words = [
  'Preston',
  'council',
  'anchor',
  'spend',
  'local',
  'co-operative',
  'Tŷ',
  'Caerdydd',
  'wealth',
  'land',
  'trust',
  'fund',
  'pension',
  'wage',
  'jobs',
  '£4m',
  '2019',
  '55%',
  'and',
  'the',
  'of',
];
const phrase = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...words), {
      minLength: Math.ceil(min / 4),
      maxLength: Math.max(Math.ceil(min / 4), Math.floor(max / 9)),
    })
    .map((list) => list.join(' '))
    .filter((text) => text.length >= min && text.length <= max);
/** A YAML scalar as a contributor writes one: plain, double- or single-quoted. */
const scalar = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.constantFrom('plain', 'double', 'single'))
    .map(([value, style]) =>
      style === 'double'
        ? JSON.stringify(value)
        : style === 'single'
          ? `'${value.replace(/'/g, "''")}'`
          : /^\p{L}/u.test(value) && !/[:#]/.test(value)
            ? value
            : JSON.stringify(value),
    );
const year = fc.integer({ min: 1990, max: 2026 });
const date = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2026-11-30T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));
const list = (items: fc.Arbitrary<string>[] | fc.Arbitrary<string>, flow: boolean) => (values: string[]) =>
  flow ? `[${values.join(', ')}]` : values.map((value) => `\n  - ${value}`).join('');

const caseStudy = fc
  .record({
    title: scalar(phrase(5, 100)),
    summary: scalar(phrase(20, 280)),
    place: scalar(phrase(3, 40)),
    region: fc.constantFrom(...ukRegions),
    organisation: scalar(phrase(3, 60)),
    organisationType: fc.constantFrom(...ids(taxonomy.organisationTypes)),
    themes: fc.uniqueArray(fc.constantFrom(...ids(taxonomy.themes)), { minLength: 1, maxLength: 5 }),
    topics: fc.option(fc.uniqueArray(fc.constantFrom(...ids(taxonomy.topics)), { minLength: 1, maxLength: 4 }), {
      nil: undefined,
    }),
    started: year,
    length: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    status: fc.constantFrom(...ids(taxonomy.statuses)),
    population: fc.option(fc.integer({ min: 1, max: 9_000_000 }), { nil: undefined }),
    evidence: fc.option(fc.constantFrom(...ids(taxonomy.evidenceLevels)), { nil: undefined }),
    sources: fc.array(
      fc.record({
        title: scalar(phrase(3, 60)),
        year: fc.option(year, { nil: undefined }),
        url: fc.option(
          fc.constantFrom('https://www.preston.gov.uk/cwb', 'https://cles.org.uk/what-is-community-wealth-building/'),
          { nil: undefined },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    lang: fc.option(fc.constantFrom('en', 'cy'), { nil: undefined }),
    published: date,
    quoteDate: fc.boolean(),
    flow: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    body: fc.array(
      fc.oneof(
        phrase(10, 200).map((text) => `${text}.\n\n`),
        fc.constantFrom(
          '## Context\n\n',
          '## What was done\n\n',
          '- one\n- two\n\n',
          '> A quotation.\n\n',
          '| a | b |\n|:--|--:|\n| 1 | 2 |\n\n',
          '*Emphasis* and **strong**.\n\n',
          '`code` here.\n\n',
        ),
      ),
      { maxLength: 8 },
    ),
  })
  .map((value) => {
    const lines = [
      `title: ${value.title}`,
      `summary: ${value.summary}`,
      `place: ${value.place}`,
      `region: ${value.region}`,
      `organisation: ${value.organisation}`,
      `organisationType: ${value.organisationType}`,
      `themes: ${list([], value.flow)(value.themes)}`.replace(': \n', ':\n'),
      ...(value.topics ? [`topics: ${list([], value.flow)(value.topics)}`.replace(': \n', ':\n')] : []),
      `started: ${value.started}`,
      ...(value.length !== undefined && value.started + value.length <= 2026
        ? [`ended: ${value.started + value.length}`]
        : []),
      `status: ${value.status}`,
      ...(value.population ? [`population: ${value.population}`] : []),
      ...(value.evidence ? [`evidence: ${value.evidence}`] : []),
      'sources:',
      ...value.sources.flatMap((source) => [
        `  - title: ${source.title}`,
        ...(source.year ? [`    year: ${source.year}`] : []),
        ...(source.url ? [`    url: ${source.url}`] : []),
      ]),
      ...(value.lang ? [`lang: ${value.lang}`] : []),
      `published: ${value.quoteDate ? `"${value.published}"` : value.published}`,
    ].map((line) => line.replace(/: \n/, ':\n'));
    const text = `---\n${lines.join('\n')}\n---\n\n${value.body.join('')}`;
    return `${value.bom ? '\uFEFF' : ''}${value.crlf ? text.replace(/\n/g, '\r\n') : text}`;
  });

/** What goes wrong in files: each inserted at a place, or a piece cut or repeated. */
const inserts = [
  '\uFEFF',
  '---',
  '\n---\n',
  '\n...\n',
  '...',
  '\n%YAML 1.2\n',
  '%',
  '+++',
  '\r',
  '\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u2028',
  '\u200b',
  '\u00a0',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '#',
  '&a ',
  '*a',
  '!!str ',
  '<<: ',
  '- ',
  '  ',
  '|',
  '>',
  '\\',
  '<',
  '<div>',
  '`',
  '```',
  '*',
  '_',
  '&#64;',
  '@',
  '\uD800',
  'é',
];
type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...inserts) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
    ),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
);
function mutate(text: string, change: Mutation): string {
  const at = change.at % (text.length + 1);
  if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  if (change.kind === 'cut') return text.slice(0, at) + text.slice(at + change.length);
  return text.slice(0, at + change.length) + text.slice(at, at + change.length) + text.slice(at + change.length);
}

let count = 0;
/** The validator's report on `text`, and the values it read when it accepted the file. */
function validatorReads(text: string) {
  const file = path.join(root, 'case-studies', `case-${++count}.md`);
  writeFileSync(file, text);
  // What is on disk: a lone surrogate is written as U+FFFD.
  text = readFileSync(file, 'utf8');
  try {
    const report = validateLibrary(root, { paths: [file] });
    if (report.errorCount > 0) return { file, report, data: undefined, text };
    const split = splitFrontmatter(file, text.replace(/^\uFEFF/, ''));
    if (!split.ok) throw new Error('accepted, but its front matter could not be split off');
    // The values as the validator reads them: js-yaml, as Astro does (readYaml's `yaml` document only locates).
    return { file, report, data: schema.parse(yaml.load(split.frontmatter.raw) ?? {}), text };
  } finally {
    rmSync(file);
  }
}

/** How the build's content layer reads a file: Astro's front-matter parser, then the collection schema. */
function buildReads(text: string): { accepted: boolean; data?: unknown } {
  try {
    const result = schema.safeParse(parseFrontmatter(text).frontmatter);
    return result.success ? { accepted: true, data: result.data } : { accepted: false };
  } catch {
    return { accepted: false };
  }
}

/** The file's lines as an editor counts them (LF, CRLF; a lone CR is refused, so counts as a break too). */
const lineLengths = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .map((line) => line.length);

function checkOne(written: string): boolean {
  const { file, report, data, text } = validatorReads(written);
  const lengths = lineLengths(text);
  for (const item of report.problems) {
    expect(item.file, item.message).toBe(file);
    expect(item.rule, item.message).not.toBe('internal-error');
    expect(
      item.line >= 1 && item.line <= lengths.length + 1,
      `${item.rule} at line ${item.line} of ${lengths.length}: ${item.message}`,
    ).toBe(true);
    expect(
      item.column >= 1 && item.column <= (lengths[item.line - 1] ?? 0) + 2,
      `${item.rule} at ${item.line}:${item.column}: ${item.message}`,
    ).toBe(true);
  }
  if (data !== undefined) {
    const build = buildReads(text);
    expect(build.accepted, 'the validator accepted a file the build refuses').toBe(true);
    expect(build.data).toEqual(data);
  }
  return data !== undefined;
}

test('a case study written from the public interface grammar is accepted, and read alike by the validator and the build', () => {
  fc.assert(
    fc.property(caseStudy, (text) => {
      expect(checkOne(text), text).toBe(true);
    }),
    { numRuns: 150, seed: Number(process.env.CWB_PROPERTY_SEED ?? 12) },
  );
}, 120_000);

test('mutated case studies: never a crash, every problem on a line of the file, and what the validator accepts the build reads the same', () => {
  let accepted = 0;
  fc.assert(
    fc.property(caseStudy, fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, changes) => {
      if (checkOne(changes.reduce(mutate, text))) accepted++;
    }),
    { numRuns: Number(process.env.CWB_PROPERTY_RUNS ?? 400), seed: Number(process.env.CWB_PROPERTY_SEED ?? 12) },
  );
  // Most mutations leave a readable file or one refused for a reason; both kinds must be seen.
  expect(accepted).toBeGreaterThan(20);
}, 300_000);
