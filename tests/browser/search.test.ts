import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Worker } from 'playwright-core';
import {
  allResultPaths,
  announcedCount,
  base,
  caseStudyPath,
  distinctiveWord,
  openSite,
  published,
  publishedGuides,
  queryString,
  regionLabel,
  resultPaths,
  resultsFor,
  searchPage,
  taxonomy,
  tick,
  wordsOf,
  type Site,
} from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const pathOf = (slug: string) => `${base}${caseStudyPath(slug)}`;
const bySlug = new Map(published.map((entry) => [entry.slug, entry]));
const english = published.filter((entry) => entry.data.lang === 'en');

/**
 * A word found in case studies of at least two regions, and one of those regions: filtering the
 * word's results by that region must leave fewer.
 */
function wordAcrossRegions(): { word: string; region: string } {
  const regionsByWord = new Map<string, Set<string>>();
  for (const entry of english) {
    for (const word of new Set(wordsOf(entry))) {
      if (word.length < 6) continue;
      if (!regionsByWord.has(word)) regionsByWord.set(word, new Set());
      regionsByWord.get(word)!.add(entry.data.region);
    }
  }
  const found = [...regionsByWord].find(([, regions]) => regions.size >= 2);
  if (!found) throw new Error('no word appears in case studies of two regions');
  return { word: found[0], region: [...found[1]][0]! };
}

