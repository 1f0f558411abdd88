/**
 * Relevance over the sample library: for realistic queries a council officer might type, the case
 * study that best answers it comes first. Each row says why it is the best answer; the ranking
 * options are `src/lib/search-ranking.ts`, the indexed text is the case-study page and
 * `searchTerms` in `src/lib/search-record.ts` (labels and synonyms, not descriptions: the precision rows).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  allResultPaths,
  base,
  caseStudyPath,
  openSite,
  published,
  queryString,
  resultPaths,
  resultsFor,
  taxonomy,
  wordsOf,
  type Site,
} from './site.ts';

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
});

afterAll(async () => {
  await site?.close();
});

/** The result paths, best first, of searching for `q` on the search page. */
async function search(q: string): Promise<string[]> {
  await page.goto(site.url(`search/?${queryString(q)}`));
  await resultsFor(page, queryString(q));
  return resultPaths(page);
}

const pathOf = (slug: string) => `${base}${caseStudyPath(slug)}`;

/** The published case studies whose title matches `pattern`, derived from the library so that a new one counts. */
const slugsWhoseTitle = (pattern: RegExp) =>
  published.filter((entry) => pattern.test(entry.data.title)).map((entry) => entry.slug);

const table: { query: string; first: string; why: string }[] = [
  {
    query: 'insourcing',
    first: 'islington-insourcing-london-living-wage',
    why: 'the only case study with the insourcing topic, whose text says "brought back in-house"',
  },
  {
    query: 'brought back in-house',
    first: 'islington-insourcing-london-living-wage',
    why: 'the phrase of its summary',
  },
  {
    query: 'Preston co-operatives',
    first: 'preston-co-operative-development',
    why: 'place and title word; four other Preston case studies only match the place',
  },
  {
    query: 'worker co-operatives',
    first: 'preston-co-operative-development',
    why: 'the phrase of its title, over the worker-owned Cleveland co-operatives',
  },
  {
    query: 'Evergreen',
    first: 'cleveland-evergreen-cooperatives',
    why: 'its title and organisation; Green City Growers only mentions it',
  },
  {
    query: 'island community buyout',
    first: 'isle-of-gigha-community-buyout',
    why: 'the island whose title says community buyout (Eigg’s says community ownership)',
  },
  {
    query: 'council-owned energy company',
    first: 'robin-hood-energy-nottingham',
    why: 'its title, and the municipal energy topic’s synonym',
  },
  {
    query: 'social value in planning',
    first: 'salford-social-value-in-planning',
    why: 'its title; many others only share "social value"',
  },
  {
    query: 'where council spending goes',
    first: 'manchester-procurement-spend-analysis',
    why: 'the phrase of its title',
  },
  {
    query: 'community wealth building legislation',
    first: 'scotland-community-wealth-building-bill',
    why: 'the only case study with that topic: all the others share "community wealth building"',
  },
  { query: 'Scottish Land Commission', first: 'scottish-land-commission', why: 'its title and organisation' },
  {
    query: 'foundational economy challenge fund',
    first: 'wales-foundational-economy-challenge-fund',
    why: 'its title',
  },
  {
    query: 'community wealth fund',
    first: 'community-wealth-fund-england',
    why: 'its title and topic, not the many "community wealth building" case studies',
  },
  { query: 'anchor charter', first: 'ayrshire-community-wealth-building-anchor-charter', why: 'its title' },
  { query: 'health effects', first: 'preston-health-and-wellbeing-evaluation', why: 'its title' },
  { query: 'Birmingham', first: 'birmingham-anchor-network', why: 'its place' },
  {
    query: 'North Ayrshire strategy',
    first: 'north-ayrshire-community-wealth-building-strategy',
    why: 'its place and title, over the Ayrshire charter that names North Ayrshire in its text and the council’s solar farms',
  },
  { query: 'Newham property company', first: 'newham-community-wealth-building', why: 'its place and title' },
  {
    query: 'Islington Council',
    first: 'islington-insourcing-london-living-wage',
    why: 'its organisation (the other Islington case study is a draft, not published)',
  },
  {
    query: 'Department for Culture, Media and Sport',
    first: 'community-wealth-fund-england',
    why: 'its organisation, named nowhere else',
  },
  {
    query: 'gwariant y cyngor',
    first: 'gwynedd-cadwr-budd-yn-lleol',
    why: 'Welsh words of its title ("council spending"), which no other Welsh case study’s title has',
  },
  {
    query: 'lotiau llai',
    first: 'gwynedd-cadwr-budd-yn-lleol',
    why: 'Welsh for "smaller lots", the practice only the Gwynedd case study describes',
  },
];

/** The paths of the published case studies that `keep` picks, sorted. */
const pathsOf = (keep: (entry: (typeof published)[number]) => boolean) =>
  published
    .filter(keep)
    .map((entry) => pathOf(entry.slug))
    .sort();

/**
 * Queries that name a topic several case studies share: the first result is one of them. The sets
 * are read from the library, so that a new case study with the topic joins its set instead of
 * breaking the row.
 */
