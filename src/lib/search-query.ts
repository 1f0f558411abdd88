/**
 * The search page's state and how it maps onto Pagefind (docs/public-interface.md §8, §9). The URL carries
 * vocabulary ids (`?q=wage&region=north-west&region=wales`); the index filters on English labels
 * (docs/public-interface.md §9), which {@link searchFilterValue} gives for both the index and this page. Pure, for
 * the page, its browser script and tests.
 */
// Types only from the zod schemas: the search page's browser script imports this module, and
// they bring zod (85 KB) with them. The registry and its words are plain data.
import type { Language, Taxonomy, Term } from '../schema/taxonomy.ts';
import { termLabel } from '../schema/term-text.ts';
import { facetOrder, vocabularyOfFilter, type SearchFilterName, type VocabularyKey } from '../schema/vocabularies.ts';

/**
 * The result orders a reader can choose; relevance is the default and is not written to the URL.
 * Their names are the `search` section's `sorts` (`src/i18n/en.ts`).
 */
export const searchSorts = { relevance: true, newest: true, started: true } as const;
export type SearchSortKey = keyof typeof searchSorts;

/** Everything the search page's URL can say. Filters hold ids, several per group. */
export interface SearchQuery {
  q: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: SearchSortKey;
}

/**
 * One group of checkboxes on the search page: the URL parameter, the vocabulary it filters on (whose
 * name, `vocabularies[vocabulary].one` in the dictionary, is its legend) and its options.
 */
export interface SearchFacet {
  name: SearchFilterName;
  vocabulary: VocabularyKey;
  /** Each term: its id (the URL's value), its label in the page's language (what the page shows) and the value the index holds for it. */
  options: { id: string; label: string; value: string }[];
}

/** Filter groups in the order the page shows them: the pillars and places first (`facetPosition` in the registry). */
export { facetOrder };

/**
 * The value the search index holds for a term in its filter: its English label (docs/public-interface.md §9),
 * whatever language the case study is in. The index records and the search page both take it from here.
 */
export const searchFilterValue = (term: Term): string => term.label;

/**
 * The filter groups of the search page, options in vocabulary order, labelled in the page's
 * language `lang`; the values stay the index's (English labels, docs/public-interface.md §9).
 */
export function searchFacets(taxonomy: Taxonomy, lang: Language = 'en'): SearchFacet[] {
  return facetOrder.map((name) => {
    const { key } = vocabularyOfFilter(name);
    const terms: readonly Term[] = taxonomy[key];
    return {
      name,
      vocabulary: key,
      options: terms.map((term) => ({
        id: term.id,
        label: termLabel(terms, term.id, lang).text,
        value: searchFilterValue(term),
      })),
    };
  });
}

/**
 * For each filter, the value the index holds for each id (see {@link searchFilterValue}): the one
 * map the browser reads both ways, id to value to ask Pagefind, and value to id to read its counts.
 */
export type FilterLabels = Partial<Record<SearchFilterName, Record<string, string>>>;

/** The id → index value maps of every facet. */
export function filterLabels(facets: readonly SearchFacet[]): FilterLabels {
  return Object.fromEntries(
    facets.map((facet) => [facet.name, Object.fromEntries(facet.options.map((option) => [option.id, option.value]))]),
  );
}

/**
 * For each filter, the label the page shows for each id, in the page's language: what the search
 * page's script says for a chosen filter and for a result's themes and region.
 */
export function displayLabels(facets: readonly SearchFacet[]): FilterLabels {
  return Object.fromEntries(
    facets.map((facet) => [facet.name, Object.fromEntries(facet.options.map((option) => [option.id, option.label]))]),
  );
}

/**
 * The label to show for a value of the index's filter `name` (an English label), through its id:
 * "Gogledd-orllewin Lloegr" for "North West" on a Welsh page; the value itself when unknown.
 */
export function labelOfValue(
  name: SearchFilterName,
  value: string,
  labels: FilterLabels,
  display: FilterLabels,
): string {
  const byId = labels[name] ?? {};
  const id = Object.keys(byId).find((key) => byId[key] === value);
  return (id !== undefined ? display[name]?.[id] : undefined) ?? value;
}

