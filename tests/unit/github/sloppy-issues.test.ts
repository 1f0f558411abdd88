/**
 * Issues as people really fill in the "Share a case study" form: sources written "title, address"
 * or "title – publisher, year, address", "N/A" and dashes in optional answers, related case
 * studies named by their titles, a title the library has already, a country typed by name, a body
 * edited by hand on Windows. Each fixture in tests/fixtures/issues/sloppy/ goes through the robot
 * (`scripts/issue-to-file.ts`, as the workflow runs it, against the real library) and becomes the
 * file a person would expect, or a reply that asks what a person would ask, by the form's labels.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { closestCaseStudy, relatedCaseStudies, sourceFrom } from '../../../src/github/issue-form.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const node =
  Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : path.join(repo, 'node_modules/.bin/node');
const fixtures = path.join(repo, 'tests/fixtures/issues/sloppy');
const work = mkdtempSync(path.join(tmpdir(), 'cwb-sloppy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The robot's result for a fixture: its status, the file's front matter and the reply's list. */
function robot(name: string) {
  const out = path.join(work, name);
  const run = spawnSync(
    node,
    [
      path.join(repo, 'scripts/issue-to-file.ts'),
      '--body-file',
      path.join(fixtures, `${name}.md`),
      '--published',
      '2025-06-01',
      '--out',
      out,
    ],
    { cwd: repo, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: '' } },
  );
  expect(run.status, run.stderr).toBe(0);
  const result = JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8')) as { status: string; slug: string };
  const file = readFileSync(path.join(out, `${result.slug}.md`), 'utf8');
  const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]!) as Record<string, unknown>;
  const commentFile = path.join(out, 'comment.md');
  const comment = existsSync(commentFile) ? readFileSync(commentFile, 'utf8') : undefined;
  const items = comment?.split('\n').filter((line) => line.startsWith('- ')) ?? [];
  return { ...result, frontmatter, comment, items, log: run.stdout };
}

