/**
 * The search page in the browser: reads the state from the URL into the form, asks Pagefind, shows
 * the results and each filter value's live count, and writes every change back to the URL so that
 * a search can be shared, bookmarked and stepped through with Back and Forward. Pagefind's excerpt
 * (its own escaped text with `<mark>`) is the only HTML inserted; everything else is set as text.
 */
import {
  caseStudyFilters,
  countsById,
  describeSearch,
  guideFilter,
  hasFilters,
  isActive,
  labelOfValue,
  pagefindCountFilters,
  pagefindSort,
  parseSearchParams,
  searchParamsOf,
  searchTitle,
  typingPause,
  withoutFilter,
  type FilterLabels,
  type SearchPageConfig,
  type SearchQuery,
} from '../lib/search-query.ts';
import {
  holdsWordsAsTyped,
  markedText,
  matchedLabels,
  queryWords,
  visibleExcerpt,
  type ExcerptPart,
  type ExcerptSource,
} from '../lib/search-excerpt.ts';
import { excerptLength, pagefindOptions, pagefindScripts } from '../lib/search-ranking.ts';
import { radicalQueries, withoutTriggers } from '../lib/welsh-mutation.ts';
import { searchShownEvent } from '../lib/selection-interface.ts';
import type { SearchFilterName } from '../lib/search-record.ts';
import { languageNames } from '../schema/languages.ts';
import type { Language } from '../schema/taxonomy.ts';
import type { SearchWords } from '../i18n/index.ts';
import { plural } from '../i18n/plural.ts';

/** The part of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: object): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindSearch | null>;
}
/** Pagefind's script as a module: an instance for a bundle given by its path. */
interface PagefindModule {
  createInstance(options: object): Pagefind;
}
/** Counts by filter name, then by value (an English label). */
type FilterCounts = Record<string, Record<string, number> | undefined>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindData extends ExcerptSource {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** What a result is shown with: the page's language and words, the filters' labels, and the words searched (none for filters only). */
interface ResultContext {
  lang: Language;
  words: SearchWords['script'];
  labels: FilterLabels;
  display: FilterLabels;
  synonyms: Record<string, string[] | undefined>;
  searched: string[] | undefined;
}

const pageSize = 10;
/**
 * How long typing must pause for the search to become a step of the browser's history (issue 15):
 * about a second, as InstantSearch's router waits before it pushes a new entry.
 */
const pauseDelay = 1000;

/** What the search page keeps in each history entry: whether the reader settled on it, and where they were. */
interface EntryState {
  settled: boolean;
  scroll?: number;
}

/**
 * Screens wide enough to show the filters beside the results (the search page's stylesheet lays the
 * page out in two columns, and hides the filters' fold, from the same width).
 */
const wideScreen = '(min-width: 60rem)';

const byId = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The search page has no #${id}`);
  return element as T;
};

/**
 * Loads Pagefind from the site's own bundle, under the deployment's base path: `script` is
 * Pagefind's own (the whole index) or the one reading it without its sort orders
 * ({@link pagefindScripts}). The bundle's path is given, as Pagefind finds it only from its own
 * script's name.
 */
async function loadPagefind(base: string, script: string): Promise<Pagefind> {
  const module = (await import(/* @vite-ignore */ `${base}${script}`)) as PagefindModule;
  const pagefind = module.createInstance({ ...pagefindOptions(base), basePath: `${base}pagefind/` });
  await pagefind.options(pagefindOptions(base));
  await pagefind.init();
  // `npm run dev` serves its index for searches by best match in parts, so that an edit re-indexes
  // one part (src/integrations/pagefind-dev.ts); the built site's is whole, and this is left out of it.
  if (import.meta.env.DEV && script === pagefindScripts.relevance) {
    const parts = (await (await fetch(`${base}pagefind/dev-shards.json`)).json()) as string[];
    for (const part of parts) await pagefind.mergeIndex(`${base}pagefind/${part}/`, pagefindOptions(base));
  }
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text and `<mark>` elements, never HTML: the parts come from the page's text and the reader's words. */
function appendParts(target: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) target.append(part.mark ? element('mark', undefined, part.text) : part.text);
}

