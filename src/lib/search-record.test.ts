import { describe, expect, test } from 'vitest';
import { createCaseStudySchema, type CaseStudyInput } from '../schema/case-study.ts';
import { loadTaxonomy } from '../schema/load-taxonomy.ts';
import {
  markdownToText,
  searchFilters,
  searchIndexLanguage,
  searchRecord,
  searchTerms,
  termSynonyms,
} from './search-record.ts';

const taxonomy = loadTaxonomy();
const schema = createCaseStudySchema(taxonomy);

const welsh: CaseStudyInput = {
  title: 'Ynni cymunedol yng Nghaerdydd',
  summary: 'Cyngor yn cefnogi cwmnïau ynni cymunedol i gadw cyfoeth yn lleol, gyda phaneli solar ar ysgolion.',
  place: 'Caerdydd',
  region: 'wales',
  organisation: 'Cyngor Caerdydd',
  organisationType: 'welsh-council',
  themes: ['ownership', 'land-property'],
  topics: ['community-energy'],
  started: 2019,
  status: 'ongoing',
  evidence: 'monitored',
  sources: [{ title: 'Adroddiad' }],
  lang: 'cy',
  published: '2025-03-04',
};

describe('searchFilters', () => {
  test('gives English labels for a Welsh case study, including its nation', () => {
    const filters = searchFilters(schema.parse(welsh), taxonomy);

    expect(filters).toEqual({
      theme: ['Plural ownership of the economy', 'Socially productive use of land and property'],
      topic: [taxonomy.topics.find((topic) => topic.id === 'community-energy')!.label],
      region: ['Wales'],
      nation: ['Wales'],
      type: ['Welsh council'],
      status: ['Ongoing'],
      evidence: ['Monitored'],
    });
  });

  test('leaves out filters the case study has no value for', () => {
    const { topics: _topics, evidence: _evidence, ...bare } = welsh;

    const filters = searchFilters(schema.parse(bare), taxonomy);

    expect(Object.keys(filters).sort()).toEqual(['nation', 'region', 'status', 'theme', 'type']);
  });

  test('names the nation of an English region', () => {
    const filters = searchFilters(schema.parse({ ...welsh, region: 'north-west' }), taxonomy);

    expect(filters.nation).toEqual(['England']);
  });
});

describe('searchRecord', () => {
  test('indexes every case study in the one index language, at its URL without the base', () => {
    const record = searchRecord('ynni-caerdydd', schema.parse(welsh), 'Testun.', taxonomy);

    expect(record.language).toBe(searchIndexLanguage);
    expect(record.url).toBe('/case-studies/ynni-caerdydd/');
  });

  test('carries the meta and sort keys of the case-study page', () => {
    const record = searchRecord('ynni-caerdydd', schema.parse(welsh), '', taxonomy);

    expect(record.meta).toEqual({
      title: welsh.title,
      summary: welsh.summary,
      place: 'Caerdydd',
      organisation: 'Cyngor Caerdydd',
      lang: 'cy',
    });
    expect(record.sort).toEqual({ published: '2025-03-04', started: '2019' });
  });

  test('makes the title, summary, place and body words findable', () => {
    const record = searchRecord(
      'ynni-caerdydd',
      schema.parse(welsh),
      '## Cyd-destun\n\nMae **paneli** solar ar doeau.',
      taxonomy,
    );

    for (const word of ['Ynni', 'cwmnïau', 'Caerdydd', 'Cyd-destun', 'paneli', 'doeau'])
      expect(record.content).toContain(word);
  });
});

describe('markdownToText', () => {
  test('keeps the words and drops markup, link targets and tags', () => {
    const text = markdownToText(
      '# Heading\n\nA [link](https://example.org/x) and *emphasis* with `code`.\n\n<Callout title="Note">\nInside a component.\n</Callout>\n\n| a | b |\n| - | - |\n| cell one | cell two |\n',
    );

    expect(text).toContain('Heading');
    expect(text).toContain('A link and emphasis with code.');
    expect(text).toContain('Inside a component.');
    expect(text).toContain('cell one');
    expect(text).not.toMatch(/https:|<|\*|\|/);
  });

  test('keeps words of separate blocks apart', () => {
    const text = markdownToText('First paragraph\n\nSecond paragraph');

    expect(text.split('\n')).toEqual(['First paragraph', 'Second paragraph']);
  });
});

describe('searchTerms', () => {
  const workforce = taxonomy.themes.find((term) => term.id === 'workforce')!;
  const livingWage = taxonomy.topics.find((term) => term.id === 'real-living-wage')!;

  test('gives the labels of the themes and topics in English and Welsh, the case study’s language first', () => {
    const terms = searchTerms(
      schema.parse({ ...welsh, themes: ['workforce'], topics: ['real-living-wage'] }),
      taxonomy,
    );

    // A Welsh case study: Welsh labels first, then the English ones.
    expect(terms.labels).toEqual([workforce.cy.label, livingWage.cy.label, workforce.label, livingWage.label]);
  });

  test('gives the synonyms of its terms in both languages, and no description (issue 15)', () => {
    const terms = searchTerms(
      schema.parse({ ...welsh, lang: 'en', themes: ['workforce'], topics: ['real-living-wage'] }),
      taxonomy,
    );

    expect(livingWage.synonyms?.length).toBeGreaterThan(0);
    expect(terms.synonyms).toEqual([...(livingWage.synonyms ?? []), ...(livingWage.cy.synonyms ?? [])]);
    expect(Object.values(terms).flat().join(' ')).not.toContain(workforce.description!);
  });

  test('lists a text once however many terms share it', () => {
    const terms = searchTerms(schema.parse({ ...welsh, topics: [] }), taxonomy);

    expect(new Set(terms.labels).size).toBe(terms.labels.length);
    expect(new Set(terms.synonyms).size).toBe(terms.synonyms.length);
  });
});

describe('termSynonyms', () => {
  test('gives each term with synonyms by its index value, in both languages', () => {
    const insourcing = taxonomy.topics.find((term) => term.id === 'insourcing')!;

    expect(termSynonyms(taxonomy)[insourcing.label]).toEqual([
      ...(insourcing.synonyms ?? []),
      ...(insourcing.cy.synonyms ?? []),
    ]);
  });
});

describe('searchRecord text', () => {
  test('holds the topics’ labels and synonyms, so "in-house" finds a case study tagged insourcing', () => {
    const record = searchRecord(
      'x',
      schema.parse({ ...welsh, lang: 'en', topics: ['insourcing'] }),
      'Nothing about it here.',
      taxonomy,
    );

    expect(record.content).toContain('Insourcing.');
    expect(record.content).toContain('in-house');
  });

  test('does not hold the terms’ descriptions, which every case study with the term shares', () => {
    const record = searchRecord(
      'x',
      schema.parse({ ...welsh, lang: 'en', themes: ['workforce'], topics: [] }),
      'Nothing about it here.',
      taxonomy,
    );
    const workforce = taxonomy.themes.find((term) => term.id === 'workforce')!;

    expect(record.content).not.toContain(workforce.description!);
    expect(record.content).not.toContain('Real Living Wage');
  });
});
