import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { caseStudyFields, createCaseStudySchema, slugPattern, type CaseStudyInput } from '../schema/case-study.ts';
import { loadTaxonomy } from '../schema/load-taxonomy.ts';
import { readFileSync } from 'node:fs';
import {
  caseStudyFile,
  fillTemplate,
  frontmatterYaml,
  recommendedBody,
  recommendedHeadings,
  slugFromTitle,
} from './case-study-file.ts';

const schema = createCaseStudySchema(loadTaxonomy());

/** Splits a written file into its frontmatter (read as Astro reads it, with js-yaml) and body. */
function read(file: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)---\n\n?([\s\S]*)$/.exec(file);
  if (!match) throw new Error(`not a frontmatter file:\n${file}`);
  return { data: yaml.load(match[1]!), body: match[2]! };
}

const complete: CaseStudyInput = {
  title: 'Preston: "anchor" spend #1 🚀',
  summary:
    'Six anchor institutions in Preston moved more of their spending to local firms, worth £112.3m a year by 2017.',
  place: 'Preston',
  region: 'north-west',
  organisation: 'Preston City Council',
  organisationType: 'district-council',
  partners: ['Lancashire County Council', 'UCLan'],
  themes: ['procurement', 'workforce'],
  topics: ['anchor-institutions', 'spend-analysis'],
  started: 2013,
  ended: 2019,
  status: 'completed',
  population: 147800,
  outcomes: [
    {
      metric: 'Anchor spend retained in Preston',
      value: 112.3,
      unit: '£m',
      year: 2017,
      baseline: { value: 38.3, year: 2013 },
      source: 1,
    },
  ],
  evidence: 'independently-evaluated',
  resources: {
    cost: { value: 1.2, unit: '£m', period: 'one-off', year: 2014, source: 1 },
    funders: ['Preston City Council', 'Lottery: community fund'],
    staff: 'two officers for 18 months',
  },
  transferability: 'A council with a procurement team and anchor partners willing to share spend data.',
  sources: [
    {
      title: 'How we built community wealth in Preston',
      url: 'https://cles.org.uk/publications/how-we-built-community-wealth-in-preston/',
      publisher: 'CLES',
      year: 2019,
    },
  ],
  contact: {
    name: 'Community Wealth team',
    role: 'Policy',
    organisation: 'Preston City Council',
    url: 'https://www.preston.gov.uk/',
    email: 'cwb@preston.gov.uk',
    consent: true,
  },
  contributors: ['A. Contributor'],
  related: ['manchester-spend'],
  image: { src: 'images/preston.jpg', alt: 'Preston market hall', credit: 'Someone' },
  lang: 'en',
  translationOf: 'preston-cy',
  published: '2025-06-01',
  updated: '2025-07-01',
  reviewed: '2025-08-01',
  withdrawn: { date: '2026-01-10', reason: 'The programme was replaced in 2025.', replacedBy: 'preston-2' },
  draft: false,
};

describe('caseStudyFile', () => {
  test('writes a file whose frontmatter parses back to the same data', () => {
    const file = caseStudyFile(complete, recommendedBody('en'));

    const { data, body } = read(file);

    expect(schema.parse(data)).toEqual(schema.parse(complete));
    expect(body).toBe(recommendedBody('en'));
  });

  test('writes the fields in the order the public interface lists them', () => {
    const file = caseStudyFile(complete, '');

    const keys = file
      .split('\n')
      .filter((line) => /^[a-zA-Z]+:/.test(line))
      .map((line) => line.split(':')[0]);

    expect(keys).toEqual(caseStudyFields.filter((field) => field !== 'country'));
  });

  test.each([
    ['quotes', 'The "Preston model" and its \'anchors\''],
    ['colons and hashes', 'Preston: anchors #1 — a story: part 2'],
    ['Welsh letters', 'Caffael yng Ngwynedd: cadw’r budd yn lleol ŵ ŷ'],
    ['emoji', 'Green City Growers 🌱 and the Evergreen co-ops'],
    ['YAML 1.1 words and numbers', 'yes'],
    ['a leading dash and brackets', '- [draft] {maybe} & *star* | pipe > more'],
  ])('keeps a title with %s exactly', (_, title) => {
    const input = { ...complete, title: title.padEnd(5, '!') };

    const { data } = read(caseStudyFile(input, ''));

    expect(schema.parse(data).title).toBe(input.title);
  });

  test('quotes text that a YAML 1.1 parser (gray-matter) would read as something else', () => {
    const input = { ...complete, place: 'no', partners: ['on', '1:20', '2024-01-01', '0o17', '~', 'null'] };

    const file = caseStudyFile(input, '');

    const viaGrayMatter = matter(file, { language: 'yaml' }).data;
    const viaYaml11 = parseYaml(file.split('---\n')[1]!, { version: '1.1' });
    expect(viaGrayMatter.place).toBe('no');
    expect(viaGrayMatter.partners).toEqual(input.partners);
    expect(viaYaml11.partners).toEqual(input.partners);
  });

  test('leaves out optional fields that are empty', () => {
    const input = {
      ...complete,
      partners: ['', '  '],
      topics: [],
      contact: { name: '', email: undefined },
      population: undefined,
      ended: Number.NaN,
      evidence: '',
    };

    const file = caseStudyFile(input as CaseStudyInput, '');

    expect(file).not.toMatch(/^(partners|topics|contact|population|ended|evidence):/m);
  });

  test('writes dates as YYYY-MM-DD without quotes, from text or a Date', () => {
    const file = caseStudyFile({ ...complete, published: new Date('2025-02-03T00:00:00Z'), updated: '2025-03-04' }, '');

    expect(file).toMatch(/^published: 2025-02-03$/m);
    expect(file).toMatch(/^updated: 2025-03-04$/m);
  });

  test('never writes anchors, aliases or tags, even for a repeated object', () => {
    const shared = { title: 'Same report', year: 2020 };

    const file = caseStudyFile({ ...complete, sources: [shared, shared] }, '');

    expect(file).not.toMatch(/[&*!]\w/);
    expect(schema.parse(read(file).data).sources).toEqual([shared, shared]);
  });

  test('keeps unknown keys so that validation can report them', () => {
    const text = frontmatterYaml({ ...complete, regoin: 'wales' } as Record<string, unknown>);

    expect(text.trimEnd().endsWith('regoin: wales')).toBe(true);
  });

  test('writes a body after a blank line, ending with one newline', () => {
    expect(caseStudyFile({ title: 'Hello world' }, '\n\nSome text\r\n\r\n')).toBe(
      '---\ntitle: Hello world\n---\n\nSome text\n',
    );
  });
});