/**
 * One result as a list item: title link, place, region, organisation, language when not the page's,
 * themes, and the excerpt around the words found in the text a reader sees (or the summary, when
 * only filters were chosen or the words are only in the search-only text, with what they matched).
 */
function renderResult(data: PagefindData, context: ResultContext): HTMLLIElement {
  const { words, labels, display } = context;
  const item = element('li', 'search-result');
  // The title and excerpt are in the case study's language; the facts and themes lines in the page's.
  const lang = data.meta.lang && data.meta.lang !== context.lang ? data.meta.lang : undefined;
  const heading = element('h3', 'search-result__title');
  if (lang) heading.lang = lang;
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  if (lang) link.hreflang = lang;
  heading.append(link);
  item.append(heading);

  const language = lang
    ? words.inLanguage.replace('{language}', languageNames[context.lang][lang as Language] ?? lang)
    : undefined;
  // The index's filter values are English labels (docs/public-interface.md §9): shown in the page's language.
  const shown = (name: 'region' | 'theme' | 'topic') =>
    (data.filters[name] ?? []).map((value) => labelOfValue(name, value, labels, display));
  const region = shown('region').join(', ');
  const facts = [data.meta.place, region, data.meta.organisation, language].filter((fact): fact is string =>
    Boolean(fact),
  );
  if (facts.length > 0) item.append(element('p', 'search-result__facts', facts.join(' · ')));
  const themes = shown('theme');
  if (themes.length > 0) {
    const line = element('p', 'search-result__themes');
    line.append(
      element('span', 'visually-hidden', plural(themes.length, context.lang, words.themes)),
      themes.join('; '),
    );
    item.append(line);
  }
  const excerpt = element('p', 'search-result__excerpt');
  if (lang) excerpt.lang = lang;
  const summary = data.meta.summary ?? '';
  const searched = context.searched;
  const fromText = searched && data.content !== undefined ? visibleExcerpt(data, excerptLength) : undefined;
  if (fromText) appendParts(excerpt, fromText);
  else if (searched && summary) {
    // Found only through the search-only text: the summary, and the labels that matched.
    appendParts(excerpt, markedText(summary, searched));
    // A synonym is written under its term's index value (an English label): shown under the label shown.
    const synonymsOf: Record<string, string[] | undefined> = {};
    for (const name of ['theme', 'topic'] as const)
      for (const value of data.filters[name] ?? []) {
        synonymsOf[value] = context.synonyms[value];
        synonymsOf[labelOfValue(name, value, labels, display)] = context.synonyms[value];
      }
    const terms = matchedLabels(
      [...themes, ...shown('topic'), ...(data.filters.theme ?? []), ...(data.filters.topic ?? [])],
      searched,
      synonymsOf,
    );
    if (terms.length > 0)
      item.append(element('p', 'search-result__matched', words.matched.replace('{terms}', terms.join('; '))));
  } else if (summary) excerpt.textContent = summary;
  // Pagefind escapes the page text and adds only <mark>: https://pagefind.app/docs/api/#loading-a-result
  else excerpt.innerHTML = data.excerpt;
  item.insertBefore(excerpt, item.querySelector('.search-result__matched'));
  return item;
}

/** How many matching how-to guides are shown beside the case studies: the best few, as a pointer. */
const guidesShown = 3;

/** One how-to guide that matches the words: its title as a link and its summary. */
function renderGuide(data: PagefindData): HTMLLIElement {
  const item = element('li', 'search-guide');
  const lang = data.meta.lang && data.meta.lang !== document.documentElement.lang ? data.meta.lang : undefined;
  if (lang) item.lang = lang;
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  item.append(link);
  if (data.meta.summary) item.append(' ', element('span', 'search-guide__summary', data.meta.summary));
  return item;
}

/**
 * Tells the page's other scripts that the first search has shown what it found (or that search
 * cannot run): the service worker's registration waits for it (src/client/offline.ts).
 */
