/**
 * The search page in the browser: reads the state from the URL into the form, asks Pagefind, shows
 * the results and each filter value's live count, and writes every change back to the URL so that
 * a search can be shared, bookmarked and stepped through with Back and Forward. Pagefind's excerpt
 * (its own escaped text with `<mark>`) is the only HTML inserted; everything else is set as text.
 */
import {
  countsById,
  facetOrder,
  groupsWithChoices,
  isActive,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  searchParamsOf,
  withoutFilter,
  type FilterLabels,
  type SearchQuery,
} from '../lib/search-query.ts';
import { pagefindOptions } from '../lib/search-ranking.ts';
import type { SearchFilterName } from '../lib/search-record.ts';

/** The part of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  filters(): Promise<FilterCounts>;
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
/** Names of the languages a case study can be written in, as the (English) results show them. */
const languageNames: Record<string, string> = { cy: 'Welsh' };

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

/** A short sentence naming what was searched for, for the live result count. */
function describe(query: SearchQuery, labels: FilterLabels): string {
  const parts: string[] = [];
  if (query.q) parts.push(`for “${query.q}”`);
  const chosen = facetOrder.flatMap((name) => (query.filters[name] ?? []).map((id) => labels[name]?.[id]).filter((label) => label !== undefined));
  if (chosen.length > 0) parts.push(`in ${chosen.join(', ')}`);
  return parts.join(' ');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One result as a list item: title link, place, region, organisation, language when not English,
 * themes, and the excerpt around the words found (or the summary, when only filters were chosen).
 */
function renderResult(data: PagefindData, withExcerpt: boolean): HTMLLIElement {
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

  const language = lang ? `In ${languageNames[lang] ?? lang}` : undefined;
  const facts = [data.meta.place, data.filters.region?.join(', '), data.meta.organisation, language].filter((fact): fact is string => Boolean(fact));
  if (facts.length > 0) item.append(element('p', 'search-result__facts', facts.join(' · ')));
  const themes = data.filters.theme ?? [];
  if (themes.length > 0) {
    const line = element('p', 'search-result__themes');
    line.append(element('span', 'visually-hidden', themes.length === 1 ? 'Theme: ' : 'Themes: '), themes.join('; '));
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
  const labels = (JSON.parse(byId('search-config').textContent ?? '{}') as { labels: FilterLabels }).labels;
  const checkboxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  /** The state the form shows now. */
  const formState = (): SearchQuery => parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  /** Shows how many boxes are ticked in each filter group, and opens the groups that have any. */
  const markGroups = () => {
    for (const group of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      const count = group.querySelectorAll('input:checked').length;
      if (count > 0) group.open = true;
      const badge = group.querySelector('[data-facet-count]');
      if (badge) badge.textContent = count > 0 ? `(${count} chosen)` : '';
    }
  };

  /** Puts a state into the form. */
  const fillForm = (query: SearchQuery) => {
    input.value = query.q;
    sortSelect.value = query.sort;
    for (const box of checkboxes()) box.checked = (query.filters[box.name as SearchFilterName] ?? []).includes(box.value);
    markGroups();
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
    if (String(error).includes('No language indexes')) {
      status.textContent = 'There are no published case studies to search yet.';
    } else {
      status.textContent = '';
      failure.hidden = false;
    }
  };

  // The form is live at once; searches wait for the index, which loads meanwhile.
  const pagefind = loadPagefind(base);
  pagefind.catch(fail);

  /**
   * The filter indexes, loaded once and only when a filter group is open: they are what the live
   * counts need, and at thousands of case studies they would cost more than the first results.
   */
  let filterIndexes: Promise<FilterCounts> | undefined;
  const loadFilterIndexes = () => (filterIndexes ??= pagefind.then((api) => api.filters()));
  const groups = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  const countsWanted = () => groups.some((group) => group.open);

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let withExcerpt = false;

  /** Shows the next page of results; moves focus to the first new one when asked to. */
  const showMore = async (focusFirst: boolean, ticket: number) => {
    const slice = results.slice(shown, shown + pageSize);
    const data = await Promise.all(slice.map((result) => result.data()));
    if (ticket !== generation) return;
    const items = data.map((result) => renderResult(result, withExcerpt));
    list.append(...items);
    shown += slice.length;
    more.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  /** Writes a count after each filter value: how many case studies it would leave or add. */
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
      box.closest('li')?.classList.toggle('search-facet__option--none', count === 0 && !box.checked);
    }
  };

  /**
   * The live counts of every filter value for `query`. A group without choices is counted on the
   * results themselves; a group with choices is counted without them (values of a group add up),
   * which takes one more search per such group: no more than a few milliseconds once the index is
   * loaded, as the words' index chunks are already in memory.
   */
  const countFor = async (api: Pagefind, query: SearchQuery) => {
    const term = query.q || null;
    const totals = await loadFilterIndexes();
    const countsOf = async (state: SearchQuery) =>
      isActive(state) ? ((await api.search(term, { filters: pagefindFilters(state, labels) }))?.filters ?? {}) : totals;
    const main = await countsOf(query);
    const counts: Partial<Record<SearchFilterName, Record<string, number>>> = {};
    for (const name of facetOrder) counts[name] = countsById(main[name], labels[name]);
    for (const name of groupsWithChoices(query)) counts[name] = countsById((await countsOf(withoutFilter(query, name)))[name], labels[name]);
    return counts;
  };

  /** Shows the counts for the current state when a filter group is open, unless a newer search started. */
  const updateCounts = async () => {
    if (!countsWanted()) return;
    const ticket = generation;
    const query = formState();
    const counts = await countFor(await pagefind, query);
    if (ticket !== generation) return;
    showCounts(counts);
    // What the counts show now, for scripts and tests to wait on.
    form.dataset.counts = searchParamsOf(query);
  };
  const refreshCounts = () => void updateCounts().catch((error: unknown) => console.error('Filter counts are not available', error));
  for (const group of groups) group.addEventListener('toggle', () => group.open && refreshCounts());

  /** Runs the search the form shows and renders its first page of results. */
  const run = () => runSearch().catch(fail);
  const runSearch = async () => {
    const ticket = ++generation;
    const query = formState();
    markGroups();
    if (!isActive(query)) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.removeAttribute('aria-busy');
      status.textContent = 'Type a word or choose a filter to find case studies.';
      list.dataset.query = '';
      refreshCounts();
      return;
    }
    status.setAttribute('aria-busy', 'true');
    const api = await pagefind;
    const found = await api.search(query.q || null, { filters: pagefindFilters(query, labels), sort: pagefindSort(query) });
    if (ticket !== generation || !found) return;
    results = found.results;
    shown = 0;
    withExcerpt = query.q !== '';
    list.replaceChildren();
    await showMore(false, ticket);
    if (ticket !== generation) return;
    status.removeAttribute('aria-busy');
    // What the list shows now, for scripts and tests to wait on: the query string it answers.
    list.dataset.query = searchParamsOf(query);
    const count = results.length;
    const noun = count === 1 ? 'case study' : 'case studies';
    status.textContent = `${count === 0 ? 'No' : count} ${noun} found ${describe(query, labels)}`.trim() + '.';
    refreshCounts();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  const cancelTyping = () => {
    clearTimeout(typing);
    typing = undefined;
  };

  input.addEventListener('input', () => {
    cancelTyping();
    const term = input.value.trim();
    // Fetches the index for these words while the reader is still typing.
    if (term) void pagefind.then((api) => api.preload(term)).catch(() => undefined);
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
  more.addEventListener('click', () => void showMore(true, generation));
  byId<HTMLAnchorElement>('search-clear').addEventListener('click', (event) => {
    event.preventDefault();
    fillForm(parseSearchParams(new URLSearchParams()));
    writeUrl(formState(), 'push');
    void run();
    input.focus();
  });
  window.addEventListener('popstate', () => {
    cancelTyping();
    fillForm(parseSearchParams(new URLSearchParams(location.search)));
    void run();
  });

  fillForm(parseSearchParams(new URLSearchParams(location.search)));
  form.dataset.ready = 'true';
  await run();
}
