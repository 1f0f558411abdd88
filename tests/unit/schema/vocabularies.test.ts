/**
 * Adding a term is one edit of a taxonomy file (issue 13): a content root whose `topics.yml` (or
 * `organisation-types.yml`, or `regions.yml`) has one more entry than the sample library's, and no
 * other change, has the new term everywhere the vocabulary registry sends it: its page, its
 * vocabulary's index, the search filters and their URL parameter, the index records, the codebook
 * and data page, the JSON Schema and the validator's map of the site.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { codebook } from '../../../src/lib/codebook.ts';
import { caseStudyJsonSchema } from '../../../src/lib/json-schema.ts';
import {
  filterLabels,
  pagefindFilters,
  parseSearchParams,
  searchFacets,
  type SearchFacet,
} from '../../../src/lib/search-query.ts';
import { searchFilters } from '../../../src/lib/search-record.ts';
import { searchUrl } from '../../../src/lib/urls.ts';
import { createCaseStudySchema, type CaseStudyInput } from '../../../src/schema/case-study.ts';
import { defaultContentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import type { Taxonomy } from '../../../src/schema/taxonomy.ts';
import {
  facetOrder,
  fieldVocabularies,
  pagedVocabularies,
  searchFilterNames,
  taxonomyFileNames,
  vocabularies,
} from '../../../src/schema/vocabularies.ts';
import { allTermPagePaths, nationRegions, termIndex } from '../../../src/site/term-routes.ts';
import { siteFiles } from '../../../src/validate/site-map.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cwb-vocabularies-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A content root with the sample vocabularies and `entries` appended to their files (file name → YAML lines). */
function rootWith(name: string, entries: Record<string, string>): string {
  const root = path.join(work, name);
  cpSync(path.join(defaultContentRoot, 'taxonomy'), path.join(root, 'taxonomy'), { recursive: true });
  for (const [file, yaml] of Object.entries(entries)) appendFileSync(path.join(root, 'taxonomy', `${file}.yml`), yaml);
  return root;
}

const caseStudy: CaseStudyInput = {
  title: 'Tidal power owned by the town',
  summary: 'The council and a community company built a tidal lagoon whose profits stay in the town.',
  place: 'Swansea',
  region: 'wales',
  organisation: 'Swansea Council',
  organisationType: 'welsh-council',
  themes: ['ownership'],
  started: 2021,
  status: 'ongoing',
  sources: [{ title: 'Lagoon report' }],
  published: '2025-06-01',
};

const facet = (taxonomy: Taxonomy, name: SearchFacet['name']) =>
  searchFacets(taxonomy).find((candidate) => candidate.name === name)!;
const entry = (data: CaseStudyInput, taxonomy: Taxonomy) => ({
  id: 'tidal',
  data: createCaseStudySchema(taxonomy).parse(data),
});
const describeNation = (nation: string) => `Practice from ${nation}.`;

describe('the registry', () => {
  test('names every taxonomy file, filter and facet once', () => {
    expect(taxonomyFileNames).toEqual([
      'themes',
      'topics',
      'regions',
      'nations',
      'organisation-types',
      'statuses',
      'evidence-levels',
      'size-bands',
    ]);
    expect(searchFilterNames).toEqual(['theme', 'topic', 'region', 'nation', 'type', 'status', 'evidence', 'size']);
    expect([...facetOrder].sort()).toEqual([...searchFilterNames].sort());
    expect(new Set(vocabularies.map((row) => row.key)).size).toBe(vocabularies.length);
  });

  test('gives pages to the five vocabularies the public interface has pages for, at their URLs', () => {
    expect(pagedVocabularies.map((row) => row.segment)).toEqual([
      'themes',
      'topics',
      'regions',
      'nations',
      'organisation-types',
    ]);
  });

  test('names the vocabulary of every codebook column that holds ids, and of no other', () => {
    const columns = Object.entries(codebook).flatMap(([column, item]) =>
      item.vocabulary ? [[column, item.vocabulary] as const] : [],
    );

    expect(new Map(columns)).toEqual(new Map(fieldVocabularies.map((row) => [row.field, row.key])));
  });
});