/**
 * What the search page's script is given by the page (`<script type="application/json"
 * id="search-config">`): the page's language, the index value of every filter id, the label to show
 * for it, and the script's words from the dictionary (`search.script`).
 */
export interface SearchPageConfig<Words = unknown> {
  lang: Language;
  labels: FilterLabels;
  display: FilterLabels;
  words: Words;
  /** The synonyms of themes and topics by their index value (`termSynonyms`), to say what a synonym matched. */
  synonyms?: Record<string, string[]>;
}

/** The search page's {@link SearchPageConfig} for its facets (from {@link searchFacets} in `lang`). */
export function searchPageConfig<Words>(
  facets: readonly SearchFacet[],
  words: Words,
  lang: Language,
  synonyms: Record<string, string[]> = {},
): SearchPageConfig<Words> {
  return { lang, labels: filterLabels(facets), display: displayLabels(facets), words, synonyms };
}

const isSort = (value: string | null): value is SearchSortKey => value !== null && Object.hasOwn(searchSorts, value);

/**
 * Reads the state from a URL's query. Repeated and empty values are dropped; ids are kept as
 * written (an unknown one simply matches no checkbox).
 */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const filters: SearchQuery['filters'] = {};
  for (const name of facetOrder) {
    const ids = [
      ...new Set(
        params
          .getAll(name)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
    if (ids.length > 0) filters[name] = ids;
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The query string of a state (without `?`): `q`, then filters in a fixed order, then a non-default sort. */
export function searchParamsOf(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.append('q', query.q.trim());
  for (const name of facetOrder) for (const id of query.filters[name] ?? []) params.append(name, id);
  if (query.sort !== 'relevance') params.append('sort', query.sort);
  return params.toString();
}

/** True when any filter value is chosen. */
export const hasFilters = (query: SearchQuery) => Object.values(query.filters).some((ids) => ids.length > 0);
/** True when the state asks for anything: words or at least one filter. */
export const isActive = (query: SearchQuery) => query.q.trim() !== '' || hasFilters(query);

/**
 * Pagefind's `filters` option: within a group any chosen value may match (OR), and every group
 * must match (AND). Ids without a label are left out, so a stale URL cannot empty the results.
 */
export function pagefindFilters(
  query: SearchQuery,
  labels: FilterLabels,
): Partial<Record<SearchFilterName, { any: string[] }>> {
  const filters: Partial<Record<SearchFilterName, { any: string[] }>> = {};
  for (const name of facetOrder) {
    const chosen = (query.filters[name] ?? []).flatMap((id) => {
      const label = labels[name]?.[id];
      return label === undefined ? [] : [label];
    });
    if (chosen.length > 0) filters[name] = { any: chosen };
  }
  return filters;
}

/**
 * The one filter a how-to guide's page carries (docs/public-interface.md §10), and none of §9's: a filtered
 * search returns case studies alone, and the search page finds guides apart with this filter.
 */
export const guideFilter = { name: 'kind', value: 'guide' } as const;

/** Pagefind's `filters` option for the case studies a query asks for: its filters, and no guide. */
export function caseStudyFilters(
  query: SearchQuery,
  labels: FilterLabels,
): ReturnType<typeof pagefindFilters> & { [guideFilter.name]: { none: string[] } } {
  return { ...pagefindFilters(query, labels), [guideFilter.name]: { none: [guideFilter.value] } };
}

/**
 * Pagefind's `sort` option. Without words there is no relevance to rank by, so newest comes first.
 */
export function pagefindSort(query: SearchQuery): Record<string, 'asc' | 'desc'> | undefined {
  if (query.sort === 'newest' || (query.sort === 'relevance' && query.q.trim() === '')) return { published: 'desc' };
  if (query.sort === 'started') return { started: 'desc' };
  return undefined;
}

/**
 * The state without the choices of one filter group. Values of a group are combined with OR, so a
 * group's live counts say how many case studies each value would add to the other groups' choices:
 * they are counted against this state, not against the results the group itself narrowed.
 */
export function withoutFilter(query: SearchQuery, name: SearchFilterName): SearchQuery {
  const { [name]: _dropped, ...filters } = query.filters;
  return { ...query, filters };
}

/** Pagefind's counts for one filter (keyed by English label) as counts by id; 0 where it counted none. */
export function countsById(
  counts: Record<string, number> | undefined,
  labels: Record<string, string> | undefined,
): Record<string, number> {
  return Object.fromEntries(Object.entries(labels ?? {}).map(([id, label]) => [id, counts?.[label] ?? 0]));
}

/** Pagefind's filter for "no constraint", which still makes it load (and count) that filter's index. */
const countOnly = { none: [] as string[] };

/**
 * Pagefind's `filters` option for counting: the state's filters, and every group in `counted`
 * that has no choice named without constraining it, so that Pagefind loads that group's index and
 * counts its values, and no other group's (each weighs tens of kilobytes at thousands of case studies).
 */
export function pagefindCountFilters(
  query: SearchQuery,
  labels: FilterLabels,
  counted: readonly SearchFilterName[],
): Partial<Record<SearchFilterName, { any: string[] } | { none: string[] }>> {
  const filters: Partial<Record<SearchFilterName, { any: string[] } | { none: string[] }>> = pagefindFilters(
    query,
    labels,
  );
  for (const name of counted) filters[name] ??= countOnly;
  return filters;
}

/** The labels of the filters chosen, in the page's order of groups. */
function chosenLabels(query: SearchQuery, labels: FilterLabels): string[] {
  return facetOrder.flatMap((name) =>
    (query.filters[name] ?? []).map((id) => labels[name]?.[id]).filter((label) => label !== undefined),
  );
}

/**
 * The phrases that say what was searched for, in the page's language (`search.script.searched` of
 * `src/i18n/`): `{words}` is what was typed, `{filters}` the chosen filters' labels joined by `separator`.
 */
export interface SearchedPhrases {
  separator: string;
  words: string;
  filters: string;
  wordsInFilters: string;
  titleWords: string;
  titleWordsInFilters: string;
  titleFilters: string;
}

const fill = (phrase: string, words: string, filters: string) =>
  phrase.replace('{words}', words).replace('{filters}', filters);

/** What was searched for, as the live result count says it: `for “living wage” in North West`. */
export function describeSearch(query: SearchQuery, labels: FilterLabels, phrases: SearchedPhrases): string {
  const chosen = chosenLabels(query, labels).join(phrases.separator);
  if (query.q && chosen) return fill(phrases.wordsInFilters, query.q, chosen);
  if (query.q) return fill(phrases.words, query.q, chosen);
  return chosen ? fill(phrases.filters, query.q, chosen) : '';
}

/**
 * The search page's title for a search, before the page's own: what was searched for, so that a
 * browser's history, tabs and bookmarks tell searches apart (`“living wage” in North West · Search · …`).
 */
export function searchTitle(
  query: SearchQuery,
  labels: FilterLabels,
  pageTitle: string,
  phrases: SearchedPhrases,
): string {
  const chosen = chosenLabels(query, labels).join(phrases.separator);
  const searched =
    query.q && chosen
      ? fill(phrases.titleWordsInFilters, query.q, chosen)
      : query.q
        ? fill(phrases.titleWords, query.q, chosen)
        : chosen
          ? fill(phrases.titleFilters, query.q, chosen)
          : '';
  return searched ? `${searched} · ${pageTitle}` : pageTitle;
}

/**
 * How long typing must pause before a search runs (src/client/search.ts). Pagefind loads the index
 * for the finished words meanwhile, so the results follow the pause closely; shorter pauses would
 * fetch the results of words still being typed.
 */
export const typingDelay = 150;
/**
 * … when the word being typed has only one or two letters: Pagefind matches the last word by prefix,
 * and a prefix that short spans tens of the index's parts (at 10,000 case studies, "anchor i" fetched
 * 300 KB more than "anchor institutions", issue 15), which a reader who pauses mid-word never asked for.
 */
export const shortWordDelay = 600;

/** The pause after which a search runs for the search box's `value` as typed so far. */
export function typingPause(value: string): number {
  const typing = value.split(/\s+/).at(-1) ?? '';
  return typing.length > 0 && typing.length < 3 ? shortWordDelay : typingDelay;
}
