import { expect, test } from 'vitest';
import { buildOrganisationIndex } from '../../../src/lib/organisations.ts';
import { buildLinkIndex } from '../../../src/lib/related.ts';
import { buildSimilarityIndex } from '../../../src/lib/similar.ts';
import type { CaseStudy } from '../../../src/lib/case-studies.ts';
import {
  caseStudyPage,
  caseStudyStructuredData,
  pageOutline,
  pageSections,
  similarNote,
} from '../../../src/site/case-study-page.ts';
import { caseStudyWords } from '../../../src/i18n/index.ts';
import { caseStudy, taxonomy } from '../lib/site-fixtures.ts';

const site = new URL('https://example.org');

function pageOf(entries: CaseStudy[], id: string, base = '/') {
  const entry = entries.find((candidate) => candidate.id === id)!;
  const context = {
    taxonomy,
    organisations: buildOrganisationIndex(entries),
    links: buildLinkIndex(entries),
    similarity: buildSimilarityIndex(entries),
    base,
    site,
  };
  return { entry, page: caseStudyPage(entry, context) };
}

test('links the lead organisation and partners to their pages', () => {
  const entries = [caseStudy('preston', { partners: ['Lancashire County Council'] })];

  const { page } = pageOf(entries, 'preston', '/library/');

  expect(page.path).toBe('/library/case-studies/preston/');
  expect(page.url).toBe('https://example.org/library/case-studies/preston/');
  expect(page.organisationHref).toBe('/library/organisations/preston-city-council/');
  expect(page.partners).toEqual([
    { name: 'Lancashire County Council', href: '/library/organisations/lancashire-county-council/' },
  ]);
});

test('gives its themes and topics in its own language, with their pages', () => {
  const entries = [caseStudy('caerdydd', { lang: 'cy', themes: ['procurement'], topics: ['anchor-institutions'] })];

  const { page } = pageOf(entries, 'caerdydd');

  expect(page.t.keyFacts).toBe('Ffeithiau allweddol');
  expect(page.themes[0]).toMatchObject({ id: 'procurement', label: { lang: 'cy' }, href: '/themes/procurement/' });
  expect(page.topics[0]).toMatchObject({ id: 'anchor-institutions', href: '/topics/anchor-institutions/' });
  expect(page.termNames).toEqual([page.themes[0]!.label.text, page.topics[0]!.label.text]);
});

test('lists similar practice it does not already link to, saying what each shares', () => {
  const entries = [
    caseStudy('preston', { topics: ['anchor-institutions'], related: ['leeds'] }),
    caseStudy('leeds', { topics: ['anchor-institutions'] }),
    caseStudy('wigan', { topics: ['anchor-institutions'] }),
  ];

  const { page } = pageOf(entries, 'preston');

  expect(page.related.map((entry) => entry.id)).toEqual(['leeds']);
  expect(page.similar.map(({ entry }) => entry.id)).toEqual(['wigan']);
  expect(page.similar[0]!.note).toBe(
    'Shares: Anchor institutions, Progressive procurement of goods and services, same region, same type of organisation',
  );
});

test('says what a match shares in the page’s language', () => {
  const shared = { topics: [], themes: ['procurement'], region: true, organisationType: false };

  expect(similarNote(shared, taxonomy, 'cy')).toMatch(/^Yn rhannu: .+, yr un rhanbarth$/);
});

test('lists the page’s own sections that have something in them, in the page’s order', () => {
  const t = caseStudyWords('en');

  const all = pageSections(t, { figures: true, contact: true, related: true, similar: true });
  const fewest = pageSections(t, { figures: false, contact: false, related: false, similar: false });

  expect(all.map((section) => section.slug)).toEqual([
    'figures-heading',
    'sources-heading',
    'contact-heading',
    'related-heading',
    'similar-heading',
  ]);
  expect(fewest).toEqual([{ slug: 'sources-heading', text: 'Sources' }]);
});

test('shows the outline only when the text is long enough', () => {
  const headings = [1, 2, 3].map((n) => ({ depth: 2, slug: `part-${n}`, text: `Part ${n}` }));
  const sections = [{ slug: 'sources-heading', text: 'Sources' }];

  const long = pageOutline(headings, sections, 400);
  const short = pageOutline(headings, sections, 10);

  expect(long.items.map((item) => item.slug)).toEqual(['part-1', 'part-2', 'part-3', 'sources-heading']);
  expect(long.show).toBe(true);
  expect(short.show).toBe(false);
});

test('names the file to edit and the date it last changed', () => {
  const entries = [
    { ...caseStudy('preston', { updated: '2024-06-01' }), filePath: 'content/case-studies/preston.mdx' },
  ];

  const { page } = pageOf(entries, 'preston');

  expect(page.fileName).toBe('preston.mdx');
  expect(page.lastChanged).toBe('2024-06-01');
});

test('writes structured data with the page’s breadcrumbs and translations', () => {
  const entries = [caseStudy('preston'), caseStudy('preston-cy', { lang: 'cy', translationOf: 'preston' })];
  const { entry, page } = pageOf(entries, 'preston');

  const jsonLd = JSON.parse(
    caseStudyStructuredData(entry, page, { base: '/', site, siteName: 'The library', imageUrl: undefined }),
  );

  const graph = jsonLd['@graph'] as Record<string, unknown>[];
  expect(JSON.stringify(graph)).toContain('https://example.org/case-studies/preston-cy/');
  expect(JSON.stringify(graph)).toContain('"name":"Case studies","item":"https://example.org/case-studies/"');
});
