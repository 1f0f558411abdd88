/**
 * Search in Welsh (issue 14, item 4): a reader who types a place or an organisation name mutated
 * (yng Ngwynedd, i Wynedd, gan Gyngor Gwynedd, gyda Chwmpas) or unmutated finds the case study
 * either way, on the real case studies of the sample library; excerpts never quote the hidden
 * search-only text (issue 15); and the Welsh search page, where built, labels its filters in Welsh
 * and finds what the English one finds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { labelOf } from '../../src/schema/taxonomy.ts';
import {
  allResultPaths,
  announcedCount,
  base,
  caseStudyPath,
  openSite,
  published,
  queryString,
  resultsFor,
  searchPage,
  taxonomy,
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
/** The published case studies whose place, organisation or partners name `name`. */
const naming = (name: string) =>
  published
    .filter((entry) =>
      [entry.data.place, entry.data.organisation, ...(entry.data.partners ?? [])].some((each) => each.includes(name)),
    )
    .map((entry) => pathOf(entry.slug))
    .sort();

const gwynedd = naming('Gwynedd');
const cyngorGwynedd = naming('Cyngor Gwynedd');
const cwmpas = naming('Cwmpas');

/** Searches `q` on the search page at `at`, as a reader types it and presses Enter; returns every result's path. */
async function search(q: string, at = 'search/') {
  const page = await site.newPage();
  await page.goto(site.url(at));
  await page.locator(searchPage.query).fill(q);
  await page.locator(searchPage.query).press('Enter');
  await resultsFor(page, queryString(q));
  return { page, paths: (await allResultPaths(page)).sort() };
}

describe('mutated and unmutated names', () => {
  test('the sample library has the case studies these forms are about', () => {
    // One in Welsh and one in English about Gwynedd, one whose partners include Cwmpas.
    expect(gwynedd.length).toBeGreaterThanOrEqual(2);
    expect(cyngorGwynedd.length).toBeGreaterThanOrEqual(2);
    expect(published.some((entry) => entry.data.lang === 'cy' && entry.data.place === 'Gwynedd')).toBe(true);
    expect(cwmpas.length).toBeGreaterThan(0);
  });

  /** What a reader types, as Welsh writes it, and the name it is a form of. */
  const forms = [
    ['Gwynedd', gwynedd], // the radical
    ['Ngwynedd', gwynedd], // yng Ngwynedd: nasal
    ['yng Ngwynedd', gwynedd], // as written, with the word that mutates it
    ['i Wynedd', gwynedd], // soft: the g goes
    ['o Wynedd', gwynedd],
    ['Cyngor Gwynedd', cyngorGwynedd],
    ['gan Gyngor Gwynedd', cyngorGwynedd], // soft
    ['yng Nghyngor Gwynedd', cyngorGwynedd], // nasal
    ['a Chyngor Gwynedd', cyngorGwynedd], // aspirate
    ['Cwmpas', cwmpas],
    ['i Gwmpas', cwmpas], // soft
    ['gyda Chwmpas', cwmpas], // aspirate
    ['yng Nghwmpas', cwmpas], // nasal
  ] as const;

  test.each(forms)('“%s” finds every case study of the name', async (q, expected) => {
    const { page, paths } = await search(q);

    // Others may write the name in their text; every one that names it is found.
    expect(paths).toEqual(expect.arrayContaining(expected));
    // Found by the name's indexed forms, which a reader never sees quoted.
    const excerpts = await page.locator(`${searchPage.results} .search-result__excerpt`).allInnerTexts();
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Wynedd Ngwynedd|Gwmpas Nghwmpas/);
  });

  test('a mutated word that nothing writes is searched as its radical, and the page says so', async () => {
    // The Welsh case study's title says "gwariant"; no page writes (or starts a word with) its nasal form "Ngwariant".
    const welsh = published.find((entry) => entry.slug === 'gwynedd-cadwr-budd-yn-lleol')!;
    expect(welsh.data.title).toContain('gwariant');
    const { page, paths } = await search('Ngwariant');

    expect(paths).toContain(pathOf(welsh.slug));
    expect(await page.locator(searchPage.status).textContent()).toContain('“Gwariant”');
  });

  test('a word that no form or radical matches still finds nothing', async () => {
    const { page, paths } = await search('Nghaerwysg');

    expect(paths).toEqual([]);
    expect(await announcedCount(page)).toBe(0);
  });
});

describe('excerpts', () => {
  test('never quote the search-only text: an English result shows no Welsh label, a label-only match its summary', async () => {
    const { page } = await search('living wage');
    const results = page.locator(searchPage.results);
    const welshLabels = [...taxonomy.themes, ...taxonomy.topics].map((term) => term.cy.label);

    for (let index = 0; index < (await results.count()); index++) {
      const result = results.nth(index);
      const excerpt = await result.locator('.search-result__excerpt').innerText();
      const href = (await result.locator('h3 a').getAttribute('href'))!;
      const entry = published.find((candidate) => pathOf(candidate.slug) === href)!;
      if (entry.data.lang === 'en') for (const label of welshLabels) expect(excerpt, href).not.toContain(label);
      // The block joins labels with ". ": two labels in a row are never text a reader wrote.
      expect(excerpt, href).not.toMatch(/Real Living Wage\. Net zero|Progressive procurement of goods and services\. /);
      const matched = await result.locator('.search-result__matched').count();
      if (matched > 0) expect(excerpt, href).toBe(entry.data.summary);
    }
  });
});

const builtWelshSearch = existsSync(
  path.join(fileURLToPath(new URL('../../', import.meta.url)), process.env.SITE_DIR ?? 'dist', 'cy/search/index.html'),
);

// The Welsh search page comes with the Welsh interface (/cy/); until a build has it, there is nothing to test.
describe.skipIf(!builtWelshSearch)('the Welsh search page', () => {
  test('labels its filters in Welsh and answers a filter search with the English page’s case studies', async () => {
    const page = await site.newPage();
    await page.goto(site.url('cy/search/?region=north-west&theme=procurement'));
    await resultsFor(page, queryString('', { region: ['north-west'], theme: ['procurement'] }));
    const welsh = (await allResultPaths(page)).sort();

    expect(await page.locator('label[for="filter-region-north-west"]').innerText()).toContain(
      labelOf(taxonomy.regions, 'north-west', 'cy'),
    );
    expect(await page.locator(searchPage.status).textContent()).toContain(
      labelOf(taxonomy.regions, 'north-west', 'cy'),
    );

    const english = await site.newPage();
    await english.goto(site.url('search/?region=north-west&theme=procurement'));
    await resultsFor(english, queryString('', { region: ['north-west'], theme: ['procurement'] }));
    expect(welsh.length).toBeGreaterThan(0);
    expect(welsh).toEqual((await allResultPaths(english)).sort());
  });

  test('shows a result’s region and themes in Welsh, and finds mutated names there too', async () => {
    const { page, paths } = await search('yng Ngwynedd', 'cy/search/');

    expect(paths).toEqual(expect.arrayContaining(gwynedd));
    const facts = await page.locator(`${searchPage.results} .search-result__facts`).allInnerTexts();
    for (const line of facts) expect(line).toContain(labelOf(taxonomy.regions, 'wales', 'cy'));
    const themes = await page.locator(`${searchPage.results} .search-result__themes`).allInnerTexts();
    expect(themes.join(' ')).toContain(labelOf(taxonomy.themes, 'procurement', 'cy'));
  });
});