function announceShown(): void {
  if (document.documentElement.dataset.searchShown !== undefined) return;
  document.documentElement.dataset.searchShown = '';
  dispatchEvent(new Event(searchShownEvent));
}

/** Starts the search page. Safe to call once per page load. */
export async function startSearch(): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-q');
  const sortSelect = byId<HTMLSelectElement>('search-sort');
  const status = byId('search-status');
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');
  const failure = byId('search-error');
  const filtersPanel = byId<HTMLDetailsElement>('search-filters');
  const empty = byId('search-empty');
  const unfilterHint = byId('search-unfilter-hint');
  const emptyWithWords = byId('search-empty-words');
  const emptyWithFilters = byId('search-empty-filters');
  const unfilter = byId<HTMLAnchorElement>('search-unfilter');
  const suggestion = byId('search-suggest');
  // The how-to guides that match the words (docs/public-interface.md §10), shown apart from the case studies.
  const guidesBox = document.getElementById('search-guides');
  const guidesList = document.getElementById('search-guides-list');
  // The page's language, the filters' values and labels, and the script's words, written into the
  // page from the taxonomy and the dictionary (search.astro): the same script serves /search/ and /cy/search/.
  const config = JSON.parse(byId('search-config').textContent ?? '{}') as Partial<
    SearchPageConfig<SearchWords['script']>
  > & { words: SearchWords['script'] };
  const { words } = config;
  const labels: FilterLabels = config.labels ?? {};
  const display: FilterLabels = config.display ?? labels;
  const lang: Language = config.lang ?? (document.documentElement.lang === 'cy' ? 'cy' : 'en');
  const checkboxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const groups = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];

  const defaultQuery = parseSearchParams(new URLSearchParams());
  const pageTitle = document.title;
  /** This history entry's state: the page opened at a search is settled; the empty page is not. */
  const entryState = (): EntryState =>
    (history.state as EntryState | null) ?? {
      settled: isActive(parseSearchParams(new URLSearchParams(location.search))),
    };
  // The results arrive after the page is drawn, so the browser's own restoring would scroll an
  // empty list; the script restores each entry's scroll once its results are shown.
  history.scrollRestoration = 'manual';
  /** The state the form shows now. */
  const formState = (): SearchQuery =>
    parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  /** Shows how many boxes are ticked in each filter group and in all, and opens the groups that have any. */
  const markGroups = () => {
    let chosen = 0;
    for (const group of groups) {
      const count = group.querySelectorAll('input:checked').length;
      chosen += count;
      if (count > 0) group.open = true;
      const badge = group.querySelector('[data-facet-count]');
      if (badge) badge.textContent = count > 0 ? words.chosen.replace('{count}', String(count)) : '';
    }
    const total = filtersPanel.querySelector('[data-filters-count]');
    if (total) total.textContent = chosen > 0 ? words.chosen.replace('{count}', String(chosen)) : '';
  };

  /** Puts a state into the form. */
  const fillForm = (query: SearchQuery) => {
    input.value = query.q;
    sortSelect.value = query.sort;
    for (const box of checkboxes())
      box.checked = (query.filters[box.name as SearchFilterName] ?? []).includes(box.value);
    markGroups();
    // A search opened with filters or an order shows them, folded screen or not: they explain its results.
    if (hasFilters(query) || query.sort !== defaultQuery.sort) filtersPanel.open = true;
  };

  const urlOf = (query: SearchQuery) => {
    const params = searchParamsOf(query);
    return `${location.pathname}${params ? `?${params}` : ''}`;
  };

  /**
   * Writes the state to the address bar (issue 15). A search the reader has settled on (paused on
   * for {@link pauseDelay}, submitted, or changed by a filter, an order or a link) is one history
   * entry; the searches run while typing replace each other in the entry after it, so Back steps
   * through the searches the reader stopped at, not through keystrokes. The entry the page opened
   * at counts as settled when it shows a search.
   */
  const writeUrl = (query: SearchQuery, settle: boolean) => {
    const url = urlOf(query);
    const current = entryState();
    if (url === `${location.pathname}${location.search}`) {
      if (settle && !current.settled) history.replaceState({ ...current, settled: true }, '');
      return;
    }
    if (current.settled) {
      history.replaceState({ ...current, scroll: scrollY }, '');
      history.pushState({ settled: settle } satisfies EntryState, '', url);
    } else history.replaceState({ settled: settle } satisfies EntryState, '', url);
  };
  /** Marks the current entry as a search the reader stopped at: the next search gets an entry of its own. */
  const settleEntry = () => {
    const current = entryState();
    if (!current.settled) history.replaceState({ ...current, settled: true }, '');
  };

  /** Says search cannot run: an empty library, or an index that did not load. */
  const fail = (error: unknown) => {
    console.error('Search is not available', error);
    form.hidden = true;
    status.removeAttribute('aria-busy');
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    if (String(error).includes('No language indexes')) {
      status.textContent = words.nothingToSearch;
    } else {
      status.textContent = '';
      failure.hidden = false;
    }
    announceShown();
  };

  /**
   * The index, loaded once when first needed: a search by best match reads it without its sort
   * orders (a third of what every first search downloaded at 10,000 case studies, issue 15), an
   * order by date reads it whole. Where the first is missing (an older bundle), the whole index.
   */
  let relevance: Promise<Pagefind> | undefined;
  let sorted: Promise<Pagefind> | undefined;
  const loadSorted = () => (sorted ??= loadPagefind(base, pagefindScripts.sorted));
  const loadRelevance = () =>
    (relevance ??= loadPagefind(base, pagefindScripts.relevance).catch((error: unknown) => {
      console.warn('Searching the whole index: the index without sorts did not load', error);
      return loadSorted();
    }));
  /** The index that answers `query`: the one with the sorts only when it is ordered by a date. */
  const indexFor = (query: SearchQuery) => (pagefindSort(query) ? loadSorted() : loadRelevance());
  // The form is live at once; searches wait for the index, which loads meanwhile: the one the
  // search in the address needs, or, for a page opened without one, the one for words typed.
  const opened = parseSearchParams(new URLSearchParams(location.search));
  (isActive(opened) ? indexFor(opened) : loadRelevance()).catch(fail);

  /** The filter groups open now: only their counts are shown, so only their indexes are loaded. */
  const openGroups = () =>
    filtersPanel.open
      ? groups.filter((group) => group.open).map((group) => group.dataset.facet as SearchFilterName)
      : [];

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  /** The words the results answer (none for filters only): as typed, or their radicals when only those found anything. */
  let searchedWords: string[] | undefined;
  /** The query the results answer, when it is not what was typed (a mutated word's radical). */
  let searchedAs: string | undefined;

  const synonyms = config.synonyms ?? {};
  const resultContext = (): ResultContext => ({ lang, words, labels, display, synonyms, searched: searchedWords });

  /**
   * Shows the next page of results. A new search (`replace`) shows each result as soon as it and
   * those before it have loaded, keeping the previous results until the first new one is ready;
   * "More results" adds its ten at once and moves focus to the first of them.
   */
  const showMore = async (ticket: number, { replace = false, params = '' } = {}): Promise<PagefindData[]> => {
    const slice = results.slice(shown, shown + pageSize);
    shown += slice.length;
    const loading = slice.map((result) => result.data());
    if (replace) {
      for (const [index, data] of loading.entries()) {
        const item = renderResult(await data, resultContext());
        if (ticket !== generation) return [];
        if (index > 0) list.append(item);
        else {
          list.replaceChildren(item);
          // The query whose first result is on screen, for the benchmark to time.
          list.dataset.first = params;
        }
      }
      if (slice.length === 0) list.replaceChildren();
    } else {
      const items = (await Promise.all(loading)).map((data) => renderResult(data, resultContext()));
      if (ticket !== generation) return [];
      list.append(...items);
      items[0]?.querySelector('a')?.focus();
    }
    more.hidden = shown >= results.length;
    return Promise.all(loading);
  };

  /** Writes a count after each value of the groups counted, and clears the others'. */
  const showCounts = (counts: Partial<Record<SearchFilterName, Record<string, number>>>) => {
    for (const box of checkboxes()) {
      const count = counts[box.name as SearchFilterName]?.[box.value];
      const label = box.labels?.[0];
      let badge = label?.querySelector<HTMLElement>('.search-facet__n');
      if (label && !badge) {
        badge = element('span', 'search-facet__n');
        label.append(' ', badge);
      }
      if (!badge) continue;
      badge.textContent = count === undefined ? '' : `(${count})`;
      // A value that would find nothing for this search is shown but not offered (issue 19): a
      // disabled box says "unavailable" to a screen reader and takes no tab stop. One already
      // chosen stays, so that the reader can take it back.
      box.disabled = count === 0 && !box.checked;
    }
  };

  /**
   * The live counts of the values of the open groups for `query`. A group without choices is
   * counted on the results themselves; a group with choices is counted without them (values of a
   * group add up), which takes one more search per such group: a few milliseconds once the index
   * is loaded, as the words' index chunks are already in memory.
   */
  const countFor = async (api: Pagefind, query: SearchQuery, open: SearchFilterName[]) => {
    // The counts of the words the results answer: their radicals, when those were searched instead.
    const countsOf = async (state: SearchQuery) =>
      (
        await api.search((searchedAs ?? withoutTriggers(state.q)) || null, {
          filters: pagefindCountFilters(state, labels, open),
        })
      )?.filters ?? {};
    const main = open.length > 0 ? await countsOf(query) : {};
    const counts: Partial<Record<SearchFilterName, Record<string, number>>> = {};
    for (const name of open) {
      const source = query.filters[name]?.length ? await countsOf(withoutFilter(query, name)) : main;
      counts[name] = countsById(source[name], labels[name]);
    }
    return counts;
  };

  /** Shows the counts for the current state in the open groups, unless a newer search started. */
  const updateCounts = async () => {
    const ticket = generation;
    const query = formState();
    const open = openGroups();
    // Counts do not depend on the order: the index already loaded answers them, the one without sorts when none is.
    const counts = open.length > 0 ? await countFor(await (sorted ?? loadRelevance()), query, open) : {};
    if (ticket !== generation) return;
    showCounts(counts);
    // What the counts show now, for scripts and tests to wait on: the state, and the groups counted.
    form.dataset.counts = searchParamsOf(query);
    form.dataset.counted = open.join(' ');
  };
  const refreshCounts = () =>
    void updateCounts().catch((error: unknown) => console.error('Filter counts are not available', error));
  for (const group of [filtersPanel, ...groups]) group.addEventListener('toggle', refreshCounts);

  /** The closest place, organisation or vocabulary word to the words typed, from the list the build wrote; loaded once, when first needed. */
  let suggestions:
    Promise<{ list: string[]; closest: (query: string, list: readonly string[]) => string | undefined }> | undefined;
  const loadSuggestions = () =>
    (suggestions ??= Promise.all([
      import('../lib/search-suggest.ts'),
      fetch(`${base}search-suggestions.json`).then((response) => {
        if (!response.ok) throw new Error(`search-suggestions.json: ${response.status}`);
        return response.json() as Promise<string[]>;
      }),
    ]).then(([module, list]) => ({ list, closest: module.closestSuggestion })));

  /** "Did you mean Preston?" after words that found nothing (or nothing as typed), as a link that searches for it. */
  const suggest = async (query: SearchQuery, ticket: number) => {
    suggestion.hidden = true;
    suggestion.replaceChildren();
    if (!query.q) return;
    const { list, closest } = await loadSuggestions();
    const meant = closest(query.q, list);
    if (ticket !== generation || meant === undefined) return;
    const link = element('a', undefined, meant);
    const suggested = { ...query, q: meant };
    link.href = urlOf(suggested);
    link.id = 'search-suggest-link';
    searchOnClick(link, () => suggested);
    const [before = '', after = ''] = words.didYouMean.split('{suggestion}');
    suggestion.append(before, link, after);
    suggestion.hidden = false;
  };

  /** After a search that found nothing, what to try next: other words, the same words without filters, the browse pages. */
  const showHelpWhenEmpty = (query: SearchQuery, count: number, ticket: number, loose: boolean) => {
    if (count === 0 || loose)
      void suggest(query, ticket).catch((error: unknown) => console.error('No suggestion is available', error));
    else suggestion.hidden = true;
    empty.hidden = count > 0;
    emptyWithWords.hidden = query.q === '';
    emptyWithFilters.hidden = query.q !== '';
    unfilterHint.hidden = !hasFilters(query);
    unfilter.href = urlOf({ ...query, filters: {} });
  };

  /**
   * Shows the guides that match the words, apart from the case studies. A filter chooses case
   * studies (a region, a type of organisation) that no guide has, so a filtered search shows none.
   */
  const showGuides = async (api: Pagefind, query: SearchQuery, ticket: number) => {
    if (!guidesBox || !guidesList) return;
    const words = query.q.trim();
    const found =
      words && !hasFilters(query)
        ? await api.search(words, { filters: { [guideFilter.name]: guideFilter.value } })
        : null;
    const data = await Promise.all((found?.results ?? []).slice(0, guidesShown).map((result) => result.data()));
    if (ticket !== generation) return;
    guidesList.replaceChildren(...data.map(renderGuide));
    guidesBox.hidden = data.length === 0;
  };

  /** Runs the search the form shows and renders its first page of results; resolves to its ticket. */
  const run = () => {
    const ticket = ++generation;
    return runSearch(ticket)
      .catch(fail)
      .then(() => ticket);
  };
  const runSearch = async (ticket: number) => {
    const query = formState();
    document.title = searchTitle(query, display, pageTitle, words.searched);
    markGroups();
    searchedAs = undefined;
    if (!isActive(query)) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.removeAttribute('aria-busy');
      status.textContent = words.prompt;
      empty.hidden = true;
      if (guidesBox) guidesBox.hidden = true;
      guidesList?.replaceChildren();
      list.dataset.query = '';
      refreshCounts();
      return;
    }
    status.setAttribute('aria-busy', 'true');
    const api = await indexFor(query);
    const options = { filters: caseStudyFilters(query, labels), sort: pagefindSort(query) };
    // Welsh words before a mutated word ("yng Ngwynedd") are left to the mutation's indexed forms.
    let answered = withoutTriggers(query.q);
    let found = await api.search(answered || null, options);
    // Nothing as typed: a Welsh word may be mutated ("yng Nghaerdydd"); try its radicals, most likely first.
    if (found && found.results.length === 0 && query.q)
      for (const radical of radicalQueries(query.q)) {
        const other = await api.search(radical, options);
        if (ticket !== generation) return;
        if (other && other.results.length > 0) {
          found = other;
          answered = radical;
          break;
        }
      }
    if (ticket !== generation || !found) return;
    results = found.results;
    shown = 0;
    searchedAs = answered === withoutTriggers(query.q) ? undefined : answered;
    searchedWords = answered ? queryWords(answered) : undefined;
    const firstPage = await showMore(ticket, { replace: true, params: searchParamsOf(query) });
    if (ticket !== generation) return;
    // Results that only match loosely ("PR" for "prestn") are no answer to the words typed.
    const loose =
      searchedWords !== undefined && firstPage.every((data) => !holdsWordsAsTyped(data, searchedWords ?? []));
    await showGuides(api, query, ticket);
    if (ticket !== generation) return;
    status.removeAttribute('aria-busy');
    // What the list shows now, for scripts and tests to wait on: the query string it answers.
    list.dataset.query = searchParamsOf(query);
    const count = results.length;
    const described = describeSearch({ ...query, q: searchedAs ?? query.q }, display, words.searched);
    const instead = searchedAs
      ? ` ${words.searchedRadical.replace('{typed}', query.q).replace('{words}', searchedAs)}`
      : '';
    status.textContent = `${plural(count, lang, words.found)} ${described}`.trim() + '.' + instead;
    showHelpWhenEmpty(query, count, ticket, loose);
    refreshCounts();
    announceShown();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  /** The wait for a pause in typing long enough to settle the search (see {@link writeUrl}). */
  let pausing: ReturnType<typeof setTimeout> | undefined;
  const cancelTyping = () => {
    clearTimeout(typing);
    clearTimeout(pausing);
    typing = undefined;
  };

  let warmed = false;
  /**
   * Loads the index for `words`, then, once per page, searches them without showing anything while
   * the reader is still typing: Pagefind's first search runs slower than the next (its WebAssembly
   * warming up), which the first results would otherwise wait for.
   */
  const preloadAndWarm = async (api: Pagefind, words: string) => {
    await api.preload(words);
    if (warmed || typing === undefined) return;
    warmed = true;
    await api.search(words);
  };

  input.addEventListener('input', () => {
    cancelTyping();
    // Fetches the index for the words finished so far (a space after them) while the reader is still
    // typing, of four letters or more. Not the word being typed: each of its prefixes can fall in
    // another index part, tens of kilobytes each at thousands of case studies, which the whole
    // word does not need (issue 15: a typed first search downloaded 400-800 KB at 10,000).
    const words = input.value
      .split(/\s+/)
      .slice(0, -1)
      .filter((word) => word.length >= 4)
      .join(' ');
    if (words)
      void indexFor(formState())
        .then((api) => preloadAndWarm(api, words))
        .catch(() => undefined);
    // A search still running for what was typed before is no longer what the reader wants: it
    // stops before its results' fragments load (ten of them, 30-40 KB at 10,000, issue 15).
    generation += 1;
    typing = setTimeout(() => {
      typing = undefined;
      writeUrl(formState(), false);
      void run();
    }, typingPause(input.value));
    pausing = setTimeout(settleEntry, pauseDelay);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    cancelTyping();
    writeUrl(formState(), true);
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cancelTyping();
    writeUrl(formState(), true);
    void run();
  });
  let loadingMore = false;
  more.addEventListener('click', () => {
    if (loadingMore) return;
    loadingMore = true;
    showMore(generation)
      .catch((error: unknown) => console.error('More results could not be loaded', error))
      .finally(() => (loadingMore = false));
  });
  /** Makes a link run a search in the page (a new history entry), rather than load the page again. */
  const searchOnClick = (link: HTMLAnchorElement, queryOf: () => SearchQuery) =>
    link.addEventListener('click', (event) => {
      event.preventDefault();
      fillForm(queryOf());
      writeUrl(formState(), true);
      void run();
      input.focus();
    });
  searchOnClick(byId<HTMLAnchorElement>('search-clear'), () => defaultQuery);
  searchOnClick(unfilter, () => ({ ...formState(), filters: {} }));
  /** Scrolls to where the reader was on this entry, once its results are shown. */
  const restoreScroll = (ticket: number) => {
    const { scroll } = entryState();
    if (ticket === generation && scroll !== undefined) scrollTo(0, scroll);
  };
  window.addEventListener('popstate', () => {
    cancelTyping();
    fillForm(parseSearchParams(new URLSearchParams(location.search)));
    void run().then(restoreScroll);
  });
  // Where the reader is on this entry, for Back and Forward (and for Back from a result's page).
  let scrolling: ReturnType<typeof setTimeout> | undefined;
  const saveScroll = () => history.replaceState({ ...entryState(), scroll: scrollY }, '');
  addEventListener('scroll', () => {
    clearTimeout(scrolling);
    scrolling = setTimeout(saveScroll, 200);
  });
  addEventListener('pagehide', saveScroll);

  // On a narrow screen the filters fold away, unless some are chosen (fillForm opens them), so that
  // the results follow the search box; beside the results they stay open, as the page has no fold there.
  const wide = matchMedia(wideScreen);
  filtersPanel.open = wide.matches;
  // The stylesheet keeps the folded filters' content out of the layout until now, so that folding
  // them moves nothing on the page (layout shift, issue 15).
  filtersPanel.dataset.enhanced = 'true';
  wide.addEventListener('change', () => {
    if (wide.matches) filtersPanel.open = true;
  });
  fillForm(parseSearchParams(new URLSearchParams(location.search)));
  form.dataset.ready = 'true';
  restoreScroll(await run());
}
