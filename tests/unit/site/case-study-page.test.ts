import { describe, expect, test, vi } from 'vitest';
import { buildPlacesIndex } from '../../../src/lib/places-like.ts';
import { listed } from '../../../src/lib/still-true.ts';
import { buildOrganisationIndex } from '../../../src/lib/organisations.ts';
import { buildLinkIndex } from '../../../src/lib/related.ts';
import { buildSimilarityIndex } from '../../../src/lib/similar.ts';
import type { CaseStudy } from '../../../src/lib/case-studies.ts';
import {
  caseStudyPage,
  caseStudyStructuredData,
  costAmount,
  pageOutline,
  pageSections,
  similarNote,
} from '../../../src/site/case-study-page.ts';
import { caseStudyWords } from '../../../src/i18n/index.ts';
import { caseStudy, ids, taxonomy } from '../lib/site-fixtures.ts';
import { taxonomy as fullTaxonomy } from '../../support/case-study.ts';

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

describe('what it took, whether it is still true, and places like it (docs/public-interface.md §11)', () => {
  const withPlaces = (entries: CaseStudy[], id: string, today = '2026-12-02') => {
    const entry = entries.find((candidate) => candidate.id === id)!;
    const listedEntries = listed(entries);
    return caseStudyPage(entry, {
      taxonomy,
      organisations: buildOrganisationIndex(listedEntries),
      links: buildLinkIndex(listedEntries),
      similarity: buildSimilarityIndex(listedEntries),
      places: buildPlacesIndex(listedEntries, fullTaxonomy),
      listedCase: (slug: string) => listedEntries.find((other) => other.id === slug),
      today,
      base: '/',
      site,
    });
  };

  test('says what it cost, who paid, the staff time and what another place needs, pointing at the source', () => {
    const page = withPlaces(
      [
        caseStudy('preston', {
          resources: {
            cost: { value: 1.2, unit: '£m', period: 'one-off', year: 2019, source: 1 },
            funders: ['Preston City Council', 'National Lottery'],
            staff: 'two officers for 18 months',
          },
          transferability: 'A council with a procurement team and anchors willing to share spend data.',
        }),
      ],
      'preston',
    );

    expect(page.took).toEqual([
      { label: 'What it cost', text: '£1.2m, one-off (2019)', source: 1 },
      { label: 'Who paid', text: 'Preston City Council, National Lottery' },
      { label: 'Staff time', text: 'two officers for 18 months' },
      {
        label: 'What another place needs to do this',
        text: 'A council with a procurement team and anchors willing to share spend data.',
      },
    ]);
    expect(page.sections.map((section) => section.slug)).toContain('took-heading');
    expect(costAmount(45000, '£', 'en')).toBe('£45,000');
    expect(costAmount(250, '£k', 'en')).toBe('£250k');
  });

  test('says when the facts were last checked, and that they are old after 24 months', () => {
    const fresh = withPlaces([caseStudy('a', { reviewed: '2025-06-01' })], 'a');
    const old = withPlaces([caseStudy('a', { published: '2021-03-01', reviewed: '2022-01-10' })], 'a');

    expect(fresh.checked).toEqual({ date: '2025-06-01', text: '1 June 2025', old: false });
    expect(old.checked).toEqual({ date: '2022-01-10', text: '10 January 2022', old: true });
  });

  test('without a day given, judges the facts’ age by the build’s day (SOURCE_DATE_EPOCH when set), not the clock', async () => {
    // 1 June 2022: five months after the review below, which the clock (years later) would call old.
    vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2022, 5, 1) / 1000));
    vi.resetModules();
    try {
      const { caseStudyPage: pageAtEpoch } = await import('../../../src/site/case-study-page.ts');
      const entries = [caseStudy('a', { published: '2021-03-01', reviewed: '2022-01-10' })];
      const page = pageAtEpoch(entries[0]!, {
        taxonomy,
        organisations: buildOrganisationIndex(entries),
        links: buildLinkIndex(entries),
        similarity: buildSimilarityIndex(entries),
        base: '/',
        site,
      });
      expect(page.checked).toEqual({ date: '2022-01-10', text: '10 January 2022', old: false });
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  test('gives a withdrawn case study its date, reason and replacement', () => {
    const entries = [
      caseStudy('old', {
        withdrawn: { date: '2026-02-01', reason: 'Replaced by a fuller account.', replacedBy: 'new' },
      }),
      caseStudy('new'),
    ];

    const page = withPlaces(entries, 'old');

    expect(page.withdrawn).toMatchObject({
      date: '2026-02-01',
      text: '1 February 2026',
      reason: 'Replaced by a fuller account.',
    });
    expect(page.withdrawn?.replacement?.id).toBe('new');
    expect(withPlaces(entries, 'new').withdrawn).toBeUndefined();
  });

  test('lists places like it that the page does not already show', () => {
    const entries = [
      caseStudy('leeds', { organisationType: 'metropolitan-borough', population: 800_000, related: ['wigan'] }),
      caseStudy('wigan', { organisationType: 'metropolitan-borough', population: 330_000 }),
      caseStudy('camden', {
        organisationType: 'london-borough',
        region: 'london',
        population: 210_000,
        themes: ['finance'],
      }),
      caseStudy('preston', { organisationType: 'district-council', population: 150_000 }),
    ];

    const page = withPlaces(entries, 'leeds');

    // Wigan is already linked as related (both ways); Preston is a district council.
    expect(ids(page.placesLike)).toEqual(['camden']);
    expect(ids(withPlaces(entries, 'wigan').placesLike)).toEqual(['camden']);
    expect(ids(withPlaces(entries, 'camden').placesLike)).toEqual(['leeds', 'wigan']);
  });
});