const topics: { query: string; among: string[]; why: string }[] = [
  {
    query: 'pension fund',
    among: pathsOf((entry) => entry.data.topics?.includes('pension-fund-investment') ?? false),
    why: 'the case studies with the pension fund investment topic',
  },
  {
    query: 'credit union',
    among: pathsOf((entry) => entry.data.topics?.includes('credit-unions') ?? false),
    why: 'the case studies with the credit unions topic',
  },
];

describe('relevance over the sample library', () => {
  test('every expected case study is published, so that no row passes by accident', () => {
    const slugs = new Set(published.map((entry) => entry.slug));

    expect(table.length).toBeGreaterThanOrEqual(15);
    expect(table.map((row) => row.first).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  test.each(table)('“$query” puts $first first: $why', async ({ query, first }) => {
    const paths = await search(query);

    expect(paths[0]).toBe(pathOf(first));
  });

  test.each(topics)('“$query” puts one of $why first', async ({ query, among }) => {
    const paths = await search(query);

    expect(among.length).toBeGreaterThanOrEqual(2);
    expect(among).toContain(paths[0]);
  });

  test('“municipal energy” shows every case study with the municipal energy topic on the first page', async () => {
    const municipal = pathsOf((entry) => entry.data.topics?.includes('municipal-energy') ?? false);

    const paths = await search('municipal energy');

    expect(municipal.length).toBeGreaterThanOrEqual(2);
    expect(paths.filter((path) => municipal.includes(path)).sort()).toEqual(municipal);
  });

  test('“living wage” puts the case studies whose titles name a living wage first', async () => {
    const titled = slugsWhoseTitle(/living wage/i);
    const paths = await search('living wage');

    expect(titled.length).toBeGreaterThanOrEqual(2);
    expect(paths.slice(0, titled.length).sort()).toEqual(titled.map(pathOf).sort());
  });

  test('“Real Living Wage” puts a case study whose title names the Real Living Wage first, not a London Living Wage one', async () => {
    const titled = slugsWhoseTitle(/real living wage/i);
    const paths = await search('Real Living Wage');

    expect(titled.length).toBeGreaterThanOrEqual(1);
    expect(titled.map(pathOf)).toContain(paths[0]);
  });

  test('“caffael lleol” (local procurement) puts a Welsh case study whose main pillar is procurement first', async () => {
    const welshProcurement = published
      .filter((entry) => entry.data.lang === 'cy' && entry.data.themes[0] === 'procurement')
      .map((entry) => pathOf(entry.slug));
    const paths = await search('caffael lleol');

    expect(welshProcurement.length).toBeGreaterThanOrEqual(1);
    expect(welshProcurement).toContain(paths[0]);
  });

  test('a topic’s synonym finds case studies whose own text does not use its words', async () => {
    // "Living Wage Foundation" is a synonym of the real-living-wage topic (content/taxonomy/topics.yml).
    const paths = await search('Living Wage Foundation');

    expect(paths).toContain(pathOf('islington-insourcing-london-living-wage'));
  });
});

/** The words of a case study a search may match it by: what its page shows, its names, and its terms' labels and synonyms, not their descriptions. */
function findableWords(entry: (typeof published)[number]): Set<string> {
  const terms = [
    ...entry.data.themes.map((id) => taxonomy.themes.find((term) => term.id === id)),
    ...(entry.data.topics ?? []).map((id) => taxonomy.topics.find((term) => term.id === id)),
  ].filter((term) => term !== undefined);
  const type = taxonomy.organisationTypes.find((term) => term.id === entry.data.organisationType);
  const text = [
    ...wordsOf(entry),
    // What else the page shows: its outcomes and sources, and the organisation's type.
    JSON.stringify([entry.data.outcomes ?? [], entry.data.sources ?? []]),
    type?.label ?? '',
    type?.cy.label ?? '',
    entry.data.place,
    entry.data.organisation,
    ...(entry.data.partners ?? []),
    ...terms.flatMap((term) => [term.label, term.cy.label, ...(term.synonyms ?? []), ...(term.cy.synonyms ?? [])]),
  ].join(' ');
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

describe('precision (issue 15)', () => {
  // Each word of these was in a theme's or topic's description: "living wage" found 17 of 26 case
  // studies through the fair-employment pillar's, "pension fund" 21 of 70 through the finance pillar's.
  test.each(['living wage', 'pension fund', 'credit union', 'employee ownership', 'social enterprise'])(
    '“%s” finds only case studies whose text, names, labels or synonyms hold its words',
    async (query) => {
      await page.goto(site.url(`search/?${queryString(query)}`));
      await resultsFor(page, queryString(query));
      const paths = await allResultPaths(page);
      // Pagefind stems the words ("living" finds "lived"): compared on their stems, roughly.
      const words = query
        .toLowerCase()
        .split(' ')
        .map((word) => word.replace(/(?:ing|ed|es|s|e)$/, ''));
      const unfounded = paths.filter((found) => {
        const entry = published.find((candidate) => pathOf(candidate.slug) === found);
        const findable = entry ? [...findableWords(entry)] : [];
        return !words.every((word) => findable.some((candidate) => candidate.startsWith(word)));
      });

      expect(paths.length).toBeGreaterThan(0);
      expect(unfounded).toEqual([]);
      expect(paths.length).toBeLessThan(published.length / 2);
    },
  );
});
