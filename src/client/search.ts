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
  pagefindCountFilters,
  pagefindSort,
  parseSearchParams,
  searchParamsOf,
  searchTitle,
  withoutFilter,
  type FilterLabels,
  type SearchQuery,
} from '../lib/search-query.ts';
import { pagefindOptions } from '../lib/search-ranking.ts';
import type { SearchFilterName } from '../lib/search-record.ts';
import { languageNames } from '../schema/languages.ts';
import type { Language } from '../schema/taxonomy.ts';
import type { SearchWords } from '../i18n/index.ts';
import { plural } from '../i18n/plural.ts';

/** The part of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindSearch | null>;
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
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

const pageSize = 10;
/**
 * How long typing must pause before a search runs. Pagefind loads the index for the words meanwhile
 * (`preload` on every key), so the results follow the pause closely; shorter pauses would fetch the
 * results of words still being typed.
 */
const typingDelay = 150;

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

/** Loads Pagefind from the site's own bundle, under the deployment's base path. */
async function loadPagefind(base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options(pagefindOptions(base));
  await pagefind.init();
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

/**
 * One result as a list item: title link, place, region, organisation, language when not English,
 * themes, and the excerpt around the words found (or the summary, when only filters were chosen).
 */
function renderResult(data: PagefindData, withExcerpt: boolean, words: SearchWords['script']): HTMLLIElement {
  const item = element('li', 'search-result');
  // The title and excerpt are in the case study's language; the facts and themes lines are the
  // interface's English labels.
  const lang = data.meta.lang && data.meta.lang !== document.documentElement.lang ? data.meta.lang : undefined;
  const heading = element('h3', 'search-result__title');
  if (lang) heading.lang = lang;
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  if (lang) link.hreflang = lang;
  heading.append(link);
  item.append(heading);

  const language = lang
    ? words.inLanguage.replace('{language}', languageNames.en[lang as Language] ?? lang)
    : undefined;
  const facts = [data.meta.place, data.filters.region?.join(', '), data.meta.organisation, language].filter(
    (fact): fact is string => Boolean(fact),
  );
  if (facts.length > 0) item.append(element('p', 'search-result__facts', facts.join(' · ')));
  const themes = data.filters.theme ?? [];
  if (themes.length > 0) {
    const line = element('p', 'search-result__themes');
    line.append(element('span', 'visually-hidden', plural(themes.length, 'en', words.themes)), themes.join('; '));
    item.append(line);
  }
  const excerpt = element('p', 'search-result__excerpt');
  if (lang) excerpt.lang = lang;
  // Pagefind escapes the page text and adds only <mark>: https://pagefind.app/docs/api/#loading-a-result
  if (withExcerpt || !data.meta.summary) excerpt.innerHTML = data.excerpt;
  else excerpt.textContent = data.meta.summary;
  item.append(excerpt);
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
  // The how-to guides that match the words (docs/public-interface.md §10), shown apart from the case studies.
  const guidesBox = document.getElementById('search-guides');
  const guidesList = document.getElementById('search-guides-list');
  // The filters' values and the script's words, written into the page from the dictionary (search.astro).
  const { labels, words } = JSON.parse(byId('search-config').textContent ?? '{}') as {
    labels: FilterLabels;
    words: SearchWords['script'];
  };
  const checkboxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const groups = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];

  const defaultQuery = parseSearchParams(new URLSearchParams());
  const pageTitle = document.title;
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
      if (badge) badge.textContent = count > 0 ? `(${count} chosen)` : '';
    }
    const total = filtersPanel.querySelector('[data-filters-count]');
    if (total) total.textContent = chosen > 0 ? `(${chosen} chosen)` : '';
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

  /** Writes the state to the address bar: a new history entry, or replacing the current one while typing. */
  const writeUrl = (query: SearchQuery, mode: 'push' | 'replace') => {
    const url = urlOf(query);
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
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
  };

  // The form is live at once; searches wait for the index, which loads meanwhile.
  const pagefind = loadPagefind(base);
  pagefind.catch(fail);

  /** The filter groups open now: only their counts are shown, so only their indexes are loaded. */
  const openGroups = () =>
    filtersPanel.open
      ? groups.filter((group) => group.open).map((group) => group.dataset.facet as SearchFilterName)
      : [];

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let withExcerpt = false;

  /**
   * Shows the next page of results. A new search (`replace`) shows each result as soon as it and
   * those before it have loaded, keeping the previous results until the first new one is ready;
   * "More results" adds its ten at once and moves focus to the first of them.
   */
  const showMore = async (ticket: number, { replace = false, params = '' } = {}) => {
    const slice = results.slice(shown, shown + pageSize);
    shown += slice.length;
    const loading = slice.map((result) => result.data());
    if (replace) {
      for (const [index, data] of loading.entries()) {
        const item = renderResult(await data, withExcerpt, words);
        if (ticket !== generation) return;
        if (index > 0) list.append(item);
        else {
          list.replaceChildren(item);
          // The query whose first result is on screen, for the benchmark to time.
          list.dataset.first = params;
        }
      }
      if (slice.length === 0) list.replaceChildren();
    } else {
      const items = (await Promise.all(loading)).map((data) => renderResult(data, withExcerpt, words));
      if (ticket !== generation) return;
      list.append(...items);
      items[0]?.querySelector('a')?.focus();
    }
    more.hidden = shown >= results.length;
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
    }
  };

  /**
   * The live counts of the values of the open groups for `query`. A group without choices is
   * counted on the results themselves; a group with choices is counted without them (values of a
   * group add up), which takes one more search per such group: a few milliseconds once the index
   * is loaded, as the words' index chunks are already in memory.
   */
  const countFor = async (api: Pagefind, query: SearchQuery, open: SearchFilterName[]) => {
    const countsOf = async (state: SearchQuery) =>
      (await api.search(state.q || null, { filters: pagefindCountFilters(state, labels, open) }))?.filters ?? {};
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
    const counts = await countFor(await pagefind, query, open);
    if (ticket !== generation) return;
    showCounts(counts);
    // What the counts show now, for scripts and tests to wait on: the state, and the groups counted.
    form.dataset.counts = searchParamsOf(query);
    form.dataset.counted = open.join(' ');
  };
  const refreshCounts = () =>
    void updateCounts().catch((error: unknown) => console.error('Filter counts are not available', error));
  for (const group of [filtersPanel, ...groups]) group.addEventListener('toggle', refreshCounts);

  /** After a search that found nothing, what to try next: other words, the same words without filters, the browse pages. */
  const showHelpWhenEmpty = (query: SearchQuery, count: number) => {
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

  /** Runs the search the form shows and renders its first page of results. */
  const run = () => runSearch().catch(fail);
  const runSearch = async () => {
    const ticket = ++generation;
    const query = formState();
    document.title = searchTitle(query, labels, pageTitle, words.searched);
    markGroups();
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
    const api = await pagefind;
    const found = await api.search(query.q || null, {
      filters: caseStudyFilters(query, labels),
      sort: pagefindSort(query),
    });
    if (ticket !== generation || !found) return;
    results = found.results;
    shown = 0;
    withExcerpt = query.q !== '';
    await showMore(ticket, { replace: true, params: searchParamsOf(query) });
    if (ticket !== generation) return;
    await showGuides(api, query, ticket);
    if (ticket !== generation) return;
    status.removeAttribute('aria-busy');
    // What the list shows now, for scripts and tests to wait on: the query string it answers.
    list.dataset.query = searchParamsOf(query);
    const count = results.length;
    status.textContent =
      `${plural(count, 'en', words.found)} ${describeSearch(query, labels, words.searched)}`.trim() + '.';
    showHelpWhenEmpty(query, count);
    refreshCounts();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  const cancelTyping = () => {
    clearTimeout(typing);
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
    // Fetches the index for the words typed so far while the reader is still typing. Only words of
    // four letters or more: the index part a shorter prefix falls in is rarely the one the whole
    // word needs, and at thousands of case studies each part weighs tens of kilobytes.
    const words = input.value
      .split(/\s+/)
      .filter((word) => word.length >= 4)
      .join(' ');
    if (words) void pagefind.then((api) => preloadAndWarm(api, words)).catch(() => undefined);
    typing = setTimeout(() => {
      typing = undefined;
      writeUrl(formState(), 'replace');
      void run();
    }, typingDelay);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    cancelTyping();
    writeUrl(formState(), 'push');
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cancelTyping();
    writeUrl(formState(), 'push');
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
      writeUrl(formState(), 'push');
      void run();
      input.focus();
    });
  searchOnClick(byId<HTMLAnchorElement>('search-clear'), () => defaultQuery);
  searchOnClick(unfilter, () => ({ ...formState(), filters: {} }));
  window.addEventListener('popstate', () => {
    cancelTyping();
    fillForm(parseSearchParams(new URLSearchParams(location.search)));
    void run();
  });

  // On a narrow screen the filters fold away, unless some are chosen (fillForm opens them), so that
  // the results follow the search box; beside the results they stay open, as the page has no fold there.
  const wide = matchMedia(wideScreen);
  filtersPanel.open = wide.matches;
  wide.addEventListener('change', () => {
    if (wide.matches) filtersPanel.open = true;
  });
  fillForm(parseSearchParams(new URLSearchParams(location.search)));
  form.dataset.ready = 'true';
  await run();
}
