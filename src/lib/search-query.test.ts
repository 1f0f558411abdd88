import { describe, expect, test } from 'vitest';
import { loadTaxonomy } from '../schema/load-taxonomy.ts';
import { searchWords } from '../i18n/index.ts';
import {
  countsById,
  describeSearch,
  displayLabels,
  filterLabels,
  labelOfValue,
  isActive,
  pagefindCountFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  searchFacets,
  searchPageConfig,
  searchParamsOf,
  searchTitle,
  withoutFilter,
  shortWordDelay,
  typingDelay,
  typingPause,
} from './search-query.ts';

const facets = searchFacets(loadTaxonomy());
const labels = filterLabels(facets);

describe('parseSearchParams', () => {
  test('reads the words, repeatable filters of ids and the order from a URL', () => {
    const query = parseSearchParams(
      new URLSearchParams('q=+living+wage+&region=north-west&region=wales&theme=workforce&sort=newest'),
    );

    expect(query).toEqual({
      q: 'living wage',
      filters: { region: ['north-west', 'wales'], theme: ['workforce'] },
      sort: 'newest',
    });
  });

  test('drops empty and repeated values and an unknown order', () => {
    const query = parseSearchParams(new URLSearchParams('q=&type=&type=business&type=business&sort=random'));

    expect(query).toEqual({ q: '', filters: { type: ['business'] }, sort: 'relevance' });
  });
});

describe('searchParamsOf', () => {
  test('writes the public interface’s parameters in a fixed order and leaves out the default order', () => {
    const params = searchParamsOf({
      q: 'co-op',
      filters: { status: ['ongoing'], theme: ['ownership', 'finance'], nation: ['wales'] },
      sort: 'relevance',
    });

    expect(params).toBe('q=co-op&theme=ownership&theme=finance&nation=wales&status=ongoing');
  });

  test('reads back what it writes', () => {
    const query = {
      q: 'wage & work',
      filters: { topic: ['real-living-wage'], evidence: ['monitored'] },
      sort: 'started' as const,
    };

    expect(parseSearchParams(new URLSearchParams(searchParamsOf(query)))).toEqual(query);
  });
});

describe('pagefindFilters', () => {
  test('matches any chosen value within a group and every group, by English label', () => {
    const query = parseSearchParams(
      new URLSearchParams('region=north-west&region=wales&theme=workforce&nation=wales&type=welsh-council'),
    );

    expect(pagefindFilters(query, labels)).toEqual({
      theme: { any: ['Fair employment and just labour markets'] },
      region: { any: ['North West', 'Wales'] },
      nation: { any: ['Wales'] },
      type: { any: ['Welsh council'] },
    });
  });

  test('ignores ids that are not in the vocabulary', () => {
    const query = parseSearchParams(new URLSearchParams('region=atlantis'));

    expect(pagefindFilters(query, labels)).toEqual({});
  });
});

describe('pagefindSort', () => {
  test('ranks by relevance when there are words and relevance is chosen', () => {
    expect(pagefindSort({ q: 'wage', filters: {}, sort: 'relevance' })).toBeUndefined();
  });

  test('puts the newest first when there are no words to rank by', () => {
    expect(pagefindSort({ q: '', filters: { theme: ['finance'] }, sort: 'relevance' })).toEqual({ published: 'desc' });
  });

  test('sorts by the year started, latest first', () => {
    expect(pagefindSort({ q: 'wage', filters: {}, sort: 'started' })).toEqual({ started: 'desc' });
  });
});

describe('searchFacets', () => {
  test('offers every filter of the public interface with every vocabulary id', () => {
    const taxonomy = loadTaxonomy();

    expect(facets.map((facet) => facet.name)).toEqual([
      'theme',
      'region',
      'nation',
      'type',
      'topic',
      'status',
      'evidence',
      'size',
    ]);
    expect(facets.find((facet) => facet.name === 'size')!.options.map((option) => [option.id, option.label])).toEqual([
      ['under-50k', 'Under 50,000'],
      ['50k-150k', '50,000 to 150,000'],
      ['150k-300k', '150,000 to 300,000'],
      ['300k-1m', '300,000 to 1 million'],
      ['over-1m', 'Over 1 million'],
    ]);
    expect(facets.find((facet) => facet.name === 'region')!.options.map((option) => option.id)).toEqual(
      taxonomy.regions.map((region) => region.id),
    );
    expect(labels.theme).toMatchObject({ procurement: 'Progressive procurement of goods and services' });
  });
});

describe('isActive', () => {
  test('is false for an empty search and true for words or a filter', () => {
    expect(isActive({ q: ' ', filters: {}, sort: 'newest' })).toBe(false);
    expect(isActive({ q: 'x', filters: {}, sort: 'relevance' })).toBe(true);
    expect(isActive({ q: '', filters: { status: ['planned'] }, sort: 'relevance' })).toBe(true);
  });
});

