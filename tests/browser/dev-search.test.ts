import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCaseStudies } from '../../src/content/index.ts';
import { shardOf } from '../../src/integrations/pagefind-dev.ts';
import { searchParamsOf } from '../../src/lib/search-query.ts';
import { contentRoot } from '../../src/schema/load-taxonomy.ts';
import {
  base,
  caseStudyPath,
  distinctiveWord,
  openDevSite,
  queryString,
  resultPaths,
  resultsFor,
  searchPage,
  taxonomy,
  type Site,
} from './site.ts';

describe('npm run dev', () => {
  let site: Site;

  /** Parts of ten case studies, so that the sample library's index is in several that the search page merges. */
  const partSize = 10;

  beforeAll(async () => {
    site = await openDevSite({ env: { CWB_DEV_SEARCH_PART_SIZE: String(partSize) } });
  });

  afterAll(async () => {
    await site?.close();
  });

  test('searches the current case studies, drafts included, in every part of the index', async () => {
    const entries = readCaseStudies(contentRoot(), taxonomy, { includeDrafts: true }).entries;
    const parts = Math.ceil(entries.length / partSize);
    const draft = entries.find((candidate) => candidate.data.draft) ?? entries[0]!;
    // A draft, and one case study of each of three other parts.
    const chosen = [draft];
    for (const entry of entries)
      if (chosen.length < 4 && !chosen.some((other) => shardOf(other.slug, parts) === shardOf(entry.slug, parts)))
        chosen.push(entry);
    expect(new Set(chosen.map((entry) => shardOf(entry.slug, parts))).size).toBe(chosen.length);
    const page = await site.newPage();

    for (const entry of chosen) {
      const word = distinctiveWord(entry);
      await page.goto(site.url(`search/?q=${encodeURIComponent(word)}`));
      await resultsFor(page, queryString(word));
      expect(await resultPaths(page)).toContain(`${base}${caseStudyPath(entry.slug)}`);
    }
  });

  test('orders by date from the whole index, newest first across its parts', async () => {
    const entries = readCaseStudies(contentRoot(), taxonomy, { includeDrafts: true }).entries;
    const page = await site.newPage();
    const query = { q: 'council', filters: {}, sort: 'newest' } as const;
    await page.goto(site.url(`search/?${searchParamsOf(query)}`));
    await resultsFor(page, searchParamsOf(query));
    const day = (date: unknown) => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date));
    const published = new Map(
      entries.map((entry) => [`${base}${caseStudyPath(entry.slug)}`, day(entry.data.published)]),
    );
    // Case studies only: guides have no date and come after them.
    const dates = (await resultPaths(page)).flatMap((found) => published.get(found) ?? []);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('search results from a library whose fields hold HTML', () => {
  const library = fileURLToPath(new URL('../fixtures/search-library/', import.meta.url));
  let site: Site;

  beforeAll(async () => {
    // The dev server indexes the fixture library as it is, in a second: no build needed.
    site = await openDevSite({ env: { CONTENT_DIR: library } });
  });

  afterAll(async () => {
    await site?.close();
  });

  test('show the title, summary, place and organisation as text, running none of it', async () => {
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto(site.url(`search/?${queryString('', { theme: ['procurement'] })}`));
    await resultsFor(page, queryString('', { theme: ['procurement'] }));
    const hostile = page
      .locator(searchPage.results)
      .filter({ has: page.locator(`a[href="${base}${caseStudyPath('hostile-title')}"]`) });

    expect(await hostile.locator('h3').innerText()).toBe(
      'Quarrytown <img src=x onerror="window.__injected=1"> procurement',
    );
    expect(await hostile.innerText()).toContain('<b onmouseover="window.__injected=3">Quarrytown</b>');
    expect(await hostile.innerText()).toContain('<script>window.__injected=2</script>');
    expect(
      await page
        .locator('#search-results img, #search-results script, #search-results iframe, #search-results b')
        .count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test('mark the words found in the excerpt, and nothing else in it is markup', async () => {
    const page = await site.newPage();

    await page.goto(site.url(`search/?q=quarrytown`));
    await resultsFor(page, queryString('quarrytown'));

    const excerpt = page.locator(`${searchPage.results} .search-result__excerpt`).first();
    expect(await excerpt.locator('mark').count()).toBeGreaterThan(0);
    expect(await excerpt.locator(':not(mark)').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  });
});