describe('the search page', () => {
  test('finds a case study by a phrase from its text', async () => {
    const entry = english[0]!;
    const word = distinctiveWord(entry);
    const words = wordsOf(entry);
    const phrase = [word, words[words.indexOf(word) + 1]].filter(Boolean).join(' ');
    const page = await site.newPage();
    await page.goto(site.url('search/'));

    await page.locator(searchPage.query).fill(phrase);
    await page.locator(searchPage.query).press('Enter');
    await resultsFor(page, queryString(phrase));

    expect(await resultPaths(page)).toContain(pathOf(entry.slug));
    expect(await page.locator(`${searchPage.results} mark`).count()).toBeGreaterThan(0);
  });

  test('searches in Pagefind’s web worker, so that its WebAssembly does not block the page (issue 15)', async () => {
    const entry = english[1]!;
    const word = distinctiveWord(entry);
    const page = await site.newPage();
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(new URL(request.url()).pathname));

    await page.goto(site.url(`search/?${queryString(word)}`));
    await resultsFor(page, queryString(word));

    expect(await resultPaths(page)).toContain(pathOf(entry.slug));
    // A search by best match reads the index without its sort orders (issue 15).
    expect(requested.some((pathname) => pathname.endsWith('/pagefind/pagefind-relevance.js'))).toBe(true);
    const pagefindWorker = workers.find((worker) =>
      // By best match: the script of the entry without sorts, started as its own worker, so that
      // the worker costs no second download (issue 15).
      new URL(worker.url()).pathname.endsWith('/pagefind/pagefind-relevance.js'),
    );
    expect(pagefindWorker, 'Pagefind’s worker started').toBeDefined();
    expect(requested.filter((pathname) => /\/pagefind\/pagefind(-relevance)?-worker\.js$/.test(pathname))).toEqual([]);
    // The index is read in the worker: the page itself fetches none of its words' chunks.
    const chunks = (names: string[]) => names.filter((name) => name.endsWith('.pf_index'));
    const fetched = () => performance.getEntriesByType('resource').map((resource) => resource.name);
    expect(chunks(await pagefindWorker!.evaluate(fetched)).length).toBeGreaterThan(0);
    expect(chunks(await page.evaluate(fetched))).toEqual([]);
  });

  test('shows each result’s place, region, organisation and themes', async () => {
    const entry = english[0]!;
    const page = await site.newPage();
    await page.goto(site.url(`search/?q=${encodeURIComponent(distinctiveWord(entry))}`));
    await resultsFor(page, queryString(distinctiveWord(entry)));

    const result = page.locator(searchPage.results).filter({ has: page.locator(`a[href="${pathOf(entry.slug)}"]`) });
    const text = await result.innerText();

    expect(text).toContain(entry.data.title);
    expect(text).toContain(entry.data.place);
    expect(text).toContain(regionLabel(entry));
    expect(text).toContain(entry.data.organisation);
  });

  test('narrows the results with a filter, keeping only matching case studies', async () => {
    const { word, region } = wordAcrossRegions();
    const page = await site.newPage();
    await page.goto(site.url(`search/?q=${encodeURIComponent(word)}`));
    await resultsFor(page, queryString(word));
    const before = await announcedCount(page);

    await tick(page, 'region', region);
    await resultsFor(page, queryString(word, { region: [region] }));

    const after = await announcedCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const paths = await allResultPaths(page);
    expect(paths).toHaveLength(after);
    for (const path of paths) {
      const slug = path.slice(`${base}case-studies/`.length, -1);
      expect(bySlug.get(slug)?.data.region, path).toBe(region);
    }
    expect(new URL(page.url()).search).toBe(`?${queryString(word, { region: [region] })}`);
  });

  test('restores a search from its URL: words, ticked filters and results', async () => {
    const { word, region } = wordAcrossRegions();
    const page = await site.newPage();

    await page.goto(site.url(`search/?${queryString(word, { region: [region] })}`));
    await resultsFor(page, queryString(word, { region: [region] }));

    await expect.poll(() => page.locator(searchPage.query).inputValue()).toBe(word);
    expect(await page.locator(searchPage.checkbox('region', region)).isChecked()).toBe(true);
    const paths = await allResultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths)
      expect(bySlug.get(path.slice(`${base}case-studies/`.length, -1))?.data.region).toBe(region);
  });

  test('combines values of one filter with OR and different filters with AND', async () => {
    const [first, second] = [...new Set(published.map((entry) => entry.data.region))];
    const status = published.find((entry) => entry.data.region === first)!.data.status;
    const page = await site.newPage();

    await page.goto(site.url(`search/?${queryString('', { region: [first!, second!] })}`));
    await resultsFor(page, queryString('', { region: [first!, second!] }));
    const either = await announcedCount(page);
    await tick(page, 'status', status);
    await resultsFor(page, queryString('', { region: [first!, second!], status: [status] }));

    expect(either).toBe(
      published.filter((entry) => entry.data.region === first || entry.data.region === second).length,
    );
    expect(await announcedCount(page)).toBe(
      published.filter(
        (entry) => (entry.data.region === first || entry.data.region === second) && entry.data.status === status,
      ).length,
    );
  });

  test('steps back and forward through searches with the browser’s history', async () => {
    const { word, region } = wordAcrossRegions();
    const page = await site.newPage();
    await page.goto(site.url('search/'));
    await page.locator(searchPage.query).fill(word);
    await page.locator(searchPage.query).press('Enter');
    await resultsFor(page, queryString(word));
    const wordCount = await announcedCount(page);
    await tick(page, 'region', region);
    await resultsFor(page, queryString(word, { region: [region] }));

    await page.goBack();
    await resultsFor(page, queryString(word));

    expect(await page.locator(searchPage.checkbox('region', region)).isChecked()).toBe(false);
    expect(await announcedCount(page)).toBe(wordCount);
    expect(await page.locator(searchPage.query).inputValue()).toBe(word);

    await page.goForward();
    await resultsFor(page, queryString(word, { region: [region] }));

    expect(await page.locator(searchPage.checkbox('region', region)).isChecked()).toBe(true);
    expect(await announcedCount(page)).toBeLessThan(wordCount);
  });

  test('names the search in the page’s title, so that history, tabs and bookmarks tell searches apart', async () => {
    const { word, region } = wordAcrossRegions();
    const label = taxonomy.regions.find((term) => term.id === region)!.label;
    const page = await site.newPage();
    await page.goto(site.url('search/'));
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset.ready === 'true');
    const pageTitle = await page.title();
    expect(pageTitle).toMatch(/^Search · /);

    await page.locator(searchPage.query).fill(word);
    await page.locator(searchPage.query).press('Enter');
    await resultsFor(page, queryString(word));
    expect(await page.title()).toBe(`“${word}” · ${pageTitle}`);

    await tick(page, 'region', region);
    await resultsFor(page, queryString(word, { region: [region] }));
    expect(await page.title()).toBe(`“${word}” in ${label} · ${pageTitle}`);

    await page.goBack();
    await resultsFor(page, queryString(word));
    expect(await page.title()).toBe(`“${word}” · ${pageTitle}`);

    await page.locator('#search-clear').click();
    await resultsFor(page, '');
    expect(await page.title()).toBe(pageTitle);
  });

  test('searches as the reader types, without adding a history entry per key', async () => {
    const entry = english[1] ?? english[0]!;
    const word = distinctiveWord(entry);
    const page = await site.newPage();
    await page.goto(site.url('search/'));
    const length = await page.evaluate(() => history.length);

    await page.locator(searchPage.query).pressSequentially(word, { delay: 20 });
    await resultsFor(page, queryString(word));

    expect(await resultPaths(page)).toContain(pathOf(entry.slug));
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('shows ten results at a time and moves focus to the first of the next ten', async () => {
    expect(published.length, 'the sample library needs more than ten case studies').toBeGreaterThan(10);
    const themes = taxonomy.themes
      .map((theme) => theme.id)
      .filter((id) => published.some((entry) => entry.data.themes.includes(id)));
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString('', { theme: themes })}`));
    await resultsFor(page, queryString('', { theme: themes }));

    expect(await announcedCount(page)).toBe(published.length);
    expect(await page.locator(searchPage.results).count()).toBe(10);

    await page.locator(searchPage.more).click();
    await page.waitForFunction(([selector]) => document.querySelectorAll(selector!).length > 10, [searchPage.results]);

    expect(await page.locator(searchPage.results).count()).toBe(Math.min(20, published.length));
    expect(
      await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children.length),
    ).toBeGreaterThan(10);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('#search-results > li')].indexOf(document.activeElement!.closest('li')!),
      ),
    ).toBe(10);
  });

  test('reads the sort orders only once a reader orders the results by a date (issue 15)', async () => {
    const word = wordAcrossRegions().word;
    const page = await site.newPage();
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(new URL(request.url()).pathname));
    const entry = (await (await page.request.get(site.url('pagefind/pagefind-entry.json'))).json()) as {
      languages: Record<string, { hash: string }>;
    };
    const sortedMeta = Object.values(entry.languages).map(({ hash }) => `/pagefind/pagefind.${hash}.pf_meta`);
    await page.goto(site.url(`search/?q=${encodeURIComponent(word)}`));
    await resultsFor(page, queryString(word));

    // By best match: the index without its sorts, neither Pagefind's own script nor its metadata.
    expect(requested.filter((pathname) => sortedMeta.some((meta) => pathname.endsWith(meta)))).toEqual([]);
    expect(requested.some((pathname) => pathname.endsWith('/pagefind/pagefind.js'))).toBe(false);
    const bestMatch = await resultPaths(page);

    await page.locator('#search-sort').selectOption('newest');
    await resultsFor(page, `${queryString(word)}&sort=newest`);
    expect(requested.some((pathname) => sortedMeta.some((meta) => pathname.endsWith(meta)))).toBe(true);
    const newest = (await allResultPaths(page)).map((path) => {
      const day: unknown = bySlug.get(path.slice(`${base}case-studies/`.length, -1))!.data.published;
      return day instanceof Date ? day.toISOString().slice(0, 10) : String(day);
    });
    expect(newest.length).toBeGreaterThan(1);
    expect(newest).toEqual([...newest].sort((a, b) => b.localeCompare(a)));

    // Back to best match: the same results as before, from the index already loaded.
    await page.locator('#search-sort').selectOption('relevance');
    await resultsFor(page, queryString(word));
    expect(await resultPaths(page)).toEqual(bestMatch);
  });

  test('orders the results by the year started when asked, and keeps that order in the URL', async () => {
    const word = wordAcrossRegions().word;
    const page = await site.newPage();
    await page.goto(site.url(`search/?q=${encodeURIComponent(word)}`));
    await resultsFor(page, queryString(word));

    await page.locator('#search-sort').selectOption('started');
    await resultsFor(page, `${queryString(word)}&sort=started`);

    const years = (await allResultPaths(page)).map(
      (path) => bySlug.get(path.slice(`${base}case-studies/`.length, -1))!.data.started,
    );
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('started');
  });

  test('says search is unavailable and offers the browse pages when the index cannot load', async () => {
    const page = await site.newPage();
    await page.route('**/pagefind/pagefind*.js', (route) => route.abort());

    await page.goto(site.url('search/?q=wage'));
    const notice = page.locator('#search-error');
    await notice.waitFor({ state: 'visible' });

    const links = await notice
      .locator('a')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links).toEqual([`${base}case-studies/`, `${base}themes/`, `${base}regions/`]);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
  });
});

describe('a search that finds nothing', () => {
  test('suggests the closest place of the library, as a link that searches for it (issue 19)', async () => {
    expect(published.some((entry) => entry.data.place === 'Preston')).toBe(true);
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString('prestn')}`));
    await resultsFor(page, queryString('prestn'));

    // Pagefind may answer with looser matches ("PR" of a credit line): none holds the word typed.
    const suggestion = page.locator('#search-suggest');
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.innerText()).toBe('Did you mean Preston?');

    await suggestion.getByRole('link', { name: 'Preston' }).click();
    await resultsFor(page, queryString('Preston'));
    expect(await page.locator(searchPage.query).inputValue()).toBe('Preston');
    expect(await resultPaths(page)).toContain(pathOf(published.find((entry) => entry.data.place === 'Preston')!.slug));
    expect(await suggestion.isVisible()).toBe(false);
  });

  test('suggests nothing for words far from every name and label', async () => {
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString('xylophonequartz')}`));
    await resultsFor(page, queryString('xylophonequartz'));
    await page.waitForLoadState('networkidle');

    expect(await page.locator('#search-suggest').isVisible()).toBe(false);
  });

  test('suggests the same words without the filters, and the browse pages', async () => {
    const entry = english[0]!;
    const word = distinctiveWord(entry);
    const elsewhere = taxonomy.regions.find((region) => region.id !== entry.data.region)!.id;
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString(word, { region: [elsewhere] })}`));
    await resultsFor(page, queryString(word, { region: [elsewhere] }));

    expect(await announcedCount(page)).toBe(0);
    const help = page.locator('#search-empty');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toMatch(/try fewer or other words/);
    const browse = await help
      .locator('li a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(browse).toEqual([`${base}case-studies/`, `${base}themes/`, `${base}regions/`]);

    await help.getByRole('link', { name: 'search for them without the filters' }).click();
    await resultsFor(page, queryString(word));
    expect(new URL(page.url()).search).toBe(`?${queryString(word)}`);
    expect(await resultPaths(page)).toContain(pathOf(entry.slug));
    expect(await page.locator(searchPage.checkbox('region', elsewhere)).isChecked()).toBe(false);
    expect(await help.isVisible()).toBe(false);
  });

  test('with only filters, asks for fewer filters rather than other words', async () => {
    // A theme and a region no published case study has together.
    const pair = taxonomy.themes
      .flatMap((theme) => taxonomy.regions.map((region) => ({ theme: theme.id, region: region.id })))
      .find(
        ({ theme, region }) =>
          !published.some((entry) => entry.data.region === region && entry.data.themes.includes(theme)),
      );
    if (!pair) throw new Error('every theme has a case study in every region');
    const filters = { theme: [pair.theme], region: [pair.region] };
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString('', filters)}`));
    await resultsFor(page, queryString('', filters));

    expect(await announcedCount(page)).toBe(0);
    await expect.poll(() => page.locator('#search-empty').isVisible()).toBe(true);
    expect(await page.locator('#search-empty-filters').isVisible()).toBe(true);
    expect(await page.locator('#search-empty-words').isVisible()).toBe(false);
  });
});

describe('the search page on a phone', () => {
  const phone = { width: 390, height: 844 };

  test('folds the filters away so that the results follow the search box, and counts those chosen', async () => {
    const { word, region } = wordAcrossRegions();
    const context = await site.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(site.url(`search/?${queryString(word)}`));
    await resultsFor(page, queryString(word));

    expect(await page.locator('#search-filters').getAttribute('open')).toBeNull();
    expect(await page.locator(`details[data-facet="region"]`).isVisible()).toBe(false);
    const first = await page.locator(searchPage.results).first().boundingBox();
    expect(first!.y).toBeLessThan(phone.height);

    await tick(page, 'region', region);
    await resultsFor(page, queryString(word, { region: [region] }));
    expect(await page.locator('#search-filters > summary').textContent()).toMatch(/Filters and order\s*\(1 chosen\)/);
    await context.close();
  });

  test('shows the filters of a search opened with some', async () => {
    const { word, region } = wordAcrossRegions();
    const context = await site.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(site.url(`search/?${queryString(word, { region: [region] })}`));
    await resultsFor(page, queryString(word, { region: [region] }));

    expect(await page.locator(searchPage.checkbox('region', region)).isVisible()).toBe(true);
    await context.close();
  });

  test('opens the filters when the screen becomes wide enough to show them beside the results', async () => {
    const context = await site.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(site.url('search/'));
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset.ready === 'true');
    expect(await page.locator('#search-filters').getAttribute('open')).toBeNull();

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.locator(`details[data-facet="theme"] > summary`).isVisible()).toBe(true);
    expect(await page.locator('#search-filters > summary').isVisible()).toBe(false);
    await context.close();
  });

  test('without JavaScript, shows every filter', async () => {
    const context = await site.browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('search/'));

    expect(await page.locator('#search-filters').getAttribute('open')).not.toBeNull();
    expect(await page.locator(`details[data-facet="theme"] > summary`).isVisible()).toBe(true);
    await context.close();
  });
});

/** One field (`url`, `content`) of every page in the built search index, asked of Pagefind in the browser. */
async function everyIndexedPage(field: 'url' | 'content'): Promise<string[]> {
  const page = await site.newPage();
  await page.goto(site.url('search/'));
  // A string, not a function: the test runner would rewrite a function's dynamic import.
  return page.evaluate<string[]>(`(async () => {
    const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
    const search = await pagefind.search(null);
    return Promise.all(search.results.map(async (result) => (await result.data())[${JSON.stringify(field)}]));
  })()`);
}

describe('the search index', () => {
  test('holds every published case study and how-to guide, and nothing else', async () => {
    const urls = await everyIndexedPage('url');

    expect(urls.sort()).toEqual(
      [
        ...published.map((entry) => pathOf(entry.slug)),
        ...publishedGuides.map((guide) => `${base}guides/${guide.slug}/`),
      ].sort(),
    );
  });

  test('holds each case study’s words once: not the facts panel or the theme chips, whose words are in its search-only text', async () => {
    const contents = await everyIndexedPage('content');

    expect(contents).toHaveLength(published.length + publishedGuides.length);
    for (const heading of ['Key facts', 'Ffeithiau allweddol', 'Themes and topics', 'Themâu a phynciau']) {
      expect(contents.filter((content) => content.includes(heading))).toEqual([]);
    }
  });
});

describe('Welsh case studies', () => {
  const welsh = published.find((entry) => entry.data.lang === 'cy');

  test('are found from the search page by a Welsh word', async () => {
    expect(welsh, 'the sample library needs a Welsh case study (lang: cy)').toBeDefined();
    const word = distinctiveWord(welsh!, { minLength: 6 });
    const page = await site.newPage();

    await page.goto(site.url(`search/?q=${encodeURIComponent(word)}`));
    await resultsFor(page, queryString(word));

    expect(await resultPaths(page)).toContain(pathOf(welsh!.slug));
  });

  test('are returned by a filter together with English case studies', async () => {
    expect(welsh, 'the sample library needs a Welsh case study (lang: cy)').toBeDefined();
    const theme = welsh!.data.themes[0]!;
    const page = await site.newPage();

    await page.goto(site.url(`search/?${queryString('', { theme: [theme] })}`));
    await resultsFor(page, queryString('', { theme: [theme] }));
    const paths = await allResultPaths(page);

    expect(paths).toContain(pathOf(welsh!.slug));
    const withTheme = published.filter((entry) => entry.data.themes.includes(theme));
    expect(paths.sort()).toEqual(withTheme.map((entry) => pathOf(entry.slug)).sort());
  });

  test('are returned by the nation filter', async () => {
    expect(welsh, 'the sample library needs a Welsh case study (lang: cy)').toBeDefined();
    const nation = welsh!.data.region === 'wales' ? 'wales' : undefined;
    const page = await site.newPage();
    const filters = nation ? { nation: [nation] } : { region: [welsh!.data.region] };

    await page.goto(site.url(`search/?${queryString('', filters)}`));
    await resultsFor(page, queryString('', filters));

    expect(await allResultPaths(page)).toContain(pathOf(welsh!.slug));
  });
});

describe('the search page without JavaScript', () => {
  test('is a plain form that puts the words in the URL, and offers the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('search/'));

    await page.locator(searchPage.query).fill('living wage');
    await Promise.all([page.waitForURL(/[?&]q=living\+wage/), page.locator(searchPage.query).press('Enter')]);

    expect(new URL(page.url()).pathname).toBe(`${base}search/`);
    const links = await page
      .locator('noscript, .search-notice')
      .first()
      .evaluate((notice) => notice.textContent ?? '');
    expect(links).toMatch(/needs JavaScript/);
    const hrefs = await page
      .locator('.search-intro a')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(expect.arrayContaining([`${base}case-studies/`, `${base}themes/`, `${base}regions/`]));
    await context.close();
  });
});

describe('the search box of every page', () => {
  test('goes to the search page with the words when Enter is pressed', async () => {
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(english[0]!.slug)));

    await page.locator('#site-search-q').fill('pension fund');
    await page.locator('#site-search-q').press('Enter');
    await resultsFor(page, queryString('pension fund'));

    expect(new URL(page.url()).pathname).toBe(`${base}search/`);
    expect(await page.locator(searchPage.query).inputValue()).toBe('pension fund');
  });

  test('is focused by “/”, but a “/” typed into a field stays in the field', async () => {
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(english[0]!.slug)));
    await page.waitForFunction(() => document.documentElement.dataset.searchShortcutReady === 'true');

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');

    await page.keyboard.type('a/b');
    expect(await page.locator('#site-search-q').inputValue()).toBe('a/b');
  });

  test('on the search page, “/” focuses the page’s own search box', async () => {
    const page = await site.newPage();
    await page.goto(site.url('search/'));
    await page.waitForFunction(() => document.documentElement.dataset.searchShortcutReady === 'true');

    await page.keyboard.press('/');

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });
});

describe('result cards', () => {
  test('show a Welsh case study’s language and mark its title and excerpt as Welsh', async () => {
    const welsh = published.find((entry) => entry.data.lang === 'cy');
    expect(welsh, 'the sample library needs a Welsh case study (lang: cy)').toBeDefined();
    const word = distinctiveWord(welsh!, { minLength: 6 });
    const page = await site.newPage();
    await page.goto(site.url(`search/?q=${encodeURIComponent(word)}`));
    await resultsFor(page, queryString(word));

    const result = page.locator(searchPage.results).filter({ has: page.locator(`a[href="${pathOf(welsh!.slug)}"]`) });

    expect(await result.locator('.search-result__facts').innerText()).toContain('In Welsh');
    expect(await result.locator('h3').getAttribute('lang')).toBe('cy');
    expect(await result.locator('.search-result__excerpt').getAttribute('lang')).toBe('cy');
  });

  test('take the excerpt from the text a reader sees when it has the words, not from the search-only vocabulary', async () => {
    const page = await site.newPage();
    await page.goto(site.url(`search/?q=${encodeURIComponent('procurement')}`));
    await resultsFor(page, queryString('procurement'));
    const cards = await page.locator(searchPage.results).evaluateAll((items) =>
      items.slice(0, 6).map((item) => ({
        href: item.querySelector('a')?.getAttribute('href') ?? '',
        excerpt: item.querySelector('.search-result__excerpt')?.textContent ?? '',
      })),
    );
    expect(cards.length).toBeGreaterThan(2);

    const reader = await site.newPage();
    for (const card of cards) {
      await reader.goto(site.url(card.href.slice(base.length)));
      // innerText leaves out what is hidden, as the search-only text is.
      // Words only: Pagefind ends each block with a full stop of its own.
      const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const visible = wordsOf(await reader.locator('article').innerText()).join(' ');
      if (!visible.includes('procurement')) continue;
      const words = wordsOf(card.excerpt);
      // The middle of the excerpt, clear of where Pagefind cut it.
      const middle = words.slice(2, Math.min(words.length - 2, 10)).join(' ');

      expect(visible, `${card.href}: "${card.excerpt}"`).toContain(middle);
    }
  });

  test('show words of separate blocks apart in the excerpt', async () => {
    const page = await site.newPage();
    await page.goto(site.url(`search/?q=${encodeURIComponent('Living Wage Foundation')}`));
    await resultsFor(page, queryString('Living Wage Foundation'));

    const excerpts = await page.locator(`${searchPage.results} .search-result__excerpt`).allInnerTexts();

    expect(excerpts.join(' ')).not.toMatch(/[a-z][A-Z][a-z]/);
  });
});
