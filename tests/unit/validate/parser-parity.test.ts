/**
 * Parser parity (issue 6): a differential test of YAML edge cases. Each case is a whole case study
 * read twice — by the validator, and the way the build's content layer reads it (Astro's own
 * `parseFrontmatter` from `@astrojs/internal-helpers`, then the collection's schema). Both must
 * accept and refuse the same files and read the same values. Where the validator is stricter it is
 * on purpose, because the build would silently read something other than what was written; the
 * build refuses those files too, since its content check runs the validator before Astro reads
 * anything (tests/unit/validate/content-check.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, describe, expect, test } from 'vitest';
import { createCaseStudySchema } from '../../../src/schema/case-study.ts';
import { contentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import { readYaml, splitFrontmatter } from '../../../src/validate/frontmatter.ts';
import { validateLibrary } from '../../../src/validate/index.ts';
import { writtenFields } from '../../support/case-study.ts';

const schema = createCaseStudySchema(loadTaxonomy(contentRoot()));
const root = mkdtempSync(path.join(tmpdir(), 'cwb-parity-'));
mkdirSync(path.join(root, 'case-studies'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The minimal case study's fields as written after `key:` (a value starting with a new line is a block). */
const fields: Record<string, string> = writtenFields();

/** A case study whose `field` is written `value` (or with extra lines after the fields). */
function caseStudy(changes: Record<string, string | undefined>, extra = '', { eol = '\n', bom = '' } = {}): string {
  const lines = Object.entries({ ...fields, ...changes })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (value!.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`));
  return `${bom}---\n${[...lines, ...(extra ? [extra] : [])].join('\n')}\n---\n\n## Context\n\nThe council worked with its anchor institutions.\n`.replace(
    /\n/g,
    eol,
  );
}

interface Reading {
  accepted: boolean;
  data?: unknown;
}

/** How the build's content layer reads a file: Astro's front-matter parser, then the collection schema. */
function buildReads(text: string): Reading {
  try {
    const { frontmatter } = parseFrontmatter(text);
    const result = schema.safeParse(frontmatter);
    return result.success ? { accepted: true, data: result.data } : { accepted: false };
  } catch {
    return { accepted: false };
  }
}

let count = 0;
/** How the validator reads a file: whether it accepts it, and the values it read. */
function validatorReads(text: string): Reading {
  const file = path.join(root, 'case-studies', `case-${++count}.md`);
  writeFileSync(file, text);
  const report = validateLibrary(root, { paths: [file] });
  rmSync(file);
  if (report.errorCount > 0) return { accepted: false };
  const split = splitFrontmatter(file, text.replace(/^\uFEFF/, ''));
  if (!split.ok) throw new Error('accepted but not split');
  const result = schema.safeParse(readYaml(file, split.frontmatter.raw).yaml.data ?? {});
  if (!result.success) throw new Error('accepted but refused by the schema');
  return { accepted: true, data: result.data };
}

interface Case {
  name: string;
  text: string;
  /** What both read, when both accept. */
  reads?: Record<string, unknown>;
  /** Refused by the validator only: what the build would have read instead, and why that is wrong. */
  stricter?: string;
}