describe('slugFromTitle', () => {
  test('turns Welsh letters and punctuation into ASCII words', () => {
    expect(slugFromTitle('Caffael yng Ngwynedd: ŵ ŷ')).toBe('caffael-yng-ngwynedd-w-y');
  });

  test('joins apostrophes and spells out ampersands', () => {
    expect(slugFromTitle('Preston’s anchors & Manchester’s co-ops')).toBe('prestons-anchors-and-manchesters-co-ops');
  });

  test('drops emoji and symbols', () => {
    expect(slugFromTitle('🌱 Green City Growers: £5.8m, 3.25 acres!')).toBe('green-city-growers-5-8m-3-25-acres');
  });

  test('transliterates letters without a decomposition', () => {
    expect(slugFromTitle('Straße Æble Øresund Łódź')).toBe('strasse-aeble-oresund-lodz');
  });

  test('cuts long titles at a hyphen, at most 80 characters', () => {
    const slug = slugFromTitle(
      'Community wealth building across the whole of the Liverpool City Region and its six councils together',
    );

    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(slugPattern);
    expect(
      'community-wealth-building-across-the-whole-of-the-liverpool-city-region-and-its-six-councils-together'.startsWith(
        `${slug}-`,
      ),
    ).toBe(true);
  });

  test('cuts a single over-long word at 80 characters', () => {
    expect(slugFromTitle('x'.repeat(100))).toBe('x'.repeat(80));
  });

  test('gives an empty slug when the title has no letter or digit', () => {
    expect(slugFromTitle('🎉 — 🎉')).toBe('');
  });
});

describe('recommendedBody', () => {
  test('has the recommended headings in order, each with a prompt', () => {
    const body = recommendedBody('en');

    expect(body.match(/^## .*$/gm)).toEqual([
      '## Context',
      '## What was done',
      '## Outcomes',
      '## Lessons for other places',
      '## Next steps',
    ]);
    expect(
      body
        .split(/^## .*$/m)
        .slice(1)
        .every((section) => section.trim().length > 10),
    ).toBe(true);
  });

  test('has Welsh headings for a Welsh case study', () => {
    expect(recommendedBody('cy').match(/^## .*$/gm)).toEqual(
      recommendedHeadings.cy.map(({ heading }) => `## ${heading}`),
    );
    expect(recommendedBody('cy')).toContain('## Cyd-destun');
  });
});

describe('fillTemplate', () => {
  const template = readFileSync(new URL('../../content/case-studies/_template.md', import.meta.url), 'utf8');

  test("the template's body is the recommended body", () => {
    expect(template.split('\n---\n\n')[1]).toBe(recommendedBody('en'));
  });

  test('the template names every field of the public interface, each after a note', () => {
    const lines = template.split('\n');

    for (const field of caseStudyFields) {
      const index = lines.findIndex((line) => new RegExp(`^(# )?${field}:`).test(line));
      expect(index, field).toBeGreaterThan(0);
      expect(lines[index - 1], field).toMatch(/^# \S/);
    }
  });

  test('replaces placeholders, uncomments optional fields and keeps the notes', () => {
    const filled = fillTemplate(
      template,
      { title: 'Preston buys local', topics: ['social-value'], published: '2025-06-01' },
      { body: 'Text' },
    );

    expect(filled).toMatch(/^title: Preston buys local$/m);
    expect(filled).toMatch(/^topics:\n {2}- social-value\n# Required\. The year/m);
    expect(filled).not.toContain('#   - anchor-institutions');
    expect(filled).toMatch(/^published: 2025-06-01$/m);
    expect(filled).toContain('# Required. The headline, 5 to 120 characters');
    expect(filled).toMatch(/^summary: "" # to fill in/m);
    expect(filled.endsWith('---\n\nText\n')).toBe(true);
  });

  test('replaces a list placeholder with all its lines', () => {
    const filled = fillTemplate(template, { themes: ['finance', 'ownership'] }, { body: '' });

    expect(filled).toMatch(/^themes:\n {2}- finance\n {2}- ownership\n# Optional\. Topic ids/m);
  });

  test('replaces the first paragraph of notes with the header given', () => {
    const filled = fillTemplate(template, {}, { body: '', header: ['# Written today.'] });

    expect(filled.startsWith('---\n# Written today.\n\n# Lines starting with #')).toBe(true);
    expect(filled).not.toContain('The case-study template');
  });

  test('adds fields the template does not name at the end', () => {
    const filled = fillTemplate('---\ntitle: x\n---\n', { title: 'Hello world', place: 'Leeds' }, { body: '' });

    expect(filled).toBe('---\ntitle: Hello world\nplace: Leeds\n---\n\n');
  });
});