describe('a topic added to topics.yml', () => {
  const taxonomy = loadTaxonomy(
    rootWith('topic', {
      topics:
        '- { id: tidal-power, label: Tidal power, description: "Energy from the tides, owned locally.", cy: { label: Ynni’r llanw, description: "Ynni o’r llanw, yn eiddo lleol." } }\n',
    }),
  );
  const tagged = entry({ ...caseStudy, topics: ['tidal-power'] }, taxonomy);

  test('is a topic a case study may name, in the JSON Schema too', () => {
    const schema = caseStudyJsonSchema(taxonomy) as { properties: { topics: { items: { enum: string[] } } } };

    expect(tagged.data.topics).toEqual(['tidal-power']);
    expect(schema.properties.topics.items.enum).toContain('tidal-power');
    expect(() => createCaseStudySchema(loadTaxonomy()).parse({ ...caseStudy, topics: ['tidal-power'] })).toThrow();
  });

  test('has its page and a line in the topics list, with its count', () => {
    expect(allTermPagePaths(taxonomy, [tagged])).toContain('topics/tidal-power');
    expect(termIndex('topics', taxonomy, [tagged], describeNation).at(-1)).toMatchObject({
      term: { id: 'tidal-power', label: 'Tidal power' },
      count: 1,
      description: 'Energy from the tides, owned locally.',
    });
    expect(siteFiles(taxonomy, [{ slug: 'tidal', draft: false, data: tagged.data }])).toContain(
      'topics/tidal-power/index.html',
    );
  });

  test('is a search filter value: checkbox, URL parameter, index record and Pagefind filter agree', () => {
    const query = parseSearchParams(new URL(searchUrl('/', { topic: ['tidal-power'] }), 'https://x.org').searchParams);

    expect(facet(taxonomy, 'topic').options.at(-1)).toEqual({
      id: 'tidal-power',
      label: 'Tidal power',
      value: 'Tidal power',
    });
    expect(searchUrl('/', { topic: ['tidal-power'] })).toBe('/search/?topic=tidal-power');
    expect(searchFilters(tagged.data, taxonomy).topic).toEqual(['Tidal power']);
    expect(pagefindFilters(query, filterLabels(searchFacets(taxonomy)))).toEqual({ topic: { any: ['Tidal power'] } });
  });

  test('is listed with the codebook’s topics on the data page', () => {
    const topics = fieldVocabularies.find((row) => row.key === codebook.topics.vocabulary)!;

    expect(taxonomy[topics.key].map((term) => term.id)).toContain('tidal-power');
  });
});

describe('an organisation type added to organisation-types.yml', () => {
  const taxonomy = loadTaxonomy(
    rootWith('type', {
      'organisation-types': '- { id: port-authority, label: Port authority, cy: { label: Awdurdod porthladd } }\n',
    }),
  );
  const tagged = entry({ ...caseStudy, organisationType: 'port-authority' }, taxonomy);

  test('has its page, its filter value and its place in the JSON Schema', () => {
    const schema = caseStudyJsonSchema(taxonomy) as { properties: { organisationType: { enum: string[] } } };

    expect(allTermPagePaths(taxonomy, [tagged])).toContain('organisation-types/port-authority');
    expect(facet(taxonomy, 'type').options.map((option) => option.id)).toContain('port-authority');
    expect(searchFilters(tagged.data, taxonomy).type).toEqual(['Port authority']);
    expect(schema.properties.organisationType.enum).toContain('port-authority');
  });
});

describe('a region added to regions.yml', () => {
  const taxonomy = loadTaxonomy(
    rootWith('region', {
      regions: '- { id: isle-of-man, label: Isle of Man, nation: outside-uk, cy: { label: Ynys Manaw } }\n',
    }),
  );
  const tagged = entry({ ...caseStudy, region: 'isle-of-man' }, taxonomy);

  test('has its page, is listed under its nation, and files its case studies under that nation', () => {
    const outsideUk = taxonomy.nations.find((nation) => nation.id === 'outside-uk')!;

    expect(allTermPagePaths(taxonomy, [tagged])).toContain('regions/isle-of-man');
    expect(nationRegions([tagged], taxonomy, outsideUk).map(({ region, count }) => [region.id, count])).toEqual([
      ['outside-uk', 0],
      ['isle-of-man', 1],
    ]);
    expect(searchFilters(tagged.data, taxonomy)).toMatchObject({ region: ['Isle of Man'], nation: ['Outside the UK'] });
  });

  test('must name a nation the taxonomy has', () => {
    expect(() =>
      loadTaxonomy(
        rootWith('bad-region', {
          regions: '- { id: atlantis, label: Atlantis, nation: nowhere, cy: { label: Atlantis } }\n',
        }),
      ),
    ).toThrow('region "atlantis" names unknown nation "nowhere"');
  });
});