const cases: Case[] = [
  { name: 'an unquoted date', text: caseStudy({ published: '2025-01-15' }), reads: { published: '2025-01-15' } },
  { name: 'a quoted date', text: caseStudy({ published: '"2025-01-15"' }), reads: { published: '2025-01-15' } },
  {
    name: '29 February in a leap year',
    text: caseStudy({ published: '2024-02-29' }),
    reads: { published: '2024-02-29' },
  },
  { name: 'an impossible quoted date', text: caseStudy({ published: '"2025-02-30"' }) },
  {
    name: 'an impossible unquoted date',
    text: caseStudy({ published: '2025-02-30' }),
    stricter: 'js-yaml rolls 30 February over to 2 March',
  },
  {
    name: 'a date with a time',
    text: caseStudy({ published: '2025-01-15T10:00:00Z' }),
    stricter: 'the time is dropped without a word',
  },
  {
    name: 'a date with a space and time',
    text: caseStudy({ published: '2025-01-15 10:00:00' }),
    stricter: 'the time is dropped without a word',
  },
  { name: 'a time like 12:30 as a title', text: caseStudy({ title: '12:30' }), reads: { title: '12:30' } },
  { name: 'a number with a leading zero as a year', text: caseStudy({ started: '02013' }), reads: { started: 2013 } },
  { name: 'a number with a leading zero as a place', text: caseStudy({ place: '012' }) },
  { name: 'an octal number 0o14', text: caseStudy({}, 'population: 0o14'), reads: { population: 12 } },
  { name: 'a hexadecimal number', text: caseStudy({}, 'population: 0x10'), reads: { population: 16 } },
  { name: 'a number with underscores', text: caseStudy({}, 'population: 1_000') },
  { name: 'infinity (.inf)', text: caseStudy({}, 'population: .inf') },
  { name: 'not a number (.nan)', text: caseStudy({}, 'population: .nan') },
  { name: 'a tilde (null)', text: caseStudy({ place: '~' }) },
  { name: 'an empty value', text: caseStudy({ place: '' }) },
  { name: 'an empty optional value', text: caseStudy({}, 'evidence:') },
  { name: 'yes for a boolean', text: caseStudy({}, 'draft: yes') },
  { name: 'on for a boolean', text: caseStudy({}, 'draft: on') },
  { name: 'off for a boolean', text: caseStudy({}, 'draft: off') },
  { name: 'no as a place name (YAML 1.2, not false)', text: caseStudy({ place: 'no' }), reads: { place: 'no' } },
  { name: 'true as text', text: caseStudy({ place: 'true' }) },
  {
    name: 'an anchor',
    text: caseStudy({ place: '&town Preston' }),
    stricter: 'an anchor is harmless alone, but always comes with an alias',
  },
  {
    name: 'an anchor and an alias',
    text: caseStudy({ place: '&town Preston', organisation: '*town' }),
    stricter: 'an alias repeats a value the reader of the file does not see',
  },
  {
    name: 'a merge key',
    text: caseStudy({}, 'contact:\n  <<: {name: Jo}'),
    stricter: 'js-yaml merges the mapping in silently',
  },
  { name: 'a duplicate key', text: caseStudy({}, 'place: Lancaster') },
  {
    name: 'a standard tag (!!str)',
    text: caseStudy({ place: '!!str 2013' }),
    stricter: 'tags change how a value is read; none is needed',
  },
  { name: 'a JavaScript tag', text: caseStudy({ place: '!!js/function "function () {}"' }) },
  { name: 'a custom tag', text: caseStudy({ place: '!town Preston' }) },
  {
    name: 'a literal block',
    text: caseStudy({ summary: '|\n  The council and its anchor partners\n  moved spending to local suppliers.' }),
    reads: { summary: 'The council and its anchor partners\nmoved spending to local suppliers.' },
  },
  {
    name: 'a folded block',
    text: caseStudy({ summary: '>-\n  The council and its anchor partners\n  moved spending to local suppliers.' }),
    reads: { summary: 'The council and its anchor partners moved spending to local suppliers.' },
  },
  {
    name: 'a multi-line plain value',
    text: caseStudy({ summary: 'The council and its anchor partners\n  moved spending to local suppliers.' }),
    reads: { summary: 'The council and its anchor partners moved spending to local suppliers.' },
  },
  {
    name: 'non-breaking spaces inside a value',
    text: caseStudy({ place: 'Preston\u00a0City' }),
    reads: { place: 'Preston\u00a0City' },
  },
  { name: 'a value of non-breaking spaces only', text: caseStudy({ place: '"\u00a0\u00a0"' }) },
  { name: 'a very long unknown key', text: caseStudy({}, `${'k'.repeat(1000)}: 1`) },
  {
    name: 'a colon inside a quoted title',
    text: caseStudy({ title: '"Preston: anchor procurement"' }),
    reads: { title: 'Preston: anchor procurement' },
  },
  { name: 'a colon inside an unquoted title', text: caseStudy({ title: 'Preston: anchor procurement' }) },
  {
    name: 'a hash that starts a comment',
    text: caseStudy({ place: 'Preston # the city' }),
    reads: { place: 'Preston' },
  },
  {
    name: 'CRLF line endings and a byte-order mark',
    text: caseStudy({}, '', { eol: '\r\n', bom: '\uFEFF' }),
    reads: { place: 'Preston', published: '2025-01-15' },
  },
  { name: 'a null character', text: caseStudy({ place: '"Pres\\0ton"' }), reads: { place: 'Pres\0ton' } },
  {
    name: 'escaped Unicode in double quotes',
    text: caseStudy({ place: '"Caerd\\u0079dd"' }),
    reads: { place: 'Caerdydd' },
  },
  {
    name: 'a flow mapping for the whole front matter',
    text: `---\n{title: Anchor procurement in Preston, summary: The council and its anchor partners moved spending locally., place: Preston, region: north-west, organisation: Preston City Council, organisationType: district-council, themes: [procurement], started: 2013, status: ongoing, sources: [{title: How we built it}], published: 2025-01-15}\n---\n\nText.\n`,
    reads: { place: 'Preston' },
  },
  { name: 'a list as the whole front matter', text: '---\n- title\n---\n\nText.\n' },
  // Files the validator crashed on or read otherwise than the site (issue 12, part 6)
  { name: 'a line "..." and more fields after it', text: caseStudy({}, '...\nevidence: monitored') },
  { name: 'a line "..." at the end', text: caseStudy({}, '...'), reads: { place: 'Preston' } },
  { name: 'a YAML directive', text: caseStudy({}, '%YAML 1.2') },
  { name: 'two byte-order marks', text: caseStudy({}, '', { bom: '\uFEFF\uFEFF' }) },
  {
    name: 'a byte-order mark inside a value',
    text: caseStudy({ place: '\uFEFFPreston' }),
    stricter: 'the place would be published with an invisible character',
  },
  {
    name: 'a carriage return alone inside a value',
    text: caseStudy({ place: 'Preston\r  Lancaster' }),
    stricter: 'js-yaml reads the CR as a line break, "Preston Lancaster", where the file shows one line',
  },
  {
    name: 'a NEL control character inside a value',
    text: caseStudy({ place: 'Pres\u0085ton' }),
    stricter: 'the place would be published with an invisible control character',
  },
  { name: 'a list as a key', text: caseStudy({}, '[evidence]: monitored'), reads: { evidence: 'monitored' } },
];

describe('the validator and the build read each YAML edge case alike', () => {
  test.each(cases)('$name', ({ text, reads, stricter }) => {
    const build = buildReads(text);
    const validator = validatorReads(text);

    if (stricter) {
      expect(validator.accepted).toBe(false);
      expect(build.accepted).toBe(true);
      return;
    }
    expect(validator.accepted).toBe(build.accepted);
    if (validator.accepted) {
      expect(validator.data).toEqual(build.data);
      if (reads) expect(validator.data).toMatchObject(reads);
    } else {
      expect(reads).toBeUndefined();
    }
  });
});

test('the parity corpus holds at least 20 edge cases, both ways', () => {
  expect(cases.length).toBeGreaterThanOrEqual(20);
  expect(cases.filter((item) => item.reads).length).toBeGreaterThanOrEqual(10);
  expect(cases.filter((item) => !item.reads && !item.stricter).length).toBeGreaterThanOrEqual(10);
});