/** A reply a contributor reads: labels and plain words, no field keys, YAML, file lines or line:column. */
function expectPlainWords(comment: string): void {
  expect(comment).not.toMatch(/:\d+:\d+|\[(?:related|title|country|sources|summary|contact|outcomes)\]|```|\bslug\b/);
  for (const key of ['organisationType', 'related:', 'country:', 'sources[', 'contact.email', '.md', 'consent: true'])
    expect(comment).not.toContain(key);
}

const preston = 'preston-anchor-institution-procurement';
const wrexhamSource = {
  title: 'Repairs framework review',
  url: 'https://www.example.gov.uk/repairs-review',
  publisher: 'Wrexham County Borough Council',
  year: 2024,
};

/** What a person expects of each fixture: the file's fields, or the reply's lines. */
const expectations: Record<string, { valid: Record<string, unknown> } | { reply: (string | RegExp)[] }> = {
  '01-source-title-comma-address': {
    valid: {
      sources: [
        { title: 'Repairs framework review', url: 'https://www.example.gov.uk/repairs-review' },
        { title: 'Annual procurement report 2023', url: 'https://www.example.gov.uk/procurement-2023' },
      ],
    },
  },
  '02-source-title-publisher-year-address': {
    valid: {
      sources: [
        wrexhamSource,
        {
          title: 'Local spend dashboard',
          url: 'https://www.example.gov.uk/spend',
          publisher: 'Wrexham County Borough Council',
          year: 2023,
        },
      ],
    },
  },
  '03-source-bare-address-and-markdown-link': {
    valid: {
      sources: [
        { title: 'https://www.example.gov.uk/repairs-review', url: 'https://www.example.gov.uk/repairs-review' },
        { title: 'Cabinet report on the repairs framework', url: 'https://www.example.gov.uk/cabinet/2021-03' },
        {
          title: 'https://www.example.org/local-builders-federation',
          url: 'https://www.example.org/local-builders-federation',
        },
      ],
    },
  },
  '04-na-in-optional-fields': {
    valid: {
      ended: undefined,
      population: undefined,
      partners: undefined,
      country: undefined,
      contributors: undefined,
      translationOf: undefined,
      evidence: undefined,
      resources: undefined,
      contact: { name: 'Procurement team' },
    },
  },
  '05-na-parts-of-an-outcome': {
    valid: {
      outcomes: [
        {
          metric: 'Share of repairs spending with firms based in the borough',
          value: 41,
          unit: '%',
          year: 2024,
          source: 1,
        },
        { metric: 'Local firms on the framework', value: 23, unit: 'firms', year: 2024 },
      ],
    },
  },
  '06-related-by-title': { valid: { related: [preston, 'cardiff-socially-responsible-procurement'] } },
  '07-related-titles-with-commas-and-a-slug': {
    valid: {
      related: [
        'cleveland-evergreen-cooperatives',
        'gwynedd-keeping-the-benefit-local',
        'manchester-procurement-spend-analysis',
      ],
    },
  },
  '08-related-near-miss': {
    reply: [
      `- **Related case studies**: No case study in the library is called “Preston anchor procurement”. Did you mean “Preston: anchor institutions buying locally”? If so, write its title as the library has it, or its file name, ${preston}.`,
    ],
  },
  '09-related-not-in-library': {
    reply: [
      '- **Related case studies**: No case study in the library is called “Our allotment scheme for tenants”: give the title or the file name of one that is, or leave it out.',
    ],
  },
  '10-title-already-in-library': {
    reply: [
      '- **Title of the case study**: The library already has a case study called “Cardiff: socially responsible procurement”. Is this an update to it? If it is, say so in a comment here, and the editors will bring that case study up to date from your answers. If it is a different practice, give it a title of its own.',
    ],
  },
  '11-country-by-name': { valid: { region: 'outside-uk', country: 'ES' } },
  '12-country-without-region': { valid: { region: 'outside-uk', country: 'ES' } },
  '13-country-misspelt': {
    reply: ['- **Country (outside the UK only)**: “Spian” is not a country. Did you mean Spain?'],
  },
  '14-edited-by-hand-windows': {
    valid: {
      started: 2021,
      title: 'Smaller repair lots bring local builders into council work',
      sources: [wrexhamSource],
      outcomes: [
        {
          metric: 'Share of repairs spending with firms based in the borough',
          value: 41,
          unit: '%',
          year: 2024,
          baseline: { value: 12, year: 2020 },
          source: 1,
        },
      ],
    },
  },
  '15-everything-wrong-at-once': {
    reply: [
      /^- \*\*Related case studies\*\*: .*Did you mean “Preston: anchor institutions buying locally”\?/,
      '- **Summary**: Enter a summary of one or two sentences.',
      '- **Outcomes** (Outcome 1, Figure): Write a number only, without units or commas, such as 28 or 112.3.',
      '- **Sources**: Give at least one source, with its title.',
      /^- \*\*Contact: e-mail address\*\*: An e-mail address is published only when/,
      '- **Year it ended**: It ended in 2019, before it started in 2022: check both years.',
      '- **Outcomes** (Outcome 1, Source number): Source 2 does not exist: no source is listed yet. Add it under “Sources”.',
    ],
  },
  '16-welsh-sloppy-converts': {
    valid: {
      lang: 'cy',
      ended: undefined,
      population: undefined,
      sources: [
        {
          title: 'Adolygiad o’r fframwaith atgyweirio',
          url: 'https://www.example.gov.uk/adolygiad',
          publisher: 'Cyngor Wrecsam',
          year: 2024,
        },
      ],
      related: ['gwynedd-cadwr-budd-yn-lleol'],
    },
  },
  '17-welsh-questions': {
    reply: [
      '- **Astudiaethau achos cysylltiedig**: Nid oes astudiaeth achos yn y llyfrgell o’r enw “Gwynedd cadw budd lleol”. Ai “Gwynedd: cadw budd gwariant y cyngor yn lleol” oedd gennych mewn golwg? Os felly, ysgrifennwch ei theitl fel y mae yn y llyfrgell, neu enw ei ffeil, gwynedd-cadwr-budd-yn-lleol.',
      /^- \*\*Teitl yr astudiaeth achos\*\*: Mae astudiaeth achos o’r enw “Caerdydd: caffael cymdeithasol gyfrifol” yn y llyfrgell eisoes\. Ai diweddariad iddi yw hwn\?/,
      /^- \*\*Cyswllt: cyfeiriad e-bost\*\*: Dim ond pan fydd/,
    ],
  },
};

describe('sloppy issues, as the robot reads them', { timeout: 60_000 }, () => {
  test('every fixture has an expectation, and there are at least 15', () => {
    const names = readdirSync(fixtures)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.replace(/\.md$/, ''));
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect(names.sort()).toEqual(Object.keys(expectations).sort());
  });

  for (const [name, expected] of Object.entries(expectations)) {
    test(name, () => {
      const result = robot(name);
      if ('valid' in expected) {
        expect(result.status, result.log).toBe('valid');
        expect(result.comment).toBeUndefined();
        for (const [key, value] of Object.entries(expected.valid)) expect(result.frontmatter[key], key).toEqual(value);
        return;
      }
      expect(result.status).toBe('invalid');
      expect(result.items).toHaveLength(expected.reply.length);
      expected.reply.forEach((line, index) =>
        typeof line === 'string' ? expect(result.items[index]).toBe(line) : expect(result.items[index]).toMatch(line),
      );
      expectPlainWords(result.comment!);
      // A title the library has already is asked about, not quietly given another file name.
      if (name === '10-title-already-in-library')
        expect(result.slug).toBe('cardiff-socially-responsible-procurement-2');
    });
  }
});

describe('the forgiving readers', () => {
  test('a source line in each way people write one', () => {
    expect(sourceFrom('Annual report, https://www.example.gov.uk/annual')).toEqual({
      title: 'Annual report',
      url: 'https://www.example.gov.uk/annual',
    });
    expect(sourceFrom('Annual report – Preston City Council, 2019, https://www.example.gov.uk/annual')).toEqual({
      title: 'Annual report',
      url: 'https://www.example.gov.uk/annual',
      publisher: 'Preston City Council',
      year: 2019,
    });
    expect(sourceFrom('Annual report - CLES (2019)')).toEqual({
      title: 'Annual report',
      publisher: 'CLES',
      year: 2019,
    });
    expect(sourceFrom('Cleveland, Ohio: the Evergreen story, 2012')).toEqual({
      title: 'Cleveland, Ohio: the Evergreen story',
      year: 2012,
    });
    expect(sourceFrom('Wales on Wikipedia (https://en.wikipedia.org/wiki/Wales_(country)).')).toEqual({
      title: 'Wales on Wikipedia',
      url: 'https://en.wikipedia.org/wiki/Wales_(country)',
    });
    expect(sourceFrom('www.example.org/report.')).toEqual({
      title: 'https://www.example.org/report',
      url: 'https://www.example.org/report',
    });
    // The form's own format still reads as before, "N/A" parts left out.
    expect(sourceFrom('Annual report | n/a | Preston City Council | 2019')).toEqual({
      title: 'Annual report',
      publisher: 'Preston City Council',
      year: 2019,
    });
  });

  const library = [
    { slug: preston, title: 'Preston: anchor institutions buying locally' },
    { slug: 'preston-city-council-local-spend', title: 'Preston City Council: doubling the share of its own spend' },
    { slug: 'cleveland-evergreen-cooperatives', title: 'Cleveland, Ohio: the Evergreen Cooperatives' },
  ];

  test('related case studies by file name, title or address; a near miss suggested, two equal guesses not', () => {
    expect(
      relatedCaseStudies(
        `${preston} cleveland-evergreen-cooperatives\nhttps://example.org/case-studies/preston-city-council-local-spend/`,
        library,
      ),
    ).toEqual({
      slugs: [preston, 'cleveland-evergreen-cooperatives', 'preston-city-council-local-spend'],
      unknown: [],
    });
    expect(relatedCaseStudies('preston-anchor-institution-procurment', library).unknown).toEqual([
      { typed: 'preston-anchor-institution-procurment', suggestion: library[0] },
    ]);
    // "Preston" alone names two case studies equally: no guess.
    expect(closestCaseStudy('Preston', library)).toBeUndefined();
    expect(relatedCaseStudies('N/A', library)).toEqual({ slugs: [], unknown: [] });
  });
});
