/**
 * The search page in the browser: reads the state from the URL into the form, asks Pagefind, shows
 * the results, and writes every change back to the URL so that a search can be shared, bookmarked
 * and stepped through with Back and Forward. Pagefind's excerpt (its own escaped text with `<mark>`)
 * is the only HTML inserted; everything else is set as text.
 */
import {
  isActive,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  searchParamsOf,
  type FilterLabels,
  type SearchQuery,
} from '../lib/search-query.ts';
import { searchFilterNames } from '../lib/search-record.ts';

/** The part of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<{ results: PagefindResult[] } | null>;
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
const typingDelay = 200;

const byId = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The search page has no #${id}`);
  return element as T;
};

/** Loads Pagefind from the site's own bundle, under the deployment's base path. */
async function loadPagefind(base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 30 });
  await pagefind.init();
  return pagefind;
}

/** A short sentence naming what was searched for, for the live result count. */
function describe(query: SearchQuery, labels: FilterLabels): string {
  const parts: string[] = [];
  if (query.q) parts.push(`for “${query.q}”`);
  const chosen = searchFilterNames.flatMap((name) => (query.filters[name] ?? []).map((id) => labels[name]?.[id]).filter((label) => label !== undefined));
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
 * One result as a list item: title link, place, region, organisation, themes, and the excerpt
 * around the words found (or the summary, when only filters were chosen).
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
  heading.append(link);
  item.append(heading);

  const facts = [data.meta.place, data.filters.region?.join(', '), data.meta.organisation].filter((fact): fact is string => Boolean(fact));
  if (facts.length > 0) item.append(element('p', 'search-result__facts', facts.join(' · ')));
  const themes = data.filters.theme ?? [];
  if (themes.length > 0) {
    const line = element('p', 'search-result__themes');
    line.append(element('span', 'visually-hidden', themes.length === 1 ? 'Theme: ' : 'Themes: '), themes.join('; '));
    item.append(line);
  }
  const excerpt = element('p', 'search-result__excerpt');
  if (lang) excerpt.lang = lang;
  // Pagefind escapes the page text and adds only <mark>: https://pagefind.app/docs/api/#returned-results
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
    for (const box of checkboxes()) box.checked = (query.filters[box.name as keyof SearchQuery['filters']] ?? []).includes(box.value);
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
      status.textContent = 'Type a word or choose a filter to find case studies.';
      list.dataset.query = '';
      return;
    }
    status.setAttribute('aria-busy', 'true');
    const found = await (await pagefind).search(query.q || null, { filters: pagefindFilters(query, labels), sort: pagefindSort(query) });
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
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  const cancelTyping = () => {
    clearTimeout(typing);
    typing = undefined;
  };

  input.addEventListener('input', () => {
    cancelTyping();
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