describe('live counts', () => {
  const query = parseSearchParams(new URLSearchParams('q=wage&region=wales&region=london&status=ongoing&sort=newest'));

  test('count a group with choices against the other groups only', () => {
    expect(withoutFilter(query, 'region')).toEqual({ q: 'wage', filters: { status: ['ongoing'] }, sort: 'newest' });
    expect(query.filters.region).toEqual(['wales', 'london']);
  });

  test('name the counted groups without constraining them, so that Pagefind loads only their indexes', () => {
    expect(pagefindCountFilters(query, labels, ['region', 'theme'])).toEqual({
      region: { any: ['Wales', 'London'] },
      status: { any: ['Ongoing'] },
      theme: { none: [] },
    });
  });

  test('turn Pagefind’s counts by label into counts by id, 0 for values it did not count', () => {
    expect(
      countsById({ Wales: 3, 'North West': 6 }, { wales: 'Wales', london: 'London', 'north-west': 'North West' }),
    ).toEqual({ wales: 3, london: 0, 'north-west': 6 });
    expect(countsById(undefined, { wales: 'Wales' })).toEqual({ wales: 0 });
  });
});

describe('describeSearch and searchTitle', () => {
  const phrases = searchWords().script.searched;
  const query = {
    q: 'living wage',
    filters: { region: ['wales', 'north-west'], theme: ['workforce'] },
    sort: 'relevance' as const,
  };

  test('name the words and the chosen filters by their labels, groups in the page’s order, values as chosen', () => {
    expect(describeSearch(query, labels, phrases)).toBe(
      'for “living wage” in Fair employment and just labour markets, Wales, North West',
    );
    expect(searchTitle(query, labels, 'Search · Library', phrases)).toBe(
      '“living wage” in Fair employment and just labour markets, Wales, North West · Search · Library',
    );
  });

  test('name filters alone, and leave the page’s title as it is when nothing is searched for', () => {
    const filtersOnly = { q: '', filters: { nation: ['wales'] }, sort: 'relevance' as const };
    expect(describeSearch(filtersOnly, labels, phrases)).toBe('in Wales');
    expect(searchTitle(filtersOnly, labels, 'Search · Library', phrases)).toBe('Wales · Search · Library');
    expect(searchTitle(parseSearchParams(new URLSearchParams()), labels, 'Search · Library', phrases)).toBe(
      'Search · Library',
    );
  });
});

describe('the search page in Welsh', () => {
  const welshFacets = searchFacets(loadTaxonomy(), 'cy');
  const welsh = searchPageConfig(welshFacets, searchWords('cy').script, 'cy');
  const query = parseSearchParams(new URLSearchParams('region=north-west&theme=procurement&type=welsh-council'));

  test('labels the filters in Welsh, and keeps the index’s values as English labels', () => {
    const region = welshFacets.find((facet) => facet.name === 'region')!;

    expect(region.options.find((option) => option.id === 'north-west')).toEqual({
      id: 'north-west',
      label: 'Gogledd-orllewin Lloegr',
      value: 'North West',
    });
    expect(welsh.labels).toEqual(labels);
    expect(welsh.display.type?.['welsh-council']).toBe('Cyngor yng Nghymru');
    expect(welsh.lang).toBe('cy');
  });

  test('asks Pagefind for the same values as the English page, so both find the same case studies', () => {
    expect(pagefindFilters(query, welsh.labels)).toEqual(pagefindFilters(query, labels));
    expect(pagefindFilters(query, welsh.labels)).toEqual({
      region: { any: ['North West'] },
      theme: { any: ['Progressive procurement of goods and services'] },
      type: { any: ['Welsh council'] },
    });
  });

  test('says what was searched for with the Welsh labels', () => {
    const phrases = searchWords('en').script.searched;

    expect(describeSearch(query, welsh.display, phrases)).toBe(
      'in Caffael blaengar o nwyddau a gwasanaethau, Gogledd-orllewin Lloegr, Cyngor yng Nghymru',
    );
  });

  test('shows a result’s English filter values in the page’s language', () => {
    expect(labelOfValue('region', 'North West', welsh.labels, welsh.display)).toBe('Gogledd-orllewin Lloegr');
    expect(labelOfValue('theme', 'Plural ownership of the economy', welsh.labels, welsh.display)).toBe(
      "Perchnogaeth luosog o'r economi",
    );
    expect(labelOfValue('region', 'Atlantis', welsh.labels, welsh.display)).toBe('Atlantis');
    expect(displayLabels(facets).region?.['north-west']).toBe('North West');
  });
});

test('a search waits longer while the word being typed has one or two letters, which match by prefix most of the index', () => {
  expect(typingPause('anchor i')).toBe(shortWordDelay);
  expect(typingPause('co')).toBe(shortWordDelay);
  expect(typingPause('anchor in')).toBe(shortWordDelay);
  expect(typingPause('anchor ins')).toBe(typingDelay);
  expect(typingPause('Preston')).toBe(typingDelay);
  // A finished word (a space after it) or nothing typed: no prefix to expand.
  expect(typingPause('anchor ')).toBe(typingDelay);
  expect(typingPause('')).toBe(typingDelay);
  expect(shortWordDelay).toBeGreaterThan(typingDelay);
});
